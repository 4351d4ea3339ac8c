//! Officials and the kept messages: `GET /api/v1/admin/hearings/{slug}/mail/quarantine` (the
//! list), `GET /admin/mail/{id}/message.eml` (one message whole, as a download), and
//! `POST /admin/mail/{id}/resolve` (dealt with: the page form, and the API answering 204).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use super::QuarantinedMail;
use super::quarantine::{find_for, resolve, waiting};
use crate::auth::extract::signed_in_or_sign_in;
use crate::auth::{Capability, OfficialCall, Principal};
use crate::entities::hearing;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::form::see_other;
use crate::web::openapi::{HearingSlug, NoSuchHearing, NotSignedIn};
use sea_orm::EntityTrait;

/// The routes (behind the same-origin check, as every route is).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/hearings/{slug}/mail/quarantine", get(list))
        .route("/api/v1/admin/mail/{id}/resolve", post(resolve_api))
        .route("/admin/mail/{id}/message.eml", get(download))
        .route("/admin/mail/{id}/resolve", post(resolve_form))
}

/// The hearing's e-mails that could not be registered as responses and wait for an official
/// (who may register responses in it).
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/mail/quarantine", tag = "admin",
    params(HearingSlug),
    responses((status = 200, body = Vec<QuarantinedMail>), NotSignedIn, NoSuchHearing,
        (status = 403, description = "The official may not register responses in this hearing")))]
pub async fn list(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<Vec<QuarantinedMail>>, AppError> {
    let hearing = crate::registration::store::may_register(&state.db, &who, &slug).await?;
    Ok(Json(waiting(&state.db, &hearing).await?))
}

/// The hearing's kept messages for the page (empty for an official who may not register).
pub async fn for_page(
    state: &AppState,
    who: &Principal,
    slug: &str,
) -> Result<Vec<QuarantinedMail>, AppError> {
    let hearing = crate::hearing::store::required(&state.db, slug).await?;
    if !who.can(Capability::RegisterResponses, Some(hearing.id)) {
        return Ok(Vec::new());
    }
    waiting(&state.db, &hearing).await
}

/// Marks a kept message as dealt with.
#[utoipa::path(post, path = "/api/v1/admin/mail/{id}/resolve", tag = "admin",
    params(("id" = i32, Path, description = "The kept message's id")),
    responses((status = 204, description = "Dealt with (also when it was before)"), NotSignedIn,
        (status = 403, description = "The official may not register responses in its hearing"),
        (status = 404, description = "No kept message has this id")))]
pub async fn resolve_api(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(id): Path<i32>,
) -> Result<StatusCode, AppError> {
    resolve(&state.db, &who, id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The inbox's "dealt with" button: back to the inbox.
pub async fn resolve_form(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    request: axum::http::Request<Body>,
) -> Response {
    let (parts, _) = request.into_parts();
    let who = match signed_in_or_sign_in(&state, &parts).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let done = async {
        let row = find_for(&state.db, &who, id).await?;
        resolve(&state.db, &who, id, state.clock.now()).await?;
        let slug = hearing::Entity::find_by_id(row.hearing_id)
            .one(&state.db)
            .await?
            .map(|h| h.slug)
            .ok_or(AppError::NotFound)?;
        Ok::<_, AppError>(slug)
    };
    match done.await {
        Ok(slug) => see_other(&format!("/admin/hearings/{slug}/responses")),
        Err(error) => error.into_response(),
    }
}

/// The whole message, as sent, for an official to open in their mail program.
pub async fn download(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    who: Principal,
) -> Result<Response, AppError> {
    let row = find_for(&state.db, &who, id).await?;
    let sha256 = row.sha256.as_deref().ok_or(AppError::NotFound)?;
    let bytes = state
        .attachments
        .read(sha256)
        .await
        .map_err(|e| AppError::internal("opening a kept e-mail", &e))?;
    let name = format!("attachment; filename=\"besked-{id}.eml\"");
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("message/rfc822"),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&name).unwrap_or(HeaderValue::from_static("attachment")),
        ),
        (header::CONTENT_LENGTH, HeaderValue::from(row.size_bytes)),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; sandbox"),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    Ok((headers, Body::from_stream(bytes)).into_response())
}
