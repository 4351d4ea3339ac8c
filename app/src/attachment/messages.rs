//! A file's problems and whether the public may have it, in the reader's language: one
//! exhaustive `match` each onto the catalogue's message for the case.

use super::{Disclosure, FileProblem};
use crate::i18n::Messages;

impl FileProblem {
    /// What is wrong with the file.
    pub fn message(&self, t: &dyn Messages) -> String {
        match self {
            FileProblem::TooMany { max } => t.file_too_many(*max),
            FileProblem::TooLarge { name, max_bytes } => t.file_too_large(name, *max_bytes),
            FileProblem::Empty { name } => t.file_empty(name),
            FileProblem::Unsupported { name } => t.file_unsupported(name),
            FileProblem::ZipBomb { name } => t.file_zip_bomb(name),
        }
    }
}

impl Disclosure {
    /// For officials: whether the public may have the file, and why not.
    pub fn message(self, t: &dyn Messages) -> &'static str {
        match self {
            Disclosure::Checked => t.file_disclosure_checked(),
            Disclosure::Released => t.file_disclosure_released(),
            Disclosure::Pending => t.file_disclosure_pending(),
            Disclosure::Unchecked => t.file_disclosure_unchecked(),
            Disclosure::PersonalData => t.file_disclosure_personal_data(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn file_problems_and_disclosures_read_as_before() {
        let (da, en) = (Locale::Da.messages(), Locale::En.messages());
        let large = FileProblem::TooLarge {
            name: "brev.pdf".into(),
            max_bytes: 20 * 1024 * 1024,
        };
        assert_eq!(
            large.message(da),
            "«brev.pdf» er større end 20 MB. Gem den i en mindre udgave, fx som PDF."
        );
        assert_eq!(
            FileProblem::TooMany { max: 10 }.message(en),
            "You can attach at most 10 files. You could combine them into one PDF."
        );
        assert_eq!(
            Disclosure::Released.message(da),
            "Offentlig: frigivet af en medarbejder."
        );
        assert_eq!(
            Disclosure::Pending.message(en),
            "Not public yet: the text is being read from the file."
        );
    }
}
