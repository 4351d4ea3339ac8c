//! Whether the public may have a file, in the reader's language: one exhaustive `match` onto
//! the catalogue's message for the case.

use super::Disclosure;
use crate::i18n::Messages;

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
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_case_has_its_message() {
        each_case_says_its_own(Disclosure::iter(), |d, t| d.message(t).into());
    }
}
