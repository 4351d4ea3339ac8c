//! `POST /admin/login` and `POST /admin/logout`: the sign-in form and the sign-out button.

use std::net::IpAddr;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::links::AccountLink;
use super::{LoginFormState, accounts, links, session};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::form::{self, PageForm};
use crate::web::language::PageLocale;
use crate::web::limit::Action;

/// The sign-in form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub(crate) email: String,
    pub(crate) password: String,
    pub(crate) next: String,
}

/// Only a path on this site is a place to go after signing in; else the officials' start.
fn safe_next(next: &str) -> String {
    crate::web::redirect::local_or(Some(next), "/admin")
}

/// Signs in from the form: 303 to `next` with the cookie, or the form again with a message
/// (401 for a refused password, 429 when the network tried too many).
pub async fn post_login(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    PageForm {
        locale,
        fields: form,
        page: parts,
    }: PageForm<LoginForm>,
) -> Response {
    let limited = state
        .limiter
        .check(&state.db, Action::PasswordSignIn, client, None)
        .await;
    let now = state.clock.now();
    let signed_in = match limited {
        Err(error) => Err(error),
        Ok(()) => match accounts::sign_in(&state.db, &form.email, &form.password, now).await {
            Ok(Some(account)) => session::create(&state.db, account.id, now).await.map(Some),
            Ok(None) => Ok(None),
            Err(error) => Err(error),
        },
    };
    let refused = |message: &str, status| {
        let again = LoginFormState {
            email: form.email.clone(),
            next: form.next.clone(),
            error: message.into(),
        };
        let page = Request::from_parts(parts, Body::empty());
        state.render_again(again, page, status)
    };
    match signed_in {
        Ok(Some(token)) => {
            let cookie = state.sessions.set_cookie(&token);
            let location = safe_next(&form.next);
            let headers = [
                (
                    header::SET_COOKIE,
                    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static("")),
                ),
                (
                    header::LOCATION,
                    HeaderValue::from_str(&location).unwrap_or(HeaderValue::from_static("/admin")),
                ),
            ];
            (StatusCode::SEE_OTHER, headers).into_response()
        }
        Ok(None) => refused(locale.messages().login_failed(), StatusCode::UNAUTHORIZED).await,
        Err(AppError::RateLimited) => {
            let message = locale.messages().login_rate_limited();
            refused(message, StatusCode::TOO_MANY_REQUESTS).await
        }
        Err(error) => error.into_response(),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct LinkForm {
    email: String,
}

/// Asks for a sign-in link by e-mail; answers alike whether the address has an account.
pub async fn post_login_link(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    PageLocale(locale): PageLocale,
    request: Request<Body>,
) -> Response {
    let form: LinkForm = match form::read(request.into_body(), 16 * 1024).await {
        Ok(form) => form,
        Err(answer) => return answer,
    };
    match send_link(&state, &form.email, client, locale).await {
        Ok(()) | Err(AppError::RateLimited) => form::see_other("/admin/login?link=sent"),
        Err(error) => error.into_response(),
    }
}

/// Sends a sign-in link to `email` (`links::ask`); an address that is not one sends nothing.
pub async fn send_link(
    state: &AppState,
    email: &str,
    client: IpAddr,
    locale: crate::i18n::Locale,
) -> Result<(), AppError> {
    let Ok(address) = crate::respondent::Email::parse(email) else {
        return Ok(());
    };
    links::ask(state, &address, AccountLink::SignIn, (client, locale)).await
}

/// Uses a sign-in link (the button on its page): signed in and on to `/admin`, or back to the
/// sign-in page saying the link no longer works.
pub async fn follow_login_link(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Response {
    let now = state.clock.now();
    let signed_in = match links::consume(&state.db, &token, now).await {
        Ok(Some(account)) => session::create(&state.db, account.id, now).await.map(Some),
        Ok(None) => Ok(None),
        Err(error) => Err(error),
    };
    match signed_in {
        Ok(Some(token)) => {
            let cookie = state.sessions.set_cookie(&token);
            let headers = [
                (
                    header::SET_COOKIE,
                    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static("")),
                ),
                (header::LOCATION, HeaderValue::from_static("/admin")),
            ];
            (StatusCode::SEE_OTHER, headers).into_response()
        }
        Ok(None) => form::see_other("/admin/login?link=invalid"),
        Err(error) => error.into_response(),
    }
}

/// Signs out this browser and goes to the sign-in page.
pub async fn post_logout(
    State(state): State<AppState>,
    request: Request<Body>,
) -> Result<Response, AppError> {
    if let Some(token) = state.sessions.token_from(request.headers()) {
        session::end(&state.db, &token).await?;
    }
    let cookie = state.sessions.clear_cookie();
    let cookie = HeaderValue::from_str(&cookie).map_err(|e| AppError::internal("cookie", &e))?;
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::SET_COOKIE, cookie),
            (header::LOCATION, HeaderValue::from_static("/admin/login")),
        ],
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(
            safe_next("/admin/hearings/x/responses"),
            "/admin/hearings/x/responses"
        );
        assert_eq!(safe_next("https://evil.example"), "/admin");
        assert_eq!(safe_next("//evil.example"), "/admin");
        assert_eq!(safe_next("/\t/evil.example"), "/admin");
        assert_eq!(safe_next(""), "/admin");
    }
}
