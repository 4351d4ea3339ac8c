//! Easy reading ("kort fortalt", issue 21). Officials write a short plain-language summary of
//! each section of a hearing's draft — Danish first, translations beside it — starting, if they
//! like, from an extractive first draft: the section's most central sentences, picked as the
//! hvidbog's summariser picks a response's. Readers see it above the section's full text in
//! their language, or in Danish where officials wrote none in theirs (`crate::draft`'s view,
//! which also stores the summaries with the sections), on the hearing page and the printable
//! draft.
//!
//! `/admin/hearings/{slug}/draft/summaries` lists the sections and edits one
//! (`?section={anchor}`); `PUT /api/v1/admin/hearings/{slug}/drafts/sections/{anchor}/summaries`
//! and `GET …/summaries/suggestion` do the same for programs. Writing needs
//! `Capability::ManageHearing` on the hearing.

mod problem;
mod view;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod write;

pub use problem::SummaryProblem;
pub use view::SummaryEditorPage;

use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::draft::SectionDto;
use crate::error::AppError;

/// The longest summary in one language, in characters: a few short paragraphs.
pub const MAX_CHARS: usize = 1_500;

/// The form field of the summary in the language with code `lang`.
pub fn field(lang: &str) -> String {
    format!("summary-{lang}")
}

/// A section as the editor lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectionItem {
    /// Its anchor.
    pub anchor: String,
    /// Number and heading.
    pub label: String,
    /// The codes of the languages it has a summary in.
    pub languages: Vec<String>,
    /// Its text has changed since its summaries were written.
    pub outdated: bool,
}

/// The editor page: the hearing's sections and, when one was chosen, that section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryEditor {
    /// The hearing's title.
    pub title: String,
    /// The current draft's sections in order.
    pub sections: Vec<SectionItem>,
    /// The section being edited, with its stored summaries.
    pub chosen: Option<SectionDto>,
}

/// The editor's form after a post: what was typed, the messages per field, and a suggested
/// first draft when one was asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryFormState {
    /// Field name (`summary-{lang}`) → text as typed.
    pub values: BTreeMap<String, String>,
    /// Field name → message.
    pub errors: BTreeMap<String, String>,
    /// The extractive first draft, when asked for.
    pub suggestion: Option<String>,
    /// Whether the suggestion was put into the (empty) Danish field.
    pub filled: bool,
}

/// The editor page's data (ManageHearing on the hearing); `section` chooses the section to
/// edit (404 when the current draft has no such section).
#[server(prefix = "/sf", endpoint = "load_summary_editor")]
pub async fn load_summary_editor(
    slug: String,
    section: Option<String>,
) -> Result<SummaryEditor, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    write::editor(&state.db, &who, &slug, section.as_deref()).await
}

/// The editor's form being rendered again (refused, or with a suggestion), if any.
#[server(prefix = "/sf", endpoint = "summary_posted")]
pub async fn summary_posted() -> Result<Option<SummaryFormState>, AppError> {
    Ok(use_context::<SummaryFormState>())
}
