//! `GET /my-data/export.json` (the resident's download: the data page's data as one JSON
//! document), and the officials' `GET /api/v1/admin/hearings/{slug}/erasure-requests` and
//! `POST /api/v1/admin/erasure-requests/{id}/carry-out`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use super::carry_out::{Carried, carry_out, collect_files};
use super::{ErasureList, erasure, gather, grant};
use crate::auth::OfficialCall;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, MayNotModerate, NoSuchHearing, NotSignedIn};

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/my-data/export.json", get(export))
        .route("/api/v1/admin/hearings/{slug}/erasure-requests", get(list))
        .route("/api/v1/admin/erasure-requests/{id}/carry-out", post(carry))
}

/// Everything stored about the address of this browser's grant, as a download; 401 without
/// a live grant.
async fn export(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let email = grant::email(&state, &headers)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let data = gather::gather(&state.db, &email, state.clock.now()).await?;
    let headers = [
        (
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"ordet-my-data.json\"",
        ),
        (header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, Json(data)).into_response())
}

/// A hearing's erasure requests, pending first.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/erasure-requests", tag = "admin",
    params(HearingSlug),
    responses((status = 200, body = ErasureList), NotSignedIn,
        MayNotModerate,
        NoSuchHearing))]
pub async fn list(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<ErasureList>, AppError> {
    Ok(Json(erasure::list(&state.db, &who, &slug).await?))
}

/// Carries out an erasure request: the response is erased entirely, or, when its hearing has
/// been decided, anonymised with its text kept.
#[utoipa::path(post, path = "/api/v1/admin/erasure-requests/{id}/carry-out", tag = "admin",
    params(("id" = i32, Path, description = "The request's id")),
    responses((status = 200, body = Carried), NotSignedIn,
        (status = 403, description = "The role may not moderate the response's hearing"),
        (status = 404, description = "No such request"),
        (status = 409, description = "Carried out already")))]
pub async fn carry(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(id): Path<i32>,
) -> Result<Json<Carried>, AppError> {
    let carried = carry_out(&state.db, &who, id, state.clock.now()).await?;
    collect_files(&state).await;
    Ok(Json(carried))
}
