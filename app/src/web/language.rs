//! `GET /lang/{code}?next=/path`: remembers the chosen language in a cookie and goes back
//! to the page the reader was on (only a path on this site: [`crate::web::redirect`]). A plain
//! link, so it works without JavaScript.

use std::convert::Infallible;

use axum::Router;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use crate::error::AppError;
use crate::i18n::{LANG_COOKIE, Locale};

#[derive(Deserialize)]
struct Next {
    next: Option<String>,
}

/// The language switch route.
pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route("/lang/{code}", get(switch))
}

async fn switch(Path(code): Path<String>, Query(query): Query<Next>) -> Result<Response, AppError> {
    let locale = Locale::parse(&code).ok_or(AppError::NotFound)?;
    let next = super::redirect::local_or(query.next.as_deref(), "/");
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

/// The API request's language as an extractor: [`locale_from_headers`].
impl<S: Send + Sync> FromRequestParts<S> for Locale {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        Ok(locale_from_headers(&parts.headers))
    }
}

/// The language of the page a request renders or a form was posted from, as an extractor:
/// [`page_locale`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageLocale(pub Locale);

impl<S: Send + Sync> FromRequestParts<S> for PageLocale {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        Ok(PageLocale(page_locale(&parts.headers)))
    }
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::{locale_from_headers, page_locale};
    use crate::i18n::Locale;

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| (name.clone(), HeaderValue::from_static(value)))
            .collect()
    }

    #[test]
    fn the_cookie_decides_then_the_browser_then_danish() {
        let english_browser = headers(&[(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9,da;q=0.5")]);
        assert_eq!(locale_from_headers(&english_browser), Locale::En);
        assert_eq!(
            page_locale(&english_browser),
            Locale::Da,
            "pages follow the cookie only"
        );
        let chose_danish = headers(&[
            (header::ACCEPT_LANGUAGE, "en"),
            (header::COOKIE, "ordet_lang=da"),
        ]);
        assert_eq!(locale_from_headers(&chose_danish), Locale::Da);
        let chose_english = headers(&[(header::COOKIE, "x=1; ordet_lang=en")]);
        assert_eq!(page_locale(&chose_english), Locale::En);
        let unknown = headers(&[(header::ACCEPT_LANGUAGE, "fr-FR,de")]);
        assert_eq!(locale_from_headers(&unknown), Locale::Da);
    }
}
