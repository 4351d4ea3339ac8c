//! The response form's data: what was typed and what was wrong with it, carried from the
//! server's check back into the re-rendered form so nothing typed is lost.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::SubmitRequest;

/// The form's fields as posted (`application/x-www-form-urlencoded`), all text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseForm {
    /// Respondent kind.
    pub kind: String,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Organisation.
    pub organisation: String,
    /// Contact person's role.
    pub contact_role: String,
    /// CVR number.
    pub cvr: String,
    /// Postal code.
    pub postal_code: String,
    /// Section anchor (hidden).
    pub section: String,
    /// Paragraph anchor (hidden).
    pub paragraph: String,
    /// Stance.
    pub stance: String,
    /// The response.
    pub text: String,
    /// "true" when a resident allows their name to be published.
    pub publish_name: String,
    /// Honeypot: people never see it, bots fill it in.
    pub website: String,
    /// Unix seconds when the form was rendered (hidden), for the minimum fill time.
    pub started: String,
}

/// A person needs at least this long to fill in the form (the default of
/// `ORDET_MIN_FILL_SECONDS`); a quicker post is sent back once.
pub const MIN_FILL_SECONDS: u64 = 3;

impl ResponseForm {
    /// Whether the form came back less than `min_seconds` after it was rendered. A missing
    /// or garbled time is not held against anyone (an old page, an unusual client).
    pub fn sent_too_fast(&self, now_unix: i64, min_seconds: u64) -> bool {
        let min = i64::try_from(min_seconds).unwrap_or(i64::MAX);
        self.started
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|started| now_unix.checked_sub(started))
            .is_some_and(|age| (0..min).contains(&age))
    }
}

impl ResponseForm {
    /// The same submission as the JSON API takes.
    pub fn to_request(&self) -> SubmitRequest {
        let optional = |value: &str| Some(value.to_owned()).filter(|v| !v.trim().is_empty());
        SubmitRequest {
            kind: self.kind.clone(),
            name: self.name.clone(),
            email: self.email.clone(),
            organisation: optional(&self.organisation),
            contact_role: optional(&self.contact_role),
            cvr: optional(&self.cvr),
            postal_code: optional(&self.postal_code),
            section: optional(&self.section),
            paragraph: optional(&self.paragraph),
            stance: optional(&self.stance),
            text: self.text.clone(),
            publish_name: matches!(self.publish_name.as_str(), "true" | "on"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ResponseForm;

    #[test]
    fn a_form_sent_within_three_seconds_is_too_fast() {
        let form = |started: &str| ResponseForm {
            started: started.into(),
            ..Default::default()
        };
        assert!(form("1000").sent_too_fast(1002, 3));
        assert!(!form("1000").sent_too_fast(1003, 3));
        assert!(
            !form("1000").sent_too_fast(1000, 0),
            "0 turns the check off"
        );
        assert!(!form("").sent_too_fast(1002, 3));
        assert!(!form("garbled").sent_too_fast(1002, 3));
        assert!(
            !form("2000").sent_too_fast(1000, 3),
            "a clock in the future is not held against anyone"
        );
    }

    #[test]
    fn a_start_time_at_the_edge_of_the_number_range_is_no_overflow() {
        let form = |started: i64| ResponseForm {
            started: started.to_string(),
            ..Default::default()
        };
        assert!(!form(i64::MIN).sent_too_fast(1_700_000_000, 3));
        assert!(!form(i64::MAX).sent_too_fast(-1_700_000_000, 3));
    }
}

/// A refused form: the values to show again and a message per field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormState {
    /// What was posted.
    pub values: ResponseForm,
    /// Field name → message, in the reader's language.
    pub errors: BTreeMap<String, String>,
}
