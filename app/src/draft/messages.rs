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
    use crate::i18n::Locale;

    #[test]
    fn draft_errors_read_as_before() {
        let (da, en) = (Locale::Da.messages(), Locale::En.messages());
        let large = DraftError::TooLarge {
            bytes: 300_000,
            max: 200_000,
        };
        assert_eq!(
            large.message(da),
            "Filen fylder 292 kB; der kan højst indlæses 195 kB. Er det den rigtige fil?"
        );
        assert_eq!(
            DraftError::TextBeforeFirstHeading { line: 3 }.message(en),
            "Line 3: the text comes before the first section heading. Put a heading (## …) above it."
        );
        assert_eq!(
            DraftError::Empty.message(en),
            "The file is empty. Choose the file with the draft in Markdown."
        );
    }
}
