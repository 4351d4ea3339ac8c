//! Responses that came by e-mail, by letter or at a meeting, registered by the officials of
//! the hearing: the page `/admin/hearings/{slug}/responses/new` (a plain form: the same with
//! and without JavaScript), `POST /api/v1/admin/hearings/{slug}/responses`, and the storing
//! both share with `ordet register-response` and the mailbox (`crate::mailbox`).

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod input;
#[cfg(feature = "ssr")]
pub mod official;
#[cfg(feature = "ssr")]
mod page;
#[cfg(feature = "ssr")]
pub mod sender;
#[cfg(feature = "ssr")]
pub mod sender_api;
mod sender_view;
#[cfg(feature = "ssr")]
pub mod store;
mod view;

use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use sender_view::SenderPage;
pub use view::RegisterPage;

use crate::error::AppError;
use crate::response::SubmitRequest;

/// The body of `POST /api/v1/admin/hearings/{slug}/responses`: the response's fields as the
/// public API takes them (`email` may be empty), how it came, and the day it was received.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RegisterRequest {
    /// The response's fields.
    #[serde(flatten)]
    pub response: SubmitRequest,
    /// `email`, `letter` or `meeting`.
    pub channel: String,
    /// The day the administration received it (`YYYY-MM-DD`); today when left out.
    pub received_on: Option<String>,
}

/// The page's form as posted (`multipart/form-data` or URL-encoded), all text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RegisterForm {
    /// `email`, `letter` or `meeting`.
    pub channel: String,
    /// Respondent kind.
    pub kind: String,
    /// Name.
    pub name: String,
    /// E-mail (optional).
    pub email: String,
    /// Organisation.
    pub organisation: String,
    /// Contact person's role.
    pub contact_role: String,
    /// CVR number.
    pub cvr: String,
    /// Postal code.
    pub postal_code: String,
    /// The day received (`YYYY-MM-DD`).
    pub received_on: String,
    /// What it is about: `section:{anchor}`, `paragraph:{anchor}`, or empty for the whole draft.
    pub about: String,
    /// Stance.
    pub stance: String,
    /// The response or a summary of the letter.
    pub text: String,
    /// "true" when a resident allowed their name to be published.
    pub publish_name: String,
    /// The rendered form's id (hidden): the same form sent twice registers once.
    pub form_id: String,
}

impl RegisterForm {
    /// The sender's fields.
    pub fn sender(&self) -> SenderForm {
        SenderForm {
            kind: self.kind.clone(),
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            contact_role: self.contact_role.clone(),
            cvr: self.cvr.clone(),
            postal_code: self.postal_code.clone(),
            publish_name: self.publish_name.clone(),
        }
    }

    /// The same registration as the API takes.
    pub fn to_request(&self) -> RegisterRequest {
        let optional = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        let (section, paragraph) = match self.about.split_once(':') {
            Some(("section", anchor)) => (optional(anchor), None),
            Some(("paragraph", anchor)) => (None, optional(anchor)),
            _ => (None, None),
        };
        let mut response = self
            .sender()
            .to_request()
            .submission(self.email.clone(), self.text.clone());
        response.section = section;
        response.paragraph = paragraph;
        response.stance = optional(&self.stance);
        RegisterRequest {
            response,
            channel: self.channel.clone(),
            received_on: optional(&self.received_on),
        }
    }
}

/// The sender of a response an official registered (or the mailbox took in), as an official
/// corrects it: `PUT /api/v1/admin/responses/{id}/sender`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SenderRequest {
    /// `resident`, `association`, `company` or `public_body`.
    pub kind: String,
    /// The person's name (for organisations: the contact person).
    pub name: String,
    /// The organisation's name.
    pub organisation: Option<String>,
    /// The contact person's role.
    pub contact_role: Option<String>,
    /// Companies: the CVR number.
    pub cvr: Option<String>,
    /// Residents: the postal code.
    pub postal_code: Option<String>,
    /// Whether a resident's name may be published.
    pub publish_name: bool,
}

impl SenderRequest {
    /// The submission of this sender with `email` and `text` (no section, paragraph or
    /// stance), for the response form's checks.
    pub fn submission(self, email: String, text: String) -> SubmitRequest {
        SubmitRequest {
            kind: self.kind,
            name: self.name,
            email,
            organisation: self.organisation,
            contact_role: self.contact_role,
            cvr: self.cvr,
            postal_code: self.postal_code,
            publish_name: self.publish_name,
            text,
            ..Default::default()
        }
    }
}

