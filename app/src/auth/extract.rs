//! The signed-in official as axum extractors. An API handler that takes a [`Principal`]
//! answers 401 to a request without a valid session before it runs; a page's form handler
//! takes an [`OfficialForm`] — the page's language, the fields and who sent them — and the
//! browser without a session is sent to sign in and brought back to the page. (Every
//! state-changing request has passed the cross-site check, `crate::web::csrf`, before.)

use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::response::{IntoResponse, Response};
use http::request::Parts;
use serde::de::DeserializeOwned;

use super::{Capability, Principal, session};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::form::{PageForm, see_other};
use crate::web::language::page_locale;

impl FromRequestParts<AppState> for Principal {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        session::from_headers(state, &parts.headers)
            .await?
            .ok_or(AppError::Unauthorized)
    }
}

/// An official's call to the API, read in the order every such handler used to spell out:
/// the app's state, the language of its messages ([`Locale`]: the cookie, else
/// `Accept-Language`) and who is signed in (401 without a session, before the handler runs).
pub struct OfficialCall {
    /// The app's state.
    pub state: AppState,
    /// The language of the messages.
    pub locale: Locale,
    /// Who is signed in.
    pub who: Principal,
}

impl FromRequestParts<AppState> for OfficialCall {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Ok(locale) = Locale::from_request_parts(parts, state).await;
        Ok(OfficialCall {
            state: state.clone(),
            locale,
            who: Principal::from_request_parts(parts, state).await?,
        })
    }
}

impl Principal {
    /// `Ok` when the official may do `capability` on `hearing_id`, else 403.
    pub fn require(&self, capability: Capability, hearing_id: Option<i32>) -> Result<(), AppError> {
        if self.can(capability, hearing_id) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// The largest official's form body unless a handler says otherwise (`OfficialForm<T, MAX>`).
pub const FORM_BYTES: usize = 64 * 1024;

/// A form an official posted from a page of the workspace: read in the order every such
/// handler used to spell out — the page's language, the fields (at most `MAX` bytes, else
/// 413; a malformed body reads as the empty form, which the form's checks refuse), then who
/// sent it (without a session: a 303 to sign-in that comes back to the page).
#[derive(Debug)]
pub struct OfficialForm<T, const MAX: usize = FORM_BYTES> {
    /// Who sent it.
    pub who: Principal,
    /// The page's language, for the messages of a refusal.
    pub locale: Locale,
    /// The fields as posted.
    pub fields: T,
    /// The request's head, to render the page again with the refused values.
    pub page: Parts,
}

impl<T, const MAX: usize> OfficialForm<T, MAX> {
    /// The request for the page again (the form's page: every form posts to its own path).
    pub fn page_request(&self) -> Request {
        Request::from_parts(self.page.clone(), Body::empty())
    }

    /// The path the form was posted to, which is its page.
    pub fn path(&self) -> &str {
        self.page.uri.path()
    }
}

impl<T, const MAX: usize> FromRequest<AppState> for OfficialForm<T, MAX>
where
    T: DeserializeOwned + Default + Send,
{
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let PageForm {
            locale,
            fields,
            page,
        } = PageForm::<T, MAX>::from_request(request, state).await?;
        let who = signed_in_or_sign_in(state, &page).await?;
        Ok(OfficialForm {
            who,
            locale,
            fields,
            page,
        })
    }
}

/// The signed-in official, or the answer to give a browser instead: without a session a 303
/// to sign-in that comes back to the page requested (its query too: an inbox's filters); a
/// failure as itself.
pub async fn signed_in_or_sign_in(state: &AppState, parts: &Parts) -> Result<Principal, Response> {
    match session::from_headers(state, &parts.headers).await {
        Ok(Some(who)) => Ok(who),
        Ok(None) => Err(see_other(&sign_in_then(&parts.uri))),
        Err(error) => Err(error.into_response()),
    }
}

/// The sign-in page that comes back to `uri` (its path and query, as one `next` value).
fn sign_in_then(uri: &http::Uri) -> String {
    const IN_A_VALUE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'%')
        .add(b'&')
        .add(b'+')
        .add(b'<')
        .add(b'=')
        .add(b'>');
    let next = uri.path_and_query().map_or("/admin", |p| p.as_str());
    let next = percent_encoding::utf8_percent_encode(next, IN_A_VALUE);
    format!("/admin/login?next={next}")
}

/// The signed-in official inside a server function (from the request being served).
pub async fn current(state: &AppState) -> Result<Principal, AppError> {
    let parts = leptos::prelude::use_context::<Parts>().ok_or(AppError::Unauthorized)?;
    session::from_headers(state, &parts.headers)
        .await?
        .ok_or(AppError::Unauthorized)
}

/// The page's language inside a server function: the reader's cookie, else Danish.
pub fn request_locale() -> crate::i18n::Locale {
    leptos::prelude::use_context::<Parts>()
        .map(|parts| page_locale(&parts.headers))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::sign_in_then;

    #[test]
    fn sign_in_comes_back_to_the_page_and_its_filters() {
        let page = "/admin/hearings/h/digest".parse().expect("a uri");
        assert_eq!(
            sign_in_then(&page),
            "/admin/login?next=/admin/hearings/h/digest"
        );
        let filtered = "/admin/inbox?status=held&q=a+b".parse().expect("a uri");
        assert_eq!(
            sign_in_then(&filtered),
            "/admin/login?next=/admin/inbox?status%3Dheld%26q%3Da%2Bb"
        );
    }
}
