//! `POST /admin/password-reset` (ask for a link) and `POST /admin/password-reset/{token}`
//! (set the new password): plain forms, so they work without JavaScript. A refused form is
//! the same page again with the address kept (never a password) and the message at its field.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::ResetFormState;
use super::reset::{self, Outcome};
use crate::auth::links::{self, AccountLink};
use crate::error::AppError;
use crate::respondent::Email;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::form::{PageForm, see_other};

/// The form that asks for a reset link.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub(crate) email: String,
}

/// The form that sets the new password.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub(crate) password: String,
    pub(crate) repeat: String,
}

/// Asks for a reset link from the form.
pub async fn post_request(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    PageForm {
        locale,
        fields: form,
        page: parts,
    }: PageForm<RequestForm>,
) -> Response {
    let Ok(address) = Email::parse(&form.email) else {
        let again = ResetFormState {
            email: form.email,
            errors: BTreeMap::from([("email".into(), locale.messages().email_invalid().into())]),
        };
        let page = Request::from_parts(parts, Body::empty());
        return state
            .render_again(again, page, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    };
    match links::ask(&state, &address, AccountLink::Reset, (client, locale)).await {
        Ok(()) | Err(AppError::RateLimited) => see_other("/admin/password-reset?sent=1"),
        Err(error) => error.into_response(),
    }
}

/// Sets the new password from the link's page: on to the sign-in page with a message, the
/// form again with the message at its field, or the link's page saying it no longer works.
pub async fn post_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    PageForm {
        locale,
        fields: form,
        page: parts,
    }: PageForm<PasswordForm>,
) -> Response {
    let passwords = (form.password.as_str(), Some(form.repeat.as_str()));
    match reset::complete(&state.db, &token, passwords, state.clock.now()).await {
        Ok(Outcome::Done(_)) => see_other("/admin/login?reset=done"),
        Ok(Outcome::Invalid) => see_other(parts.uri.path()),
        Ok(Outcome::Refused(problem)) => {
            let message = problem.message(locale.messages());
            let again = ResetFormState {
                email: String::new(),
                errors: BTreeMap::from([(problem.field().into(), message.into())]),
            };
            let page = Request::from_parts(parts, Body::empty());
            state
                .render_again(again, page, StatusCode::UNPROCESSABLE_ENTITY)
                .await
        }
        Err(error) => error.into_response(),
    }
}
