//! What officials see of responses: every status, every field, with the inbox's filters and
//! counts. Shared by the admin JSON API and the officials' pages.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The inbox filters; each narrows the list when given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[serde(default)]
pub struct Filters {
    /// `awaiting_verification`, `verified`, `published`, `held`, `rejected`, `withdrawn`.
    pub status: Option<String>,
    /// Respondent kind.
    pub kind: Option<String>,
    /// `web`, `email`, `letter`, `meeting`.
    pub channel: Option<String>,
    /// Detected language (ISO 639-1).
    pub language: Option<String>,
    /// Only responses with (true) or without (false) files.
    pub has_attachments: Option<bool>,
    /// Only responses flagged (true) or not (false) for personal data.
    pub personal_data: Option<bool>,
}

/// A response with everything officials may see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AdminResponse {
    /// Id (for moderation).
    pub id: i32,
    /// Number.
    pub svarnummer: String,
    /// Status.
    pub status: String,
    /// Why it is held or rejected.
    pub held_reason: Option<String>,
    /// How it arrived.
    pub channel: String,
    /// Respondent kind.
    pub kind: String,
    /// The person.
    pub name: String,
    /// The organisation.
    pub organisation: Option<String>,
    /// E-mail (private).
    pub email: String,
    /// CVR.
    pub cvr: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Whether the name may be published.
    pub publish_name: bool,
    /// Stance.
    pub stance: String,
    /// Text.
    pub text: String,
    /// Language.
    pub language: Option<String>,
    /// Submitted.
    pub submitted_at: DateTime<Utc>,
    /// Files with their extraction state.
    pub attachments: Vec<AdminAttachment>,
}

/// A file as officials see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AdminAttachment {
    /// Id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Bytes.
    pub size_bytes: i64,
    /// SHA-256.
    pub sha256: String,
    /// `pending`, `extracted`, `no_text`, `encrypted`, `failed`, `timed_out`.
    pub extraction_state: String,
    /// Why extraction failed.
    pub extraction_note: Option<String>,
}

/// The filtered list and the counts per filter value over the whole hearing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AdminResponses {
    /// How many match.
    pub total: usize,
    /// The matching responses, oldest first.
    pub items: Vec<AdminResponse>,
    /// Filter → value → how many of the hearing's responses have it.
    pub counts: BTreeMap<String, BTreeMap<String, u64>>,
}
