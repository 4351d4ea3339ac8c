//! `POST /admin/hearings/{slug}/themes`: every form of the theme page posts here with an
//! `intent` (refresh, rename, unname, pin, merge, split). Accepted: back to the page (303) with
//! a confirmation, at the theme. Refused: the same page again (422) with what was typed and
//! the message at the field. Each edit is audited by [`super::edits`].

use axum::extract::{Path, State};
use axum::response::Response;
use chrono::Utc;
use sea_orm::EntityTrait;
use serde::Deserialize;

use super::ThemeProblem;
use super::edits::{self, Editor, refused};
use super::page::ThemeFormState;
use crate::auth::{Capability, OfficialForm};
use crate::entities::{hearing, theme};
use crate::error::AppError;
use crate::state::AppState;

/// Every field any of the page's forms sends.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ThemeForm {
    intent: String,
    theme_id: String,
    name: String,
    into: String,
    pinned: String,
}

impl ThemeForm {
    /// The theme the form is about (0: none).
    fn id(&self) -> i32 {
        self.theme_id.trim().parse().unwrap_or(0)
    }

    /// The form as it is shown again with `errors`.
    fn again(&self, errors: std::collections::BTreeMap<String, String>) -> ThemeFormState {
        ThemeFormState {
            intent: self.intent.clone(),
            theme_id: self.id(),
            name: self.name.clone(),
            into: self.into.clone(),
            errors,
        }
    }
}

/// Handles a posted form of the theme page.
pub async fn post_themes(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: OfficialForm<ThemeForm>,
) -> Response {
    let editor = Editor {
        who: &form.who,
        locale: form.locale,
        now: state.clock.now(),
    };
    let outcome = carry_out(&state, &editor, &slug, &form.fields).await;
    let outcome = outcome.map(|after| format!("{}?{after}", form.path()));
    let again = |errors| form.fields.again(errors);
    state.answer_form(outcome, form.page_request(), again).await
}

/// Carries out the form's intent; the query (and fragment) to go back with.
async fn carry_out(
    state: &AppState,
    editor: &Editor<'_>,
    slug: &str,
    form: &ThemeForm,
) -> Result<String, AppError> {
    let hearing = crate::hearing::store::required(&state.db, slug).await?;
    if form.intent == "refresh" {
        return refresh(state, editor, &hearing).await;
    }
    let id = theme_of(state, &hearing, form.id()).await?;
    let db = &state.db;
    match form.intent.as_str() {
        "rename" => edits::rename(db, editor, id, &form.name).await?,
        "unname" => edits::unname(db, editor, id).await?,
        "pin" => {
            let pinned = form.pinned == "true";
            edits::pin(db, editor, id, pinned).await?;
            let what = if pinned { "pin" } else { "unpin" };
            return Ok(format!("saved={what}#theme-{id}"));
        }
        "merge" => {
            let into = form
                .into
                .trim()
                .parse()
                .map_err(|_| refused(editor, "into", ThemeProblem::MergeTargetUnknown))?;
            edits::merge(db, editor, id, into).await?;
            return Ok(format!("saved=merge#theme-{into}"));
        }
        "split" => {
            super::split::split(db, super::refresh::Sources::of(state), editor, id).await?;
            return Ok(format!("saved=split#theme-{id}"));
        }
        _ => return Err(AppError::NotFound),
    };
    Ok(format!("saved={}#theme-{id}", form.intent))
}

/// Theme `id`, if it is one of `hearing`'s.
async fn theme_of(state: &AppState, hearing: &hearing::Model, id: i32) -> Result<i32, AppError> {
    theme::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .filter(|t| t.hearing_id == hearing.id)
        .map(|t| t.id)
        .ok_or(AppError::NotFound)
}

/// Computes the hearing's themes now.
async fn refresh(
    state: &AppState,
    editor: &Editor<'_>,
    hearing: &hearing::Model,
) -> Result<String, AppError> {
    editor.who.require(Capability::Moderate, Some(hearing.id))?;
    super::refresh::refresh_for_official(state, hearing.id).await?;
    Ok("saved=refresh".to_owned())
}

/// The response page's theme form (`intent=theme`): moves response `id` into theme `theme`
/// (as typed; an unknown or foreign theme is refused at `theme_id`).
pub async fn move_response(
    db: &sea_orm::DatabaseConnection,
    who: &crate::auth::Principal,
    id: i32,
    theme: &str,
    (locale, now): (crate::i18n::Locale, chrono::DateTime<Utc>),
) -> Result<(), AppError> {
    let editor = Editor { who, locale, now };
    let theme_id = theme
        .trim()
        .parse()
        .map_err(|_| refused(&editor, "theme_id", ThemeProblem::MoveTargetUnknown))?;
    edits::move_response(db, &editor, id, theme_id).await?;
    Ok(())
}
