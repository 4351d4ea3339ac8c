//! Hearing administration: officials create and edit a hearing (settings, timetable, digest
//! recipients), move it through its status flow, upload new versions of its draft with a
//! preview, and compare versions. Every change is written to the audit log in its
//! transaction, and the hearing's page shows that history.
//!
//! Editing needs `Capability::ManageHearing` on the hearing; creating one needs it on every
//! hearing (a global admin or official role), since the new hearing has no roles yet.

mod diff;
mod draft_view;
mod form_view;
mod input;
mod retention;
pub mod status_flow;
mod view;
mod words;

#[cfg(all(test, feature = "ssr"))]
mod diff_timing;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
mod draft_post;
#[cfg(feature = "ssr")]
pub mod drafts;
#[cfg(feature = "ssr")]
pub mod form_fields;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod office;
#[cfg(feature = "ssr")]
pub mod settings;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod write;

#[cfg(feature = "ssr")]
pub use diff::diff_drafts;
pub use diff::{Change, DraftDiff, ParagraphDiff, SectionDiff};
pub use draft_view::{DiffPage, DraftAdminPage};
pub use input::{MAX_RETENTION_MONTHS, MilestoneInput, RecipientInput, SettingsInput};
pub use retention::RetentionProblem;
pub use status_flow::Target;
pub use view::{HearingAdminPage, ManageLinks, NewHearingPage};
pub use words::{Op, Run};

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::draft::DraftDto;
use crate::error::AppError;
use crate::hearing::HearingStatus;

/// An entry of a hearing's history (from the audit log).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HistoryItem {
    /// When.
    pub at: DateTime<Utc>,
    /// When, on Copenhagen's wall clock.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2027-01-10T23:59:59"))]
    pub at_local: NaiveDateTime,
    /// Who (the official's name).
    pub actor: Option<String>,
    /// What: `hearing.create`, `hearing.update`, `hearing.status`, `draft.import`,
    /// `retention.hearing` (the respondents' personal data was erased).
    pub action: String,
    /// The status before, for a status change.
    pub status_before: Option<HearingStatus>,
    /// The status after, for a status change.
    pub status_after: Option<HearingStatus>,
    /// The draft version, for a new version.
    pub version_no: Option<i32>,
}

/// A stored version of the draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VersionItem {
    /// Its number, from 1.
    pub version_no: i32,
    /// The document's title.
    pub title: String,
    /// When it was published.
    pub imported_at: DateTime<Utc>,
    /// The same on the hearing's wall clock (no offset).
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2010-09-01T09:00:00"))]
    pub imported_local: NaiveDateTime,
}

/// A hearing as its administration page and `GET /api/v1/admin/hearings/{slug}` show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HearingAdmin {
    /// The stored administrative status: `draft`, `published`, `processing`, `decided`.
    pub stored_status: String,
    /// Where the hearing stands now (the dates decide upcoming, open and closed).
    pub status: HearingStatus,
    /// The status changes allowed now.
    pub allowed_status: Vec<Target>,
    /// The settings (times: Copenhagen wall clock on the page, RFC 3339 UTC in the API).
    pub settings: SettingsInput,
    /// The draft's versions, newest first.
    pub versions: Vec<VersionItem>,
    /// Changes to the hearing, newest first.
    pub history: Vec<HistoryItem>,
}

/// A refused settings form: the values as typed and a message per field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsFormState {
    /// What was typed.
    pub values: SettingsInput,
    /// Field name → message.
    pub errors: BTreeMap<String, String>,
}

/// A refused status change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusFormState {
    /// The message.
    pub error: String,
}

/// The draft form after a post: the text kept, and either the preview or the message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftFormState {
    /// The Markdown (from the file or the text field).
    pub markdown: String,
    /// Why it was refused.
    pub error: Option<String>,
    /// The parsed draft, not stored.
    pub preview: Option<DraftDto>,
}

/// The draft page: the versions and, when asked for, one of them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftPageData {
    /// The hearing's title.
    pub title: String,
    /// The versions, newest first.
    pub versions: Vec<VersionItem>,
    /// The version asked for.
    pub shown: Option<DraftDto>,
}

/// What the officials' front page offers for hearing administration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManageOffer {
    /// Whether the official may create a hearing.
    pub can_create: bool,
    /// The hearings they may manage: slug and title.
    pub hearings: Vec<(String, String)>,
}

/// The hearing's administration page data (ManageHearing on it).
#[server(prefix = "/sf", endpoint = "load_hearing_admin")]
pub async fn load_hearing_admin(slug: String) -> Result<(String, HearingAdmin), AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    let model = store::manageable(&state.db, &who, &slug).await?;
    let title = model.title.clone();
    Ok((
        title,
        store::admin_view(&state.db, model, true, state.clock.now()).await?,
    ))
}

/// `Ok` when the signed-in official may create hearings.
#[server(prefix = "/sf", endpoint = "may_create_hearing")]
pub async fn may_create_hearing() -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    who.require(crate::auth::Capability::ManageHearing, None)
}

/// What the signed-in official may administer.
#[server(prefix = "/sf", endpoint = "load_manage_offer")]
pub async fn load_manage_offer() -> Result<ManageOffer, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    store::offer(&state.db, &who).await
}

/// The refused settings form being rendered again, if any.
#[server(prefix = "/sf", endpoint = "settings_refused")]
pub async fn settings_refused() -> Result<Option<SettingsFormState>, AppError> {
    Ok(use_context::<SettingsFormState>())
}

/// The refused status change being rendered again, if any.
#[server(prefix = "/sf", endpoint = "status_refused")]
pub async fn status_refused() -> Result<Option<StatusFormState>, AppError> {
    Ok(use_context::<StatusFormState>())
}

/// The draft form's preview or refusal being rendered, if any.
#[server(prefix = "/sf", endpoint = "draft_posted")]
pub async fn draft_posted() -> Result<Option<DraftFormState>, AppError> {
    Ok(use_context::<DraftFormState>())
}

/// The draft page (ManageHearing): versions, and version `version` when given.
#[server(prefix = "/sf", endpoint = "load_draft_page")]
pub async fn load_draft_page(
    slug: String,
    version: Option<i32>,
) -> Result<DraftPageData, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    let model = store::manageable(&state.db, &who, &slug).await?;
    let shown = match version {
        Some(v) => crate::draft::store::load_version(&state.db, model.id, v).await?,
        None => None,
    };
    Ok(DraftPageData {
        versions: store::versions(&state.db, model.id).await?,
        title: model.title,
        shown,
    })
}

/// The differences between two versions (anyone who may read the hearing's responses);
/// without numbers, the latest version against the one before. `None` when there are not
/// two versions to compare.
#[server(prefix = "/sf", endpoint = "load_diff")]
pub async fn load_diff(
    slug: String,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<(String, Vec<VersionItem>, Option<DraftDiff>), AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    let (model, diff) = drafts::diff_for(&state.db, &who, &slug, from, to).await?;
    let versions = store::versions(&state.db, model.id).await?;
    Ok((model.title, versions, diff))
}
