//! The outcome for programs and downloads: `GET /api/v1/hearings/{slug}/outcome` (public: the
//! outcome and the høringsnotat, once published), `GET|PUT /api/v1/admin/hearings/{slug}/outcome`
//! (officials: the page's data; save the decision), `POST …/outcome/publish` (publish once),
//! and the høringsnotat as Word (`/hearings/{slug}/outcome.docx`) and as a printable page
//! (`/hearings/{slug}/outcome/print`: print it or save it as PDF from the browser).

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::{OutcomeAdmin, OutcomeFields, OutcomeView, publish, store};
use crate::auth::OfficialCall;
use crate::error::AppError;
use crate::hvidbog::{docx, print};
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, MayNotManage, NoSuchHearing, NotSignedIn};

/// The routes (the officials' behind the same-origin check, as every route is).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/hearings/{slug}/outcome", get(public))
        .route("/api/v1/admin/hearings/{slug}/outcome", get(show).put(save))
        .route(
            "/api/v1/admin/hearings/{slug}/outcome/publish",
            post(publish_outcome),
        )
        .route("/hearings/{slug}/outcome.docx", get(download_docx))
        .route("/hearings/{slug}/outcome/print", get(printable))
}

/// The public outcome of a hearing with its høringsnotat.
#[utoipa::path(get, path = "/api/v1/hearings/{slug}/outcome", tag = "hearings",
    params(HearingSlug),
    responses((status = 200, body = OutcomeView),
        (status = 404, description = "No public hearing has this slug, or its outcome is not published")))]
pub async fn public(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<OutcomeView>, AppError> {
    store::public_view(&state.db, &slug, state.clock.now())
        .await?
        .map(Json)
        .ok_or(AppError::NotFound)
}

/// The officials' view: the decision, the checklist and the previews.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/outcome", tag = "admin",
    params(HearingSlug),
    responses((status = 200, body = OutcomeAdmin), NotSignedIn, MayNotManage, NoSuchHearing))]
pub async fn show(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<OutcomeAdmin>, AppError> {
    Ok(Json(store::admin_view(&state, &who, &slug).await?))
}

/// Saves the decision (before or after publishing; it never sends mail).
#[utoipa::path(put, path = "/api/v1/admin/hearings/{slug}/outcome", tag = "admin",
    params(HearingSlug), request_body = OutcomeFields,
    responses((status = 200, body = OutcomeAdmin), NotSignedIn, MayNotManage, NoSuchHearing,
        (status = 422, description = "`{\"errors\": {field: message}}` for decided_on, committee, minutes_url or decision")))]
pub async fn save(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(fields): Json<OutcomeFields>,
) -> Result<Json<OutcomeAdmin>, AppError> {
    let now = state.clock.now();
    store::save(&state.db, &who, &slug, &fields, (locale, now)).await?;
    Ok(Json(store::admin_view(&state, &who, &slug).await?))
}

/// What publishing needs to be told.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct PublishInput {
    /// The consulted parties that did not answer were considered (needed when there are any).
    #[serde(default)]
    pub parties_considered: bool,
}

/// What publishing did.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PublishAnswer {
    /// E-mails queued: one per respondent's address.
    pub mails: usize,
    /// Responses whose respondents have no address (they need a letter).
    pub letters: usize,
    /// The public outcome page.
    pub page_url: String,
}

/// Publishes the outcome once: the hearing becomes decided and every respondent with an
/// address gets one e-mail.
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/outcome/publish", tag = "admin",
    params(HearingSlug), request_body = PublishInput,
    responses((status = 200, body = PublishAnswer), NotSignedIn, MayNotManage, NoSuchHearing,
        (status = 409, description = "The hearing is not being processed, or the outcome is already published"),
        (status = 422, description = "`{\"errors\": {field: message}}`: `publish` (no decision saved), `remarks` (responses without a remark), `parties_considered`")))]
pub async fn publish_outcome(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(input): Json<PublishInput>,
) -> Result<Json<PublishAnswer>, AppError> {
    let context = (locale, state.clock.now(), state.base_url.as_str());
    let done = publish::publish(&state.db, &who, &slug, input.parties_considered, context).await?;
    state.mail_nudge.notify_one();
    Ok(Json(PublishAnswer {
        mails: done.mails,
        letters: done.letters,
        page_url: format!("/hearings/{slug}/outcome"),
    }))
}

/// The media type of a .docx.
const DOCX_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The høringsnotat as Word (published responses only).
pub async fn download_docx(State(state): State<AppState>, Path(slug): Path<String>) -> Response {
    let now = state.clock.now();
    let view = match store::public_view(&state.db, &slug, now).await {
        Ok(Some(view)) => view,
        Ok(None) => return AppError::NotFound.into_response(),
        Err(error) => return error.into_response(),
    };
    match docx::docx(&view.notat, now) {
        Ok(bytes) => {
            let disposition = format!("attachment; filename=\"hoeringsnotat-{slug}.docx\"");
            let headers = [
                (header::CONTENT_TYPE, DOCX_TYPE.to_owned()),
                (header::CONTENT_DISPOSITION, disposition),
            ];
            (headers, bytes).into_response()
        }
        Err(error) => error.into_response(),
    }
}

/// The printable høringsnotat (published responses only).
pub async fn printable(State(state): State<AppState>, Path(slug): Path<String>) -> Response {
    match store::public_view(&state.db, &slug, state.clock.now()).await {
        Ok(Some(view)) => Html(print::html(&view.notat)).into_response(),
        Ok(None) => AppError::NotFound.into_response(),
        Err(error) => error.into_response(),
    }
}
