//! `/api/v1/admin/hearings…`: create, read and update a hearing, move its status, upload a
//! draft (or only preview it), compare versions. 401 without a session, 403 without the
//! role; messages in the language of `Accept-Language` (or the language cookie).

use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::status_flow::Target;
use super::{DraftDiff, HearingAdmin, SettingsInput, drafts, store, write};
use crate::auth::OfficialCall;
use crate::draft::DraftDto;
use crate::draft::store::ImportOutcome;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, MayNotManage, NoRole, NoSuchHearing, NotSignedIn};

/// The routes (merged behind the same-origin check).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/hearings", post(create))
        .route("/api/v1/admin/hearings/{slug}", get(show).put(update))
        .route("/api/v1/admin/hearings/{slug}/status", post(status))
        .route("/api/v1/admin/hearings/{slug}/drafts", post(upload))
        .route("/api/v1/admin/hearings/{slug}/drafts/diff", get(diff))
}

async fn answer(state: &AppState, slug: &str) -> Result<Json<HearingAdmin>, AppError> {
    let model = crate::hearing::store::required(&state.db, slug).await?;
    Ok(Json(
        store::admin_view(&state.db, model, false, state.clock.now()).await?,
    ))
}

/// Creates a hearing as a draft (global admins and officials).
#[utoipa::path(post, path = "/api/v1/admin/hearings", tag = "admin", request_body = SettingsInput,
    responses((status = 201, body = HearingAdmin), NotSignedIn,
        (status = 403, description = "Needs a role for every hearing that may manage hearings"),
        (status = 422, description = "`errors`: field → message (slug taken, bad journal number, …)")))]
pub async fn create(
    OfficialCall { state, who, locale }: OfficialCall,
    Json(input): Json<SettingsInput>,
) -> Result<(StatusCode, Json<HearingAdmin>), AppError> {
    let model = write::create(&state.db, &who, &input, locale, state.clock.now()).await?;
    Ok((StatusCode::CREATED, answer(&state, &model.slug).await?))
}

/// One hearing with its settings, allowed status changes, versions and history.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}", tag = "admin",
    params(HearingSlug),
    responses((status = 200, body = HearingAdmin), NotSignedIn,
        MayNotManage,
        NoSuchHearing))]
pub async fn show(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<HearingAdmin>, AppError> {
    store::manageable(&state.db, &who, &slug).await?;
    answer(&state, &slug).await
}

/// Replaces the settings, timetable and digest recipients (the slug never changes).
#[utoipa::path(put, path = "/api/v1/admin/hearings/{slug}", tag = "admin",
    params(HearingSlug),
    request_body = SettingsInput,
    responses((status = 200, body = HearingAdmin), NotSignedIn,
        MayNotManage,
        NoSuchHearing,
        (status = 422, description = "`errors`: field → message")))]
pub async fn update(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(input): Json<SettingsInput>,
) -> Result<Json<HearingAdmin>, AppError> {
    write::update(&state.db, &who, &slug, &input, locale, state.clock.now()).await?;
    answer(&state, &slug).await
}

/// A status change.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct StatusChange {
    /// `published`, `processing` or `decided`.
    pub status: String,
}

/// Moves the hearing along draft → published → processing → decided.
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/status", tag = "admin",
    params(HearingSlug),
    request_body = StatusChange,
    responses((status = 200, body = HearingAdmin), NotSignedIn,
        MayNotManage,
        (status = 409, description = "Not allowed from the current status; the message says why"),
        (status = 422, description = "Unknown status")))]
pub async fn status(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(change): Json<StatusChange>,
) -> Result<Json<HearingAdmin>, AppError> {
    store::manageable(&state.db, &who, &slug).await?;
    let target = Target::parse(&change.status)
        .ok_or_else(|| AppError::field("status", locale.messages().ha_status_unknown()))?;
    write::change_status(&state.db, &who, &slug, target, locale, state.clock.now()).await?;
    answer(&state, &slug).await
}

/// `?preview=true` parses only.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct DraftQuery {
    /// Only parse and show; store nothing.
    pub preview: Option<bool>,
}

/// What an upload did.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DraftUploaded {
    /// `preview`, `created` or `unchanged`.
    pub outcome: String,
    /// The version it is (or would be).
    pub version_no: i32,
    /// The parsed draft (a preview only).
    pub draft: Option<DraftDto>,
}

/// Uploads a new draft version: the body is the Markdown file (UTF-8), or a Word (`.docx`)
/// or OpenDocument (`.odt`) file whose Title and Heading styles give the outline.
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/drafts", tag = "admin",
    params(HearingSlug, DraftQuery),
    request_body(content = String, content_type = "text/markdown"),
    responses((status = 200, body = DraftUploaded, description = "A preview, or unchanged"),
        (status = 201, body = DraftUploaded, description = "Stored as the next version"),
        NotSignedIn,
        MayNotManage,
        (status = 422, description = "`errors.markdown`: why the parser refused it")))]
pub async fn upload(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Query(query): Query<DraftQuery>,
    body: Bytes,
) -> Result<(StatusCode, Json<DraftUploaded>), AppError> {
    let now = state.clock.now();
    store::manageable(&state.db, &who, &slug).await?;
    let body = drafts::markdown_source(Vec::from(body), locale).await?;
    if query.preview.unwrap_or(false) {
        let model = store::manageable(&state.db, &who, &slug).await?;
        let draft = drafts::preview(&state.db, model.id, &body, locale, now).await?;
        let answer = DraftUploaded {
            outcome: "preview".into(),
            version_no: draft.version_no,
            draft: Some(draft),
        };
        return Ok((StatusCode::OK, Json(answer)));
    }
    let (status, outcome, version_no) =
        match drafts::publish(&state.db, &who, &slug, &body, locale, now).await? {
            ImportOutcome::Created { version_no, .. } => {
                (StatusCode::CREATED, "created", version_no)
            }
            ImportOutcome::Unchanged { version_no } => (StatusCode::OK, "unchanged", version_no),
        };
    let answer = DraftUploaded {
        outcome: outcome.into(),
        version_no,
        draft: None,
    };
    Ok((status, Json(answer)))
}

/// The versions to compare.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct DiffQuery {
    /// The older version (default: the one before `to`).
    pub from: Option<i32>,
    /// The newer version (default: the latest).
    pub to: Option<i32>,
}

/// The differences between two versions, per section and paragraph, with word runs.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/drafts/diff", tag = "admin",
    params(HearingSlug, DiffQuery),
    responses((status = 200, description = "The diff (JSON)"),
        NotSignedIn,
        NoRole,
        (status = 404, description = "No such hearing or version")))]
pub async fn diff(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
    Query(query): Query<DiffQuery>,
) -> Result<Json<DraftDiff>, AppError> {
    let (_, diff) = drafts::diff_for(&state.db, &who, &slug, query.from, query.to).await?;
    diff.map(Json).ok_or(AppError::NotFound)
}
