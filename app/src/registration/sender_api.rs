//! Correcting a registered response's sender: the page's form (`POST
//! /admin/responses/{id}/sender`, without JavaScript too: back to the response, 303; refused:
//! the page again, 422, with what was typed) and `PUT /api/v1/admin/responses/{id}/sender`.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{post, put};
use axum::{Json, Router};

use super::sender::correct;
use super::{SenderForm, SenderFormState, SenderRequest};
use crate::auth::{OfficialCall, OfficialForm};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::NotSignedIn;

/// The routes (behind the same-origin check, as every route is).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/responses/{id}/sender", post(post_sender))
        .route("/api/v1/admin/responses/{id}/sender", put(put_sender))
}

/// Corrects the sender of a response that came by e-mail, by letter or at a meeting (the
/// text, number and address stay); audited as `response.sender`.
#[utoipa::path(put, path = "/api/v1/admin/responses/{id}/sender", tag = "admin",
    params(("id" = i32, Path, description = "The response's id")),
    request_body = SenderRequest,
    responses((status = 204, description = "Corrected"), NotSignedIn,
        (status = 403, description = "The official may not register responses in its hearing"),
        (status = 404, description = "No response has this id"),
        (status = 409, description = "Sent through the site (its respondent's own details), or its personal data is erased"),
        (status = 422, description = "`{\"errors\": {field: message}}` as the response form checks the fields")))]
pub async fn put_sender(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(body): Json<SenderRequest>,
) -> Result<StatusCode, AppError> {
    correct(&state.db, &who, id, &body, (locale, state.clock.now())).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The page's form.
pub async fn post_sender(
    axum::extract::State(state): axum::extract::State<AppState>,
    Path(id): Path<i32>,
    posted: OfficialForm<SenderForm>,
) -> Response {
    let body = posted.fields.to_request();
    let at = (posted.locale, state.clock.now());
    let done = correct(&state.db, &posted.who, id, &body, at).await;
    let outcome = done.map(|()| format!("/admin/responses/{id}?saved=1"));
    let values = posted.fields.clone();
    state
        .answer_form(outcome, posted.page_request(), |errors| SenderFormState {
            values,
            errors,
        })
        .await
}
