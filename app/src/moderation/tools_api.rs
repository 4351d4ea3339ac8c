//! The officials' JSON for one response and for many: its page's data, notes, tags, bulk
//! actions, and its files for officials (any status) with their release to the public.

use axum::extract::Path;
use axum::response::Response;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use sea_orm::EntityTrait;
use serde::Deserialize;

use super::bulk::{self, BulkOutcome, BulkRequest};
use super::{NoteView, ResponseDetail, detail, notes};
use crate::auth::{Capability, OfficialCall};
use crate::entities::response;
use crate::error::AppError;
use crate::response::admin::AdminAttachment;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, MayNotModerate, NoRole, NoSuchHearing, NotSignedIn};

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/admin/hearings/{slug}/moderation",
            post(bulk_action),
        )
        .route("/api/v1/admin/responses/{id}", get(one))
        .route(
            "/api/v1/admin/responses/{id}/notes",
            get(list_notes).post(add_note),
        )
        .route("/api/v1/admin/responses/{id}/tags", post(add_tag))
        .route(
            "/api/v1/admin/responses/{id}/tags/{tag}",
            delete(remove_tag),
        )
        .route("/api/v1/admin/attachments/{id}/{name}", get(download))
        .route(
            "/api/v1/admin/responses/{id}/attachments/{attachment_id}/release",
            post(release),
        )
}

/// Applies one action to many responses of a hearing.
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/moderation", tag = "admin",
    params(HearingSlug),
    request_body = BulkRequest,
    responses((status = 200, body = BulkOutcome, description = "What was changed and what was left alone, and why"),
        NotSignedIn, MayNotModerate,
        NoSuchHearing,
        (status = 422, description = "No responses, no action, or a missing reason or tag")))]
pub async fn bulk_action(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(request): Json<BulkRequest>,
) -> Result<Json<BulkOutcome>, AppError> {
    let hearing = crate::hearing::store::required(&state.db, &slug).await?;
    let outcome = bulk::apply(
        &state.db,
        &who,
        hearing.id,
        request,
        (locale, state.clock.now()),
    )
    .await?;
    state.mail_nudge.notify_one();
    Ok(Json(outcome))
}

/// One response with its paragraph, files and their text, notes, history and the responses
/// most like it.
#[utoipa::path(get, path = "/api/v1/admin/responses/{id}", tag = "admin",
    params(("id" = i32, Path, description = "The response's id")),
    responses((status = 200, body = ResponseDetail), NotSignedIn,
        NoRole, (status = 404, description = "No such response")))]
pub async fn one(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(id): Path<i32>,
) -> Result<Json<ResponseDetail>, AppError> {
    let found = detail::load(&state.db, &who, id).await?;
    let found = super::similar::with_similar(&state.db, &state.search, found).await?;
    Ok(Json(found))
}

/// The internal notes on a response.
#[utoipa::path(get, path = "/api/v1/admin/responses/{id}/notes", tag = "admin",
    params(("id" = i32, Path, description = "The response's id")),
    responses((status = 200, body = Vec<NoteView>), NotSignedIn,
        NoRole, (status = 404, description = "No such response")))]
pub async fn list_notes(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(id): Path<i32>,
) -> Result<Json<Vec<NoteView>>, AppError> {
    Ok(Json(notes::notes(&state.db, &who, id).await?))
}

/// A note to add.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewNote {
    /// The note (1–5,000 characters).
    pub note: String,
}

/// Adds an internal note; answers with every note.
#[utoipa::path(post, path = "/api/v1/admin/responses/{id}/notes", tag = "admin",
    params(("id" = i32, Path, description = "The response's id")), request_body = NewNote,
    responses((status = 200, body = Vec<NoteView>), NotSignedIn,
        MayNotModerate,
        (status = 404, description = "No such response"), (status = 422, description = "Empty or too long")))]
pub async fn add_note(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(new): Json<NewNote>,
) -> Result<Json<Vec<NoteView>>, AppError> {
    let at = (locale, state.clock.now());
    notes::add_note(&state.db, &who, id, &new.note, at).await?;
    Ok(Json(notes::notes(&state.db, &who, id).await?))
}

/// A tag to add.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewTag {
    /// Letters, digits, spaces and `-`, at most 40 characters; stored in lower case.
    pub tag: String,
}

/// Adds a tag; answers with the response's tags.
#[utoipa::path(post, path = "/api/v1/admin/responses/{id}/tags", tag = "admin",
    params(("id" = i32, Path, description = "The response's id")), request_body = NewTag,
    responses((status = 200, body = Vec<String>), NotSignedIn,
        MayNotModerate,
        (status = 404, description = "No such response"), (status = 422, description = "Not a valid tag")))]
pub async fn add_tag(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(new): Json<NewTag>,
) -> Result<Json<Vec<String>>, AppError> {
    let at = (locale, state.clock.now());
    notes::add_tag(&state.db, &who, id, &new.tag, at).await?;
    Ok(Json(detail::load(&state.db, &who, id).await?.response.tags))
}

/// Removes a tag; answers with the response's tags.
#[utoipa::path(delete, path = "/api/v1/admin/responses/{id}/tags/{tag}", tag = "admin",
    params(("id" = i32, Path, description = "The response's id"), ("tag" = String, Path, description = "The tag")),
    responses((status = 200, body = Vec<String>), NotSignedIn,
        MayNotModerate,
        (status = 404, description = "No such response")))]
pub async fn remove_tag(
    OfficialCall { state, who, locale }: OfficialCall,
    Path((id, tag)): Path<(i32, String)>,
) -> Result<Json<Vec<String>>, AppError> {
    let at = (locale, state.clock.now());
    notes::remove_tag(&state.db, &who, id, &tag, at).await?;
    Ok(Json(detail::load(&state.db, &who, id).await?.response.tags))
}

/// A response's file for officials, whatever the response's status.
#[utoipa::path(get, path = "/api/v1/admin/attachments/{id}/{name}", tag = "admin",
    params(("id" = i32, Path, description = "The attachment's id"),
        ("name" = String, Path, description = "The file name (for readable links; not checked)")),
    responses((status = 200, description = "The file, as a download", content_type = "application/octet-stream"),
        NotSignedIn, NoRole,
        (status = 404, description = "No such file")))]
pub async fn download(
    OfficialCall { state, who, .. }: OfficialCall,
    Path((id, _name)): Path<(i32, String)>,
) -> Result<Response, AppError> {
    let (row, response_id) = crate::attachment::store::held(&state.db, id).await?;
    let owner = response::Entity::find_by_id(response_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::ReadResponses, Some(owner.hearing_id))?;
    crate::attachment::api::serve(&state, &row).await
}

/// Releases a file of the response to the public (it is public once the response is
/// published), although its text could not be checked for CPR numbers or seems to hold one.
/// Audited on the response; releasing a released file changes nothing.
#[utoipa::path(post, path = "/api/v1/admin/responses/{id}/attachments/{attachment_id}/release", tag = "admin",
    params(("id" = i32, Path, description = "The response's id"),
        ("attachment_id" = i32, Path, description = "The file's id")),
    responses((status = 200, body = AdminAttachment, description = "The file, now released"),
        NotSignedIn,
        MayNotModerate,
        (status = 404, description = "No such response, or the file is not this response's")))]
pub async fn release(
    OfficialCall { state, who, .. }: OfficialCall,
    Path((id, attachment_id)): Path<(i32, i32)>,
) -> Result<Json<AdminAttachment>, AppError> {
    let released =
        super::release_file(&state.db, &who, (id, attachment_id), state.clock.now()).await?;
    Ok(Json(AdminAttachment::from(released)))
}
