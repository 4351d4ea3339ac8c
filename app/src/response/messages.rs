//! A response's field problems, its standing and what its verification link did, in the
//! reader's language: one exhaustive `match` each onto the catalogue's message for the case.

use super::submission::FieldError;
use super::{Standing, VerifyOutcome};
use crate::i18n::Messages;

impl FieldError {
    /// What is wrong with the field, and how to fix it.
    pub fn message(&self, t: &dyn Messages) -> String {
        match self {
            FieldError::Required => t.field_required().into(),
            FieldError::UnknownKind => t.field_unknown_kind().into(),
            FieldError::EmailMalformed => t.field_email_malformed().into(),
            FieldError::CvrNotEightDigits => t.field_cvr_not_eight_digits().into(),
            FieldError::CvrChecksum => t.field_cvr_checksum().into(),
            FieldError::PostalCode => t.field_postal_code().into(),
            FieldError::TextEmpty => t.field_text_empty().into(),
            FieldError::TextTooLong { chars } => t.field_text_too_long(*chars),
            FieldError::TooLong => t.field_too_long().into(),
            FieldError::NotOneLine => t.not_one_line().into(),
            FieldError::UnknownStance => t.field_unknown_stance().into(),
            FieldError::UnknownSection => t.field_unknown_section().into(),
            FieldError::UnknownParagraph => t.field_unknown_paragraph().into(),
        }
    }
}

impl Standing {
    /// Where the verified response stands, for the receipt: published, held or to be reviewed.
    pub fn message(self, t: &dyn Messages) -> &'static str {
        match self {
            Standing::Published => t.receipt_status_published(),
            Standing::Held => t.receipt_status_held(),
            Standing::AwaitingReview => t.receipt_status_awaiting_review(),
            Standing::AwaitingDeadline => t.receipt_status_awaiting_deadline(),
        }
    }
}

impl VerifyOutcome {
    /// Heading of the verification page.
    pub fn heading(&self, t: &dyn Messages) -> &'static str {
        match self {
            VerifyOutcome::Verified { .. } => t.verify_heading_verified(),
            VerifyOutcome::HeldForPersonalData { .. } => t.verify_heading_held(),
            VerifyOutcome::AlreadyVerified { .. } => t.verify_heading_already_verified(),
            VerifyOutcome::Unknown => t.verify_heading_unknown(),
            VerifyOutcome::Expired => t.verify_heading_expired(),
            VerifyOutcome::Closed => t.verify_heading_closed(),
        }
    }

    /// Text of the verification page.
    pub fn body(&self, t: &dyn Messages) -> String {
        match self {
            VerifyOutcome::Verified {
                svarnummer,
                standing,
                ..
            } => t.verify_body_verified(svarnummer, standing.message(t)),
            VerifyOutcome::HeldForPersonalData { svarnummer } => t.verify_body_held(svarnummer),
            VerifyOutcome::AlreadyVerified { svarnummer } => {
                t.verify_body_already_verified(svarnummer)
            }
            VerifyOutcome::Unknown => t.verify_body_unknown().into(),
            VerifyOutcome::Expired => t.verify_body_expired().into(),
            VerifyOutcome::Closed => t.verify_body_closed().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_field_error_and_standing_says_its_own() {
        each_case_says_its_own(FieldError::iter(), |e, t| e.message(t));
        each_case_says_its_own(Standing::iter(), |s, t| s.message(t).into());
        assert_eq!(
            FieldError::TextTooLong { chars: 20_001 }.message(Locale::Da.messages()),
            "Teksten har 20001 tegn; der er plads til 20.000. Forkort den, eller vedhæft et brev."
        );
    }

    #[test]
    fn the_verification_page_reads_as_before() {
        let (da, en) = (Locale::Da.messages(), Locale::En.messages());
        let verified = VerifyOutcome::Verified {
            svarnummer: "2010-64452-0001".into(),
            hearing_slug: "demo".into(),
            standing: Standing::AwaitingReview,
        };
        assert_eq!(verified.heading(da), "Tak – dit høringssvar er bekræftet");
        assert_eq!(
            verified.body(da),
            "Dit svar har nummer 2010-64452-0001. Svaret offentliggøres, når kommunen har \
             gennemgået det."
        );
        assert_eq!(
            Standing::Held.message(en),
            "Your response seems to contain a CPR number, so a member of staff will look at it \
             before it is published."
        );
        assert_eq!(VerifyOutcome::Expired.heading(en), "This link has expired");
        assert_eq!(
            VerifyOutcome::Closed.body(en),
            "The deadline has passed, so the response can no longer be confirmed."
        );
    }
}
