//! Officials' edits of themes over JSON: rename (or clear the name), merge, split, pin, and
//! move a response. Each answers with the hearing's themes as they are after the edit; a
//! refused edit answers 422 with the field and a message in the official's language.

use axum::extract::Path;
use axum::routing::{delete, post};
use axum::{Json, Router};
use serde::Deserialize;

use super::Themes;
use super::edits::{self, Editor};
use super::summary::{self, Audience};
use crate::auth::{OfficialCall, Principal};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::openapi::{MayNotModerate, NotSignedIn};

/// The routes.
pub fn router() -> Router<AppState> {
    let theme = "/api/v1/admin/themes/{id}";
    Router::new()
        .route(&format!("{theme}/rename"), post(rename))
        .route(&format!("{theme}/name"), delete(unname))
        .route(&format!("{theme}/merge"), post(merge))
        .route(&format!("{theme}/split"), post(split))
        .route(&format!("{theme}/pin"), post(pin))
        .route("/api/v1/admin/responses/{id}/theme", post(move_response))
}

/// A new name.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct Rename {
    /// 1 to 80 characters.
    pub name: String,
}

/// The theme to merge into.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct Merge {
    /// The other theme's id (same hearing).
    pub into: i32,
}

/// Pinned or not.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct Pin {
    /// `true`: re-clustering leaves the theme alone.
    pub pinned: bool,
}

/// Where a response goes.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct Move {
    /// The theme's id (same hearing).
    pub theme_id: i32,
}

fn editor<'a>(state: &AppState, who: &'a Principal, locale: Locale) -> Editor<'a> {
    Editor {
        who,
        locale,
        now: state.clock.now(),
    }
}

async fn themes_of(state: &AppState, hearing_id: i32) -> Result<Json<Themes>, AppError> {
    Ok(Json(
        summary::read(&state.db, hearing_id, Audience::Officials).await?,
    ))
}

/// Names a theme.
#[utoipa::path(post, path = "/api/v1/admin/themes/{id}/rename", tag = "themes",
    params(("id" = i32, Path, description = "The theme's id")), request_body = Rename,
    responses((status = 200, body = Themes), NotSignedIn, MayNotModerate, (status = 404),
        (status = 422, description = "The name is empty or too long")))]
pub async fn rename(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(body): Json<Rename>,
) -> Result<Json<Themes>, AppError> {
    let theme = edits::rename(&state.db, &editor(&state, &who, locale), id, &body.name).await?;
    themes_of(&state, theme.hearing_id).await
}

/// Clears a theme's name: its generated label shows again.
#[utoipa::path(delete, path = "/api/v1/admin/themes/{id}/name", tag = "themes",
    params(("id" = i32, Path, description = "The theme's id")),
    responses((status = 200, body = Themes), NotSignedIn, MayNotModerate, (status = 404)))]
pub async fn unname(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
) -> Result<Json<Themes>, AppError> {
    let theme = edits::unname(&state.db, &editor(&state, &who, locale), id).await?;
    themes_of(&state, theme.hearing_id).await
}

/// Merges a theme into another.
#[utoipa::path(post, path = "/api/v1/admin/themes/{id}/merge", tag = "themes",
    params(("id" = i32, Path, description = "The theme merged away")), request_body = Merge,
    responses((status = 200, body = Themes), NotSignedIn, MayNotModerate, (status = 404),
        (status = 422, description = "No such other theme, itself, or pinned")))]
pub async fn merge(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(body): Json<Merge>,
) -> Result<Json<Themes>, AppError> {
    let theme = edits::merge(&state.db, &editor(&state, &who, locale), id, body.into).await?;
    themes_of(&state, theme.hearing_id).await
}

/// Splits a theme by clustering its responses on their own.
#[utoipa::path(post, path = "/api/v1/admin/themes/{id}/split", tag = "themes",
    params(("id" = i32, Path, description = "The theme's id")),
    responses((status = 200, body = Themes), NotSignedIn, MayNotModerate, (status = 404),
        (status = 422, description = "Too few responses, or pinned")))]
pub async fn split(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
) -> Result<Json<Themes>, AppError> {
    let editor = editor(&state, &who, locale);
    let sources = super::refresh::Sources::of(&state);
    let made = super::split::split(&state.db, sources, &editor, id).await?;
    let hearing_id = made
        .first()
        .map(|t| t.hearing_id)
        .ok_or(AppError::Internal)?;
    themes_of(&state, hearing_id).await
}

/// Pins or unpins a theme.
#[utoipa::path(post, path = "/api/v1/admin/themes/{id}/pin", tag = "themes",
    params(("id" = i32, Path, description = "The theme's id")), request_body = Pin,
    responses((status = 200, body = Themes), NotSignedIn, MayNotModerate, (status = 404)))]
pub async fn pin(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(body): Json<Pin>,
) -> Result<Json<Themes>, AppError> {
    let theme = edits::pin(&state.db, &editor(&state, &who, locale), id, body.pinned).await?;
    themes_of(&state, theme.hearing_id).await
}

/// Puts a response into a theme by hand; re-clustering leaves it there.
#[utoipa::path(post, path = "/api/v1/admin/responses/{id}/theme", tag = "themes",
    params(("id" = i32, Path, description = "The response's id")), request_body = Move,
    responses((status = 200, body = Themes), NotSignedIn, MayNotModerate, (status = 404),
        (status = 422, description = "No such theme in the response's hearing")))]
pub async fn move_response(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(body): Json<Move>,
) -> Result<Json<Themes>, AppError> {
    let editor = editor(&state, &who, locale);
    let theme = edits::move_response(&state.db, &editor, id, body.theme_id).await?;
    themes_of(&state, theme.hearing_id).await
}
