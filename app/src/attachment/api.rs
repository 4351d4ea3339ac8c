//! `GET /attachments/{id}/{name}`: a published response's file, served by the app only,
//! always as a download (never rendered in the site's origin), with its checked type — once
//! its text was checked for CPR numbers or an official released it.

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::{EntityTrait, QueryFilter};

use super::store::kind_of;
use crate::disclosure;
use crate::entities::{attachment, response};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::language::locale_from_headers;

/// The download route.
pub fn router() -> Router<AppState> {
    Router::new().route("/attachments/{id}/{name}", get(download))
}

/// Sends the file when its response is published and the file is public (see
/// [`super::disclosure`]); 404 when the response is not published (an unpublished file does
/// not exist to the public), 403 with a plain message while the file waits for a check.
#[utoipa::path(get, path = "/attachments/{id}/{name}", tag = "responses",
    params(
        ("id" = i32, Path, description = "The attachment's id"),
        ("name" = String, Path, description = "The file name (for readable links; not checked)")),
    responses(
        (status = 200, description = "The file, as a download (`Content-Disposition: attachment`) \
            with the type found by its content: application/pdf, Word, OpenDocument text or \
            text/plain", content_type = "application/octet-stream"),
        (status = 403, description = "Not public yet: its text has not been checked for CPR \
            numbers (or seems to hold one) and no official has released it", content_type = "text/plain"),
        (status = 404, description = "No such file, or its response is not published")))]
pub async fn download(
    State(state): State<AppState>,
    Path((id, _name)): Path<(i32, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (row, response_id) = super::store::held(&state.db, id).await?;
    let published = response::Entity::find_by_id(response_id)
        .filter(crate::disclosure::public::condition())
        .one(&state.db)
        .await?
        .is_some();
    if !published {
        return Err(AppError::NotFound);
    }
    if !disclosure::file::of(&row).is_public() {
        return Ok(not_public_yet(&headers));
    }
    serve(&state, &row).await
}

/// 403 with why, in the reader's language, as plain text a browser shows as it is.
fn not_public_yet(headers: &HeaderMap) -> Response {
    let message = locale_from_headers(headers)
        .messages()
        .file_not_public_yet();
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    (StatusCode::FORBIDDEN, headers, message).into_response()
}

/// The stored file, streamed from the store, as a download that browsers never render in the
/// site's origin.
pub async fn serve(state: &AppState, row: &attachment::Model) -> Result<Response, AppError> {
    let kind = kind_of(row).ok_or(AppError::NotFound)?;
    let bytes = state
        .attachments
        .read(&row.sha256)
        .await
        .map_err(|e| AppError::internal("opening a stored attachment", &e))?;
    let body = Body::from_stream(bytes);
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static(kind.content_type()),
        ),
        (header::CONTENT_DISPOSITION, disposition(&row.filename)),
        (header::CONTENT_LENGTH, HeaderValue::from(row.size_bytes)),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; sandbox"),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
    ];
    Ok((headers, body).into_response())
}

/// `attachment` with an ASCII fallback name and the exact name in RFC 5987 form.
fn disposition(name: &str) -> HeaderValue {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._- ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let exact = percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC);
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{fallback}\"; filename*=UTF-8''{exact}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

#[cfg(test)]
mod tests {
    use super::disposition;

    #[test]
    fn the_download_name_is_safe_and_exact() {
        assert_eq!(
            disposition("Høringssvar \"endelig\".pdf"),
            "attachment; filename=\"H_ringssvar _endelig_.pdf\"; \
             filename*=UTF-8''H%C3%B8ringssvar%20%22endelig%22%2Epdf"
        );
    }
}
