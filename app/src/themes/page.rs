//! What the themes' pages read: the officials' page `/admin/hearings/{slug}/themes` (every
//! theme with quotes, the campaigns, the draft's sections for the heat-map), the public
//! hearing page's themes (published responses only, no quotes), and the refused form the
//! server is rendering again.

use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::{ThemeSummary, Themes};
use crate::error::AppError;
use crate::hearing::HearingLink;

/// The officials' theme page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThemePage {
    /// The hearing.
    pub hearing: HearingLink,
    /// Whether the official may edit the themes and compute them now.
    pub can_edit: bool,
    /// The themes (largest first, with quotes' sentences) and campaigns.
    pub themes: Themes,
    /// The current draft's sections: anchor, and number with heading (`4.1 Økonomi`).
    pub sections: Vec<(String, String)>,
    /// The response id of every svarnummer the page links to (quotes, campaigns).
    pub response_ids: BTreeMap<String, i32>,
    /// The themes are computed from words alone: the sentence model is not installed.
    pub words_only: bool,
}

/// A refused form of the theme page: which form, about which theme, what was typed, and the
/// messages by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeFormState {
    /// `rename`, `unname`, `pin`, `merge`, `split` or `refresh`.
    pub intent: String,
    /// The theme the form was about (0: none).
    pub theme_id: i32,
    /// The name typed (`rename`).
    pub name: String,
    /// The theme chosen to merge into (`merge`).
    pub into: String,
    /// Field → message.
    pub errors: BTreeMap<String, String>,
}

impl ThemeFormState {
    /// The messages, when the refused form is `intent` about theme `id`.
    pub fn errors_for(refused: &Option<Self>, intent: &str, id: i32) -> BTreeMap<String, String> {
        refused
            .as_ref()
            .filter(|r| r.intent == intent && r.theme_id == id)
            .map(|r| r.errors.clone())
            .unwrap_or_default()
    }
}

/// The theme page of hearing `slug` for the signed-in official.
#[server(prefix = "/sf", endpoint = "load_theme_page")]
pub async fn load_theme_page(slug: String) -> Result<ThemePage, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    let mut page = super::page_store::read(&state.db, &who, &slug).await?;
    page.words_only = state.sentence_model.status() == crate::embedding::Status::Missing;
    Ok(page)
}

/// The refused theme form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "theme_form_refused")]
pub async fn theme_form_refused() -> Result<Option<ThemeFormState>, AppError> {
    Ok(use_context::<ThemeFormState>())
}

/// The themes of public hearing `slug`, counted over its published responses (none for a
/// hearing without published responses or themes; no quotes, nothing private).
#[server(prefix = "/sf", endpoint = "public_themes")]
pub async fn public_themes(slug: String) -> Result<Vec<ThemeSummary>, AppError> {
    let state = crate::state::app_state()?;
    let Some(hearing) = crate::hearing::store::public(&state.db, &slug).await? else {
        return Ok(Vec::new());
    };
    Ok(super::public_cache::read(&state.db, hearing.id)
        .await?
        .themes)
}

/// A theme to choose on a response's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeChoice {
    /// The theme's id.
    pub id: i32,
    /// Its name or generated label.
    pub label: String,
}

/// The themes of a response's hearing and the one it is in, for its page's move form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseThemeChoices {
    /// The theme the response is in.
    pub current: Option<i32>,
    /// The hearing's themes, by label.
    pub choices: Vec<ThemeChoice>,
}

/// The themes response `id` can be moved to (officials who may moderate its hearing).
#[server(prefix = "/sf", endpoint = "response_themes")]
pub async fn response_themes(id: i32) -> Result<ResponseThemeChoices, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    super::page_store::response_themes(&state.db, &who, id).await
}
