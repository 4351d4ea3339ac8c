//! `GET /lang/{code}?next=/path`: remembers the chosen language in a cookie and goes back
//! to the page the reader was on (only a path on this site: [`crate::redirect`]). A plain
//! link, so it works without JavaScript.

use axum::Router;
use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::{LANG_COOKIE, Locale};
use crate::error::AppError;
use crate::state::AppState;

#[derive(Deserialize)]
struct Next {
    next: Option<String>,
}

/// The language switch route.
pub fn router() -> Router<AppState> {
    Router::new().route("/lang/{code}", get(switch))
}

async fn switch(Path(code): Path<String>, Query(query): Query<Next>) -> Result<Response, AppError> {
    let locale = Locale::parse(&code).ok_or(AppError::NotFound)?;
    let next = crate::redirect::local_or(query.next.as_deref(), "/");
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.code()
    );
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, next)]).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// The language a page is rendered in: the language cookie, else Danish. Pages, the forms
/// posted from them and the e-mails those forms cause all use this, so a reader never gets a
/// Danish page with English messages in it.
pub fn page_locale(headers: &axum::http::HeaderMap) -> Locale {
    headers
        .get(header::COOKIE)
        .and_then(|value| value.to_str().ok())
        .map(Locale::from_cookie_header)
        .unwrap_or_default()
}

/// The reader's language for an API request: the language cookie, else the first language
/// of `Accept-Language` that Ordet speaks, else Danish.
pub fn locale_from_headers(headers: &axum::http::HeaderMap) -> Locale {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(cookie) = header(header::COOKIE).filter(|c| c.contains(LANG_COOKIE)) {
        return Locale::from_cookie_header(cookie);
    }
    header(header::ACCEPT_LANGUAGE)
        .into_iter()
        .flat_map(|value| value.split(','))
        .filter_map(|part| {
            Locale::parse(
                part.split(';')
                    .next()
                    .unwrap_or("")
                    .split('-')
                    .next()
                    .unwrap_or(""),
            )
        })
        .next()
        .unwrap_or_default()
}
