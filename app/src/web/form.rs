//! What every plain HTML form post shares: reading the URL-encoded body (or telling a
//! multipart one), and the 303 that ends an accepted form (post/redirect/get). An official's form reads both, and who sent
//! it, through `crate::auth::OfficialForm`.

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

/// A 303 to `location`.
pub fn see_other(location: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, location.to_owned())],
    )
        .into_response()
}

/// The form's fields, at most `limit` bytes (else 413); a malformed body reads as the
/// default (an empty form), which the form's own checks then refuse.
pub async fn read<T: DeserializeOwned + Default>(body: Body, limit: usize) -> Result<T, Response> {
    let bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    Ok(serde_urlencoded::from_bytes(&bytes).unwrap_or_default())
}

/// Whether the request body is `multipart/form-data`.
pub fn is_multipart(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"))
}
