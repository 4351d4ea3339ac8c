//! The themes' JSON API: `GET /api/v1/hearings/{slug}/themes` (public: published responses
//! only), `GET /api/v1/admin/hearings/{slug}/themes` (officials, with quotes' sentences),
//! `POST /api/v1/admin/hearings/{slug}/themes/refresh` (compute now), and the edits in
//! [`super::edit_api`].

use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};

use super::Themes;
use super::summary::{self, Audience};
use crate::auth::{Capability, OfficialCall};
use crate::error::AppError;
use crate::hearing;
use crate::hearing::store::hearing_for;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, MayNotModerate, NoSuchHearing, NotSignedIn};

/// The public route.
pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/hearings/{slug}/themes", get(public))
}

/// The officials' routes (behind the same-origin check).
pub fn admin_router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/hearings/{slug}/themes", get(officials))
        .route(
            "/api/v1/admin/hearings/{slug}/themes/refresh",
            post(refresh),
        )
        .merge(super::edit_api::router())
}

/// A public hearing's themes and campaigns, counted over its published responses.
#[utoipa::path(get, path = "/api/v1/hearings/{slug}/themes", tag = "themes",
    params(HearingSlug),
    responses((status = 200, body = Themes),
        (status = 404, description = "No public hearing has this slug")))]
pub async fn public(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Themes>, AppError> {
    let hearing = hearing::store::public(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(
        super::public_cache::read(&state.db, hearing.id).await?,
    ))
}

/// Every theme and campaign of a hearing, over every confirmed response not rejected.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/themes", tag = "themes",
    params(HearingSlug),
    responses((status = 200, body = Themes), NotSignedIn,
        (status = 403, description = "The role may not read this hearing's responses"),
        NoSuchHearing))]
pub async fn officials(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<Themes>, AppError> {
    let hearing = hearing_for(&state.db, &who, &slug, Capability::ReadResponses).await?;
    Ok(Json(
        summary::read(&state.db, hearing.id, Audience::Officials).await?,
    ))
}

/// Computes a hearing's themes and campaigns now (they are otherwise computed in the
/// background shortly after responses change) and returns them.
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/themes/refresh", tag = "themes",
    params(HearingSlug),
    responses((status = 200, body = Themes), NotSignedIn,
        MayNotModerate,
        NoSuchHearing))]
pub async fn refresh(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<Themes>, AppError> {
    let hearing = hearing_for(&state.db, &who, &slug, Capability::Moderate).await?;
    super::refresh::refresh_for_official(&state, hearing.id).await?;
    Ok(Json(
        summary::read(&state.db, hearing.id, Audience::Officials).await?,
    ))
}
