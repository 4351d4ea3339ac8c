//! JSON API v1 for responses: submit one, list the published ones.

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{Request, StatusCode};
use axum::routing::post;
use axum::{Json, Router};

use super::idempotency::{self, SubmissionKey};
use super::store::Submission;
use super::{ResponsePage, SubmitRequest, Submitted, intake, list, store};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::search::service::SearchParams;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::openapi::HearingSlug;

/// `/api/v1/hearings/{slug}/responses`.
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/api/v1/hearings/{slug}/responses",
        post(submit).get(published),
    )
}

/// Submits a response, as JSON or as `multipart/form-data` with a `response` part (the same
/// JSON) and up to ten `files` (PDF, DOCX, ODT or TXT, checked by content). It is stored at
/// once as `awaiting_verification`, and a one-time link is e-mailed to the respondent.
/// With an `Idempotency-Key`, sending the same submission again (a retry after a timeout or
/// a 502) stores nothing new and answers 202 with the first response's id and svarnummer.
#[utoipa::path(post, path = "/api/v1/hearings/{slug}/responses", tag = "responses",
    params(HearingSlug,
        ("Idempotency-Key" = Option<String>, Header, description = "Names this submission (1 to 255 visible ASCII characters, e.g. a UUID): the same key with the same content answers with the first response; with other content it is a 422")),
    request_body(content(
        (SubmitRequest = "application/json"),
        (MultipartSubmission = "multipart/form-data"))),
    responses(
        (status = 202, description = "Stored; the verification e-mail is on its way", body = Submitted),
        (status = 404, description = "No public hearing has this slug"),
        (status = 409, description = "The hearing is not open for responses"),
        (status = 429, description = "Too many submissions from this IP or e-mail address"),
        (status = 422, description = "Bad input: `{\"errors\": {field: message}}` in the reader's language; `idempotency_key` when the key is malformed or was used for other content")))]
pub async fn submit(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ClientAddr(client): ClientAddr,
    request: Request<Body>,
) -> Result<(StatusCode, Json<Submitted>), AppError> {
    let locale = crate::web::language::locale_from_headers(request.headers());
    let key = idempotency::header_key(request.headers(), locale)?;
    let (body, received) = intake::api_body(&state, request, locale).await?;
    let (new, uploads) = intake::check(&body, received, locale)?;
    let key = key.map(|key| SubmissionKey::new("api", &key, &body, &uploads));
    let submission = Submission {
        new,
        uploads,
        client,
        key,
    };
    let now = state.clock.now();
    let submitted = store::submit(&state, &slug, submission, locale, now).await?;
    state.mail_nudge.notify_one();
    Ok((StatusCode::ACCEPTED, Json(submitted)))
}

/// The multipart form of a submission (documentation only).
#[derive(utoipa::ToSchema)]
#[expect(dead_code, reason = "read by utoipa only")]
pub struct MultipartSubmission {
    /// The submission as JSON, exactly as the JSON body.
    response: SubmitRequest,
    /// The attached files.
    #[schema(value_type = Vec<String>, format = Binary)]
    files: Vec<Vec<u8>>,
}

/// Lists a hearing's published responses, newest first, with public fields only. With `q`,
/// `kind`, `section`, `language` or `stance` it searches them through the index instead:
/// best match first (or `sort=newest`), each item with a `snippet`, and `facets` at the top.
/// A query with a syntax problem is answered with the results of its plain words and a
/// `problem` saying what was wrong.
#[utoipa::path(get, path = "/api/v1/hearings/{slug}/responses", tag = "responses",
    params(HearingSlug, SearchParams),
    responses(
        (status = 200, description = "Published responses", body = ResponsePage),
        (status = 404, description = "No public hearing has this slug")))]
pub async fn published(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(paging): Query<SearchParams>,
    locale: Locale,
) -> Result<Json<ResponsePage>, AppError> {
    let hearing = crate::hearing::store::public(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    if paging.is_search() {
        let page =
            super::list::searched(&state.db, &state.search, hearing.id, &paging, locale).await?;
        return Ok(Json(page));
    }
    let page = list::published(&state.db, hearing.id, paging.paging()).await?;
    Ok(Json(page))
}
