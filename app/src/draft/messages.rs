//! Why a draft could not be imported, in the reader's language: one exhaustive `match` onto
//! the catalogue's message for the case.

use super::DraftError;
use crate::i18n::Messages;

impl DraftError {
    /// Why the draft file was refused, and what to do about it.
    pub fn message(&self, t: &dyn Messages) -> String {
        match self {
            DraftError::Empty => t.draft_empty().into(),
            DraftError::TooLarge { bytes, max } => t.draft_too_large(*bytes, *max),
            DraftError::InvalidUtf8 { line } => t.draft_invalid_utf8(*line),
            DraftError::NoHeading => t.draft_no_heading().into(),
            DraftError::TextBeforeFirstHeading { line } => t.draft_text_before_first_heading(*line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_draft_error_says_its_own() {
        let large = DraftError::TooLarge {
            bytes: 300_000,
            max: 200_000,
        };
        assert_eq!(
            large.message(crate::i18n::Locale::Da.messages()),
            "Filen fylder 292 kB; der kan højst indlæses 195 kB. Er det den rigtige fil?"
        );
        each_case_says_its_own(DraftError::iter(), |e, t| e.message(t));
    }
}
