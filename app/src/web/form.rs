//! What every plain HTML form post shares: reading the URL-encoded body (or telling a
//! multipart one) with the page's language ([`PageForm`]), and the 303 that ends an accepted
//! form (post/redirect/get). An official's form reads the same and who sent it, through
//! `crate::auth::OfficialForm`.

use axum::body::Body;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use super::language::page_locale;
use crate::i18n::Locale;

/// The largest form body of a public page unless a handler says otherwise (`PageForm<T, MAX>`).
pub const PAGE_FORM_BYTES: usize = 16 * 1024;

/// A form posted from a page of the site: the page's language (for the messages of a
/// refusal), the fields (at most `MAX` bytes, else 413; a malformed body reads as the empty
/// form, which the form's checks refuse) and the request's head, to render the page again.
#[derive(Debug)]
pub struct PageForm<T, const MAX: usize = PAGE_FORM_BYTES> {
    /// The page's language.
    pub locale: Locale,
    /// The fields as posted.
    pub fields: T,
    /// The request's head.
    pub page: Parts,
}

impl<T, const MAX: usize> PageForm<T, MAX> {
    /// The request for the page again (the form's page: every form posts to its own path).
    pub fn page_request(&self) -> Request {
        Request::from_parts(self.page.clone(), Body::empty())
    }
}

impl<S, T, const MAX: usize> FromRequest<S> for PageForm<T, MAX>
where
    S: Send + Sync,
    T: DeserializeOwned + Default + Send,
{
    type Rejection = Response;

    async fn from_request(request: Request, _: &S) -> Result<Self, Response> {
        let locale = page_locale(request.headers());
        let (page, body) = request.into_parts();
        let fields = read(body, MAX).await?;
        Ok(PageForm {
            locale,
            fields,
            page,
        })
    }
}

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
