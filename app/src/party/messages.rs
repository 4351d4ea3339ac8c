//! What is wrong with a party's field, in the reader's language: one exhaustive `match` onto
//! the catalogue's message for the case.

use super::PartyError;
use crate::i18n::Messages;

impl PartyError {
    /// What is wrong with the field, and how to fix it.
    pub fn message(self, t: &dyn Messages) -> &'static str {
        match self {
            PartyError::NameEmpty => t.party_name_empty(),
            PartyError::NotOneLine => t.party_not_one_line(),
            PartyError::TooLong => t.party_too_long(),
            PartyError::KindUnknown => t.party_kind_unknown(),
            PartyError::EmailEmpty => t.party_email_empty(),
            PartyError::EmailMalformed => t.party_email_malformed(),
            PartyError::CvrDigits => t.party_cvr_digits(),
            PartyError::CvrChecksum => t.party_cvr_checksum(),
            PartyError::DeadlineFormat => t.party_deadline_format(),
            PartyError::Duplicate => t.party_duplicate(),
            PartyError::DeadlineAfterHearing => t.party_deadline_after_hearing(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_party_error_says_its_own() {
        each_case_says_its_own(PartyError::iter(), |e, t| e.message(t).into());
    }
}
