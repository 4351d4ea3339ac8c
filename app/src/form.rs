//! What every plain HTML form post shares: reading the URL-encoded body, finding the
//! signed-in official (or sending the browser to sign in first), and the 303 that ends an
//! accepted form (post/redirect/get).

use axum::body::Body;
use axum::http::{StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use crate::auth::{Principal, session};
use crate::state::AppState;

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

/// The signed-in official, or the answer to give instead: without a session a 303 to
/// sign-in that comes back to `next`; a failure as itself.
pub async fn official(state: &AppState, parts: &Parts, next: &str) -> Result<Principal, Response> {
    match session::from_headers(state, &parts.headers).await {
        Ok(Some(who)) => Ok(who),
        Ok(None) => Err(see_other(&format!("/admin/login?next={next}"))),
        Err(error) => Err(error.into_response()),
    }
}
