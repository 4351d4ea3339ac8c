//! `/responses/manage/{token}`: the private link in the receipt. Until the deadline the
//! respondent can change their text and stance, or withdraw the response. A plain HTML form
//! posted to the server, so it works the same with and without JavaScript.

mod view;

pub use view::ManagePage;

#[cfg(feature = "ssr")]
pub mod post;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod tell;

use chrono::NaiveDateTime;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A response as its author sees it through the private link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedResponse {
    /// The response's number.
    pub svarnummer: String,
    /// The hearing's title.
    pub hearing_title: String,
    /// The hearing's slug.
    pub hearing_slug: String,
    /// The text as it stands.
    pub text: String,
    /// Its stance (`support`, `oppose`, `mixed`, `none`).
    pub stance: crate::vocab::Stance,
    /// Where it stands: `published`, `verified`, `held`, `rejected` or `withdrawn`.
    pub status: crate::vocab::ResponseStatus,
    /// Until when it can be changed, on Copenhagen's wall clock.
    pub deadline: NaiveDateTime,
}

/// What the private link leads to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ManageLookup {
    /// The response, open for changes.
    Open(ManagedResponse),
    /// The deadline has passed; it can be read but not changed.
    Closed(ManagedResponse),
    /// No such link.
    Unknown,
}

/// The form's fields as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ManageForm {
    /// `update` or `withdraw`.
    pub action: String,
    /// The changed text.
    pub text: String,
    /// The changed stance.
    pub stance: String,
    /// "true" when the person confirmed the withdrawal.
    pub confirm: String,
}

/// A refused change: what was posted and a message per field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManageFormState {
    /// What was posted.
    pub values: ManageForm,
    /// Field name → message.
    pub errors: std::collections::BTreeMap<String, String>,
}

/// Looks up the response behind a private link (while the page renders on the server).
#[server(prefix = "/sf", endpoint = "lookup_managed")]
pub async fn lookup_managed(token: String) -> Result<ManageLookup, AppError> {
    let state = crate::state::app_state()?;
    store::lookup(&state.db, &token, state.clock.now()).await
}

/// The refused form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "manage_refused")]
pub async fn manage_refused() -> Result<Option<ManageFormState>, AppError> {
    Ok(use_context::<ManageFormState>())
}