/// The sender's fields as a form posts them, all text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SenderForm {
    /// Respondent kind.
    pub kind: String,
    /// Name.
    pub name: String,
    /// Organisation.
    pub organisation: String,
    /// Contact person's role.
    pub contact_role: String,
    /// CVR number.
    pub cvr: String,
    /// Postal code.
    pub postal_code: String,
    /// "true" when a resident allowed their name to be published.
    pub publish_name: String,
}

impl SenderForm {
    /// The same correction as the API takes.
    pub fn to_request(&self) -> SenderRequest {
        let optional = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        SenderRequest {
            kind: self.kind.clone(),
            name: self.name.clone(),
            organisation: optional(&self.organisation),
            contact_role: optional(&self.contact_role),
            cvr: optional(&self.cvr),
            postal_code: optional(&self.postal_code),
            publish_name: matches!(self.publish_name.as_str(), "true" | "on"),
        }
    }
}

/// The sender page: the response, and its sender as stored or as a refused form sent it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SenderPageData {
    /// The response's id.
    pub id: i32,
    /// Its number.
    pub svarnummer: String,
    /// The sender as stored.
    pub stored: SenderForm,
}

/// A refused correction: what was typed and a message per field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SenderFormState {
    /// What was posted.
    pub values: SenderForm,
    /// Field name → message.
    pub errors: BTreeMap<String, String>,
}

/// The sender page's data for response `id` (officials who may register responses in its
/// hearing; a response sent through the site has no such page: 409).
#[server(prefix = "/sf", endpoint = "load_sender_page")]
pub async fn load_sender_page(id: i32) -> Result<SenderPageData, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    sender::page_data(&state.db, &who, id).await
}

/// The refused correction the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "sender_posted")]
pub async fn sender_posted() -> Result<Option<SenderFormState>, AppError> {
    Ok(use_context::<SenderFormState>())
}

/// A refused form: what was typed and a message per field (`section` and `paragraph` are
/// shown at `about`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterFormState {
    /// What was posted.
    pub values: RegisterForm,
    /// Field name → message.
    pub errors: BTreeMap<String, String>,
}

/// What the page needs: the hearing, what a response can be about, today, the file limits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterPageData {
    /// The hearing's slug.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// The current draft's sections and paragraphs: (value of `about`, label).
    pub about: Vec<(String, String)>,
    /// Today in the hearing's zone (`YYYY-MM-DD`), the form's default and latest day.
    pub today: String,
    /// Files per response.
    pub max_files: usize,
    /// Bytes per file.
    pub max_file_bytes: u64,
    /// A new id for the form (a double click then registers once).
    pub form_id: String,
}

/// The page's data for hearing `slug` (officials who may register responses in it).
#[server(prefix = "/sf", endpoint = "load_register_page")]
pub async fn load_register_page(slug: String) -> Result<RegisterPageData, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    page::page_data(&state, &who, &slug).await
}

/// The refused form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "register_posted")]
pub async fn register_posted() -> Result<Option<RegisterFormState>, AppError> {
    Ok(use_context::<RegisterFormState>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_says_what_the_response_is_about_in_one_choice() {
        let form = |about: &str| RegisterForm {
            about: about.into(),
            publish_name: "on".into(),
            received_on: " ".into(),
            organisation: "  ".into(),
            ..Default::default()
        };
        let section = form("section:s-3").to_request();
        assert_eq!(section.response.section.as_deref(), Some("s-3"));
        assert_eq!(section.response.paragraph, None);
        let paragraph = form("paragraph:p-12").to_request();
        assert_eq!(paragraph.response.paragraph.as_deref(), Some("p-12"));
        assert_eq!(paragraph.response.section, None);
        let whole = form("").to_request();
        assert_eq!(
            (whole.response.section, whole.response.paragraph),
            (None, None)
        );
        assert!(whole.response.publish_name);
        assert_eq!(whole.received_on, None, "left empty: today");
        assert_eq!(whole.response.organisation, None);
        assert_eq!(form("anything:else").to_request().response.section, None);
    }

    #[test]
    fn the_api_takes_the_public_fields_beside_its_own() {
        let body: RegisterRequest = serde_json::from_str(
            r#"{"channel": "letter", "received_on": "2010-11-15", "kind": "resident",
                "name": "Yusuf", "text": "Hej", "postal_code": "2400"}"#,
        )
        .unwrap();
        assert_eq!(body.channel, "letter");
        assert_eq!(body.received_on.as_deref(), Some("2010-11-15"));
        assert_eq!(body.response.postal_code.as_deref(), Some("2400"));
        assert_eq!(body.response.email, "", "an address is optional");
    }
}
