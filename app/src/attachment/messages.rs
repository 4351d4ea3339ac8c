//! A file's problems in the reader's language: one exhaustive `match` onto the catalogue's
//! message for the case.

use super::FileProblem;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn file_problems_read_as_before() {
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
    }
}
