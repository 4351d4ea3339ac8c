//! The summaries of a section for programs: `PUT
//! /api/v1/admin/hearings/{slug}/drafts/sections/{anchor}/summaries` (replace them) and
//! `GET …/summaries/suggestion` (the extractive first draft). Officials who manage the hearing.

use std::collections::BTreeMap;

use axum::extract::Path;
use axum::routing::{get, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::write;
use crate::auth::OfficialCall;
use crate::draft::SummaryDto;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::{MayNotManage, NoSuchHearing, NotSignedIn};

/// The routes (behind the same-origin check).
pub fn router() -> Router<AppState> {
    let section = "/api/v1/admin/hearings/{slug}/drafts/sections/{anchor}/summaries";
    Router::new()
        .route(section, put(replace))
        .route(&format!("{section}/suggestion"), get(suggestion))
}

/// A hearing and a section of its current draft.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
pub struct SectionPath {
    /// The hearing's slug.
    pub slug: String,
    /// The section's anchor (`sections[].anchor` of the hearing's draft).
    pub anchor: String,
}

/// A section's summaries as sent: language code → text. The languages left out, or sent
/// empty, have none afterwards.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct SummariesInput {
    /// E.g. `{"da": "Kort fortalt …", "ar": "…"}`; a translation needs the Danish summary.
    pub summaries: BTreeMap<String, String>,
}

/// The extractive first draft of a section's summary.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Suggestion {
    /// The section's most central sentences in the order they stand (empty when it has none).
    pub text: String,
}

/// Replaces a section's summaries; answers with what is stored, Danish first.
#[utoipa::path(put, path = "/api/v1/admin/hearings/{slug}/drafts/sections/{anchor}/summaries",
    tag = "admin", params(SectionPath), request_body = SummariesInput,
    responses((status = 200, body = Vec<SummaryDto>), NotSignedIn, MayNotManage, NoSuchHearing,
        (status = 422, description = "`{\"errors\": {\"summary-{lang}\": message}}`: too long, an unknown language, or a translation without the Danish summary")))]
pub async fn replace(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(SectionPath { slug, anchor }): Path<SectionPath>,
    Json(input): Json<SummariesInput>,
) -> Result<Json<Vec<SummaryDto>>, AppError> {
    let typed: Vec<(String, String)> = input.summaries.into_iter().collect();
    let now = state.clock.now();
    let stored = write::save(&state.db, &who, (&slug, &anchor), &typed, (locale, now)).await?;
    Ok(Json(stored))
}

/// The section's extractive first draft, for officials to edit.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/drafts/sections/{anchor}/summaries/suggestion",
    tag = "admin", params(SectionPath),
    responses((status = 200, body = Suggestion), NotSignedIn, MayNotManage, NoSuchHearing))]
pub async fn suggestion(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(SectionPath { slug, anchor }): Path<SectionPath>,
) -> Result<Json<Suggestion>, AppError> {
    let (_, section) = write::section(&state.db, &who, &slug, &anchor).await?;
    Ok(Json(Suggestion {
        text: write::suggestion(&section),
    }))
}
