//! Moderation: what holds a response back from publication and what officials decide about
//! it. The personal-data guard holds a response whose text or files (names or text) seem to
//! hold a CPR number, and keeps a file from the public until its text was checked or an
//! official released it; officials publish, hold or reject with a reason, redact passages, mark duplicates,
//! act on many responses at once, and keep internal notes and tags. Every official's action is
//! written to the append-only audit log ([`crate::audit`]) in the same transaction. The officials' pages: their
//! hearings (`/admin`), a hearing's inbox with filters, counts, pages and bulk actions, and a
//! response's own page (`/admin/responses/{id}`).

#[cfg(feature = "ssr")]
pub mod actions;
#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod bulk;
mod bulk_view;
mod decision_view;
#[cfg(feature = "ssr")]
pub mod detail;
mod detail_forms;
mod detail_view;
#[cfg(feature = "ssr")]
pub mod edits;
mod filters_view;
#[cfg(feature = "ssr")]
pub mod form_post;
mod inbox_view;
#[cfg(feature = "ssr")]
pub mod notes;
#[cfg(feature = "ssr")]
mod personal_data;
mod response_page;
#[cfg(feature = "ssr")]
pub mod similar;
#[cfg(feature = "ssr")]
pub mod tools_api;
mod view;

pub use detail_view::ResponsePage;
#[cfg(feature = "ssr")]
pub use personal_data::release_file;
pub use response_page::{
    FileText, HistoryEntry, ParagraphRef, ResponseDetail, ResponseFormState, SimilarResponse,
    load_response, refused_response_form,
};
pub use view::{AdminHome, InboxPage};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::hearing::HearingLink;
use crate::response::admin::{AdminResponses, Filters};

/// The hearings the signed-in official has a role on.
#[server(prefix = "/sf", endpoint = "official_hearings")]
pub async fn official_hearings() -> Result<Vec<HearingLink>, AppError> {
    use crate::auth::Capability;
    use crate::entities::hearing;
    use sea_orm::{EntityTrait, QueryOrder};
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    let hearings = hearing::Entity::find()
        .order_by_desc(hearing::Column::OpensAt)
        .all(&state.db)
        .await?;
    Ok(hearings
        .into_iter()
        .filter(|h| who.can(Capability::ReadResponses, Some(h.id)))
        .map(|h| HearingLink {
            slug: h.slug,
            title: h.title,
        })
        .collect())
}

/// One hearing's inbox.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inbox {
    /// The hearing.
    pub hearing: HearingLink,
    /// The filters applied.
    pub filters: Filters,
    /// A filter that could not be applied: its field and the message.
    pub filter_error: Option<(String, String)>,
    /// The sections of the current draft for the section filter: anchor, number and heading.
    pub sections: Vec<(String, String)>,
    /// The responses and counts.
    pub responses: AdminResponses,
    /// Whether the official may decide here.
    pub can_moderate: bool,
}

/// A hearing's responses for the signed-in official, filtered by the page's URL query
/// (`search`, with or without its `?`). A value that is not understood is left out; a
/// malformed date is left out and reported in [`Inbox::filter_error`], so the page still shows.
#[server(prefix = "/sf", endpoint = "load_inbox")]
pub async fn load_inbox(slug: String, search: String) -> Result<Inbox, AppError> {
    use crate::auth::Capability;
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    let locale = crate::auth::extract::request_locale();
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(search.trim_start_matches('?')).unwrap_or_default();
    let filters = Filters::from_pairs(pairs);
    // A malformed date is not applied, but stays in its field with the message beside it.
    let mut applied = filters.clone();
    let filter_error = match crate::response::inbox::Period::parse(&filters, locale) {
        Ok(_) => None,
        Err(AppError::Validation(errors)) => {
            (applied.from, applied.to) = (None, None);
            errors.into_iter().next()
        }
        Err(other) => return Err(other),
    };
    let (hearing, responses) = crate::response::admin_api::filtered(
        (&state.db, &state.search),
        &who,
        &slug,
        &applied,
        locale,
    )
    .await?;
    let sections = crate::draft::store::section_choices(&state.db, hearing.id).await?;
    Ok(Inbox {
        can_moderate: who.can(Capability::Moderate, Some(hearing.id)),
        hearing: HearingLink {
            slug: hearing.slug,
            title: hearing.title,
        },
        filters,
        filter_error,
        sections,
        responses,
    })
}

/// An internal note as officials see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NoteView {
    /// Who wrote it.
    pub author: String,
    /// When.
    pub at: chrono::DateTime<chrono::Utc>,
    /// When, on Copenhagen's wall clock.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2027-01-10T23:59:59"))]
    pub at_local: chrono::NaiveDateTime,
    /// The note.
    pub body: String,
}

/// A refused bulk action, or what an accepted one did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkFormState {
    /// The responses ticked.
    pub ids: Vec<i32>,
    /// The action chosen.
    pub action: String,
    /// The reason typed.
    pub reason: String,
    /// The tag typed.
    pub tag: String,
    /// The svarnummer typed.
    pub duplicate_of: String,
    /// The field the message belongs to, and the message.
    pub error: Option<(String, String)>,
    /// What an accepted bulk action did.
    pub outcome: Option<BulkDone>,
}

/// What a bulk action did, as the inbox shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkDone {
    /// The svarnumre changed.
    pub done: Vec<String>,
    /// The svarnumre left alone, each with why.
    pub refused: Vec<(String, String)>,
}

/// The bulk form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "bulk_state")]
pub async fn bulk_state() -> Result<Option<BulkFormState>, AppError> {
    Ok(use_context::<BulkFormState>())
}

/// A refused decision: which response, what was chosen, and the message.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionFormState {
    /// The response's id.
    pub response_id: i32,
    /// The action chosen.
    pub action: String,
    /// The reason typed.
    pub reason: String,
    /// The message.
    pub error: String,
}

/// The refused decision the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "decision_refused")]
pub async fn decision_refused() -> Result<Option<DecisionFormState>, AppError> {
    Ok(use_context::<DecisionFormState>())
}
