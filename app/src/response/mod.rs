//! Responses (høringssvar): submitting one, verifying it by e-mail, and the published list.

pub mod fields;
pub mod form;
mod list_view;
mod listing;
pub mod manage;
mod messages;
mod respond_view;
mod results_view;
pub mod submission;
pub mod text;
mod verification;
mod view;

pub use fields::SentPage;
pub use list_view::ResponsesPage;
pub use listing::{PER_PAGE, ResponseListing, list_responses};
pub use manage::ManagePage;
#[cfg(feature = "ssr")]
pub use record::{next_seq, take_seqs};
pub use respond_view::RespondPage;
pub use verification::{Confirmed, VerifyLink, VerifyOutcome, verification_link};
pub use view::VerifyPage;

pub mod admin;
#[cfg(feature = "ssr")]
pub mod admin_api;
#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod idempotency;
#[cfg(feature = "ssr")]
pub mod inbox;
#[cfg(feature = "ssr")]
pub mod intake;
#[cfg(feature = "ssr")]
pub mod keyset;
#[cfg(feature = "ssr")]
pub mod language;
#[cfg(feature = "ssr")]
pub mod lifecycle;
#[cfg(feature = "ssr")]
pub mod list;
#[cfg(feature = "ssr")]
pub mod notify;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod publish;
#[cfg(feature = "ssr")]
pub(crate) mod record;
#[cfg(feature = "ssr")]
pub mod related;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod tally;
#[cfg(feature = "ssr")]
pub mod verify;
#[cfg(feature = "ssr")]
pub mod verify_post;

use chrono::{DateTime, NaiveDateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::respondent::RespondentKind;
use crate::vocab::{PublicationPolicy, ResponseStatus};

/// The body of `POST /api/v1/hearings/{slug}/responses`. Every field may be missing on the
/// wire; what is missing or wrong is answered field by field.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SubmitRequest {
    /// `resident`, `association`, `company` or `public_body`.
    pub kind: String,
    /// The person's name (for organisations: the contact person).
    pub name: String,
    /// Where the verification link is sent; never published.
    pub email: String,
    /// The organisation's name (associations, companies, public bodies).
    pub organisation: Option<String>,
    /// The contact person's role in the organisation.
    pub contact_role: Option<String>,
    /// Companies: the CVR number (8 digits, modulus-11).
    pub cvr: Option<String>,
    /// Residents: the postal code, shown with "Borger" when the name is not published.
    pub postal_code: Option<String>,
    /// The anchor of the section the response is about.
    pub section: Option<String>,
    /// The anchor of the paragraph the response is about.
    pub paragraph: Option<String>,
    /// `support`, `oppose`, `mixed` or `none`.
    pub stance: Option<String>,
    /// The response, 1 to 20,000 characters.
    pub text: String,
    /// Whether a resident's name may be published.
    pub publish_name: bool,
}

/// The answer to a submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Submitted {
    /// The response's id.
    pub id: i32,
    /// The response's number, e.g. `2010-64452-0017`.
    pub svarnummer: String,
    /// Where it stands: `awaiting_verification` until the e-mail link is followed.
    pub status: ResponseStatus,
}

