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
    /// When the form was rendered, signed by the server (hidden), for the minimum fill time:
    /// see `web::fill_time`.
    pub started: String,
}

/// A person needs at least this long to fill in the form (the default of
/// `ORDET_MIN_FILL_SECONDS`); a quicker post is sent back once.
pub const MIN_FILL_SECONDS: u64 = 3;

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

/// A refused form: the values to show again and a message per field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormState {
    /// What was posted.
    pub values: ResponseForm,
    /// Field name → message, in the reader's language.
    pub errors: BTreeMap<String, String>,
}
