//! One response's page for officials (`/admin/responses/{id}`): what it shows, and the
//! refused form the server is rendering again.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::NoteView;
use crate::audit::AuditEntry;
use crate::error::AppError;
use crate::hearing::HearingLink;
use crate::response::admin::{AdminAttachment, AdminResponse};

/// Everything officials see of one response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ResponseDetail {
    /// Its hearing.
    pub hearing: HearingLink,
    /// The response with every field.
    pub response: AdminResponse,
    /// The draft paragraph it is about: its number and text, as the respondent read it.
    pub paragraph: Option<ParagraphRef>,
    /// Its files, each with the text extracted from it.
    pub files: Vec<FileText>,
    /// Internal notes, oldest first.
    pub notes: Vec<NoteView>,
    /// Its audit history, oldest first.
    pub history: Vec<HistoryEntry>,
    /// When it was submitted, on Copenhagen's wall clock.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2027-01-10T23:59:59"))]
    pub submitted_local: chrono::NaiveDateTime,
    /// Whether the reader may moderate, tag and write notes.
    pub can_moderate: bool,
    /// Up to five responses of the hearing most like this one, most alike first.
    #[serde(default)]
    pub similar: Vec<SimilarResponse>,
}

/// A response like the one shown ("more like this").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SimilarResponse {
    /// Its id, for its page.
    pub id: i32,
    /// Its number.
    pub svarnummer: String,
    /// The organisation or the person.
    pub sender: String,
    /// The first hundred or so characters of its text.
    pub excerpt: String,
}

/// One entry of a response's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HistoryEntry {
    /// When, on Copenhagen's wall clock.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2027-01-10T23:59:59"))]
    pub at_local: chrono::NaiveDateTime,
    /// The entry.
    pub entry: AuditEntry,
}

/// The draft paragraph a response is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ParagraphRef {
    /// Its number in the draft, e.g. `4.2`.
    pub number: String,
    /// Its text in the version the respondent read.
    pub text: String,
    /// Whether the current draft no longer has this text.
    pub changed_since: bool,
}

/// A file with the text extracted from it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FileText {
    /// The file.
    pub file: AdminAttachment,
    /// Its text, when extraction found some.
    pub text: Option<String>,
}

/// A refused form on the response page: which form, what was typed, and the message.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseFormState {
    /// `decide`, `note`, `tag`, `untag` or `theme`.
    pub intent: String,
    /// The action chosen (`decide`).
    pub action: String,
    /// The reason typed.
    pub reason: String,
    /// The passage typed (`redact`).
    pub passage: String,
    /// The svarnummer typed (`duplicate`).
    pub duplicate_of: String,
    /// The note typed.
    pub note: String,
    /// The tag typed.
    pub tag: String,
    /// The theme chosen (`theme`).
    #[serde(default)]
    pub theme: String,
    /// The field the message belongs to, and the message.
    pub error: (String, String),
}

/// A response for the signed-in official.
#[server(prefix = "/sf", endpoint = "load_response")]
pub async fn load_response(id: i32) -> Result<ResponseDetail, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    let detail = super::detail::load(&state.db, &who, id).await?;
    super::similar::with_similar(&state.db, &state.search, detail).await
}

/// The refused form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "refused_response_form")]
pub async fn refused_response_form() -> Result<Option<ResponseFormState>, AppError> {
    Ok(use_context::<ResponseFormState>())
}
