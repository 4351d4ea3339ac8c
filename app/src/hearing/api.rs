//! The read side of the JSON API v1 for hearings.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::{HearingDetail, HearingSummary, store};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::HearingSlug;

/// The list of public hearings.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct HearingList {
    /// Public hearings, the most recently opened first.
    pub hearings: Vec<HearingSummary>,
}

/// `/api/v1/hearings` and `/api/v1/hearings/{slug}`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/hearings", get(list))
        .route("/api/v1/hearings/{slug}", get(show))
}

/// Lists the public hearings.
#[utoipa::path(get, path = "/api/v1/hearings", tag = "hearings",
    responses((status = 200, description = "Public hearings", body = HearingList)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<HearingList>, AppError> {
    let hearings = store::list_public(&state.db, state.clock.now()).await?;
    Ok(Json(HearingList { hearings }))
}

/// One public hearing with its milestones, annexes and the current draft's sections and
/// paragraphs (with their anchors).
#[utoipa::path(get, path = "/api/v1/hearings/{slug}", tag = "hearings",
    params(HearingSlug),
    responses(
        (status = 200, description = "The hearing", body = HearingDetail),
        (status = 404, description = "No public hearing has this slug")))]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<HearingDetail>, AppError> {
    store::detail(&state.db, &slug, state.clock.now())
        .await?
        .map(Json)
        .ok_or(AppError::NotFound)
}