/// A published response as anyone may see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PublicResponse {
    /// The response's number.
    pub svarnummer: String,
    /// The kind of respondent.
    pub kind: RespondentKind,
    /// The organisation, the person (if they allowed it) or "Borger, 2300 København S".
    pub display_name: String,
    /// The section's anchor, when the response is about one.
    pub section: Option<String>,
    /// The paragraph's anchor, when the response is about one.
    pub paragraph: Option<String>,
    /// The paragraph's number in the version the response was written against.
    #[serde(default)]
    pub paragraph_number: Option<String>,
    /// That version's number.
    #[serde(default)]
    pub paragraph_version: Option<i32>,
    /// Whether a later version changed the paragraph (its text is not in the latest).
    #[serde(default)]
    pub paragraph_changed: bool,
    /// The text exactly as written.
    pub text: String,
    /// The detected language (ISO 639-1 where known), when detection was reliable.
    pub language: Option<String>,
    /// When it was submitted.
    pub submitted_at: DateTime<Utc>,
    /// The same on the hearing's wall clock (no offset): the day the page shows.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2010-11-15T10:12:00"))]
    pub submitted_local: NaiveDateTime,
    /// Attached files.
    pub attachments: Vec<PublicAttachment>,
    /// In search results: the best passage, HTML-escaped, the matched words in `<mark>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    /// The administration's remark answering it (its own, or its theme's), once the
    /// hearing's outcome is published; `null` before and where there is none.
    #[serde(default)]
    pub remark: Option<String>,
    /// Whether it led to a change to the text (with the remark); `null` where not decided.
    #[serde(default)]
    pub gives_change: Option<bool>,
}

/// A published response's file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PublicAttachment {
    /// The file name.
    pub name: String,
    /// Where to download it.
    pub url: String,
}

/// One page of published responses, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ResponsePage {
    /// How many responses are published in all.
    pub total: u64,
    /// This page.
    pub items: Vec<PublicResponse>,
    /// In search results: counts per value of each filterable field (`kind`, `section`,
    /// `language`, `stance`, `channel`), over the results with the other filters applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facets: Option<crate::search::FacetCounts>,
    /// In search results: what was wrong with the query, in the reader's language; the
    /// results are then those of its plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// How many responses a hearing has received, for its page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ResponseCounts {
    /// Verified responses (published, held or awaiting moderation).
    pub verified: u64,
    /// Published responses.
    pub published: u64,
    /// Verified responses per paragraph anchor.
    pub by_paragraph: std::collections::BTreeMap<String, u64>,
}

/// Where a confirmed response stands under its hearing's publication policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum Standing {
    /// Public now.
    Published,
    /// Held back: it seems to hold a CPR number (or an official held it).
    Held,
    /// Waits for an official's review (`after_moderation`).
    AwaitingReview,
    /// Published with the others when the hearing closes (`after_deadline`).
    AwaitingDeadline,
}

impl Standing {
    /// The standing of a confirmed response: held when `held`, else as the policy says.
    pub fn decide(held: bool, policy: PublicationPolicy) -> Self {
        match (held, policy) {
            (true, _) => Standing::Held,
            (false, PublicationPolicy::AfterVerification) => Standing::Published,
            (false, PublicationPolicy::AfterDeadline) => Standing::AwaitingDeadline,
            (false, PublicationPolicy::AfterModeration) => Standing::AwaitingReview,
        }
    }

    /// The stored status.
    pub fn status(self) -> ResponseStatus {
        match self {
            Standing::Published => ResponseStatus::Published,
            Standing::Held => ResponseStatus::Held,
            Standing::AwaitingReview | Standing::AwaitingDeadline => ResponseStatus::Verified,
        }
    }
}

/// What the response form needs from the server: the attachment limits for the hint, and
/// when the form was handed out (for the minimum fill time).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormSettings {
    /// Files per response.
    pub max_files: usize,
    /// Bytes per file.
    pub max_file_bytes: u64,
    /// Unix seconds when the form was rendered.
    pub rendered_at: i64,
    /// The hidden `started` field: `rendered_at` signed by the server
    /// ([`crate::web::fill_time::FillKey::sign`]).
    pub started: String,
}

/// The form's settings, read while the page renders.
#[server(prefix = "/sf", endpoint = "load_form_settings")]
pub async fn load_form_settings() -> Result<FormSettings, AppError> {
    let state = crate::state::app_state()?;
    let limits = state.attachments.limits;
    let rendered_at = state.clock.now().timestamp();
    Ok(FormSettings {
        max_files: limits.max_files,
        max_file_bytes: limits.max_file_bytes,
        rendered_at,
        started: state.fill_key.sign(rendered_at),
    })
}
