//! `POST /admin/users`: every form of the user page posts here with an `op` (`create`,
//! `add_role`, `remove_role`, `disable`, `enable`). Accepted: back to the page with a
//! confirmation. Refused: the page again with what was typed and the message at its field.

use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;

use super::UsersFormState;
use super::input::{Grant, NewUser};
use super::store;
use crate::auth::Principal;
use crate::error::AppError;
use crate::form::{self, see_other};
use crate::i18n::{Locale, page_locale};
use crate::response::form_post::render_again;
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct UsersForm {
    op: String,
    account_id: i32,
    role_id: i32,
    name: String,
    email: String,
    role: String,
    hearing: String,
}

/// Carries out one form; the confirmation's key on success.
async fn apply(
    state: &AppState,
    who: &Principal,
    form: &UsersForm,
    locale: Locale,
) -> Result<&'static str, AppError> {
    let now = Utc::now();
    let db = &state.db;
    let hearing = Some(form.hearing.clone()).filter(|h| !h.is_empty());
    let grant = Grant {
        role: form.role.clone(),
        hearing: hearing.clone(),
    };
    match form.op.as_str() {
        "create" => {
            let new = NewUser {
                name: form.name.clone(),
                email: form.email.clone(),
                role: form.role.clone(),
                hearing,
            };
            store::create(db, who, new, (&state.base_url, locale), now).await?;
            state.mail_nudge.notify_one();
            Ok("created")
        }
        "add_role" => {
            store::add_role(db, who, form.account_id, grant, locale, now).await?;
            Ok("role_added")
        }
        "remove_role" => {
            let ids = (form.account_id, form.role_id);
            store::remove_role(db, who, ids, locale, now).await?;
            Ok("role_removed")
        }
        "disable" | "enable" => {
            let disabled = form.op == "disable";
            store::set_disabled(db, who, (form.account_id, disabled), locale, now).await?;
            Ok(if disabled { "disabled" } else { "enabled" })
        }
        _ => Err(AppError::NotFound),
    }
}

/// Handles a posted user form.
pub async fn post_users(State(state): State<AppState>, request: Request<Body>) -> Response {
    let locale = page_locale(request.headers());
    let (parts, body) = request.into_parts();
    let form: UsersForm = match form::read(body, 16 * 1024).await {
        Ok(form) => form,
        Err(answer) => return answer,
    };
    let who = match form::official(&state, &parts, "/admin/users").await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let (errors, status) = match apply(&state, &who, &form, locale).await {
        Ok(what) => return see_other(&format!("/admin/users?saved={what}")),
        Err(AppError::Validation(errors)) => (errors, StatusCode::UNPROCESSABLE_ENTITY),
        // The page says what the role may not do, with the status.
        Err(AppError::Forbidden) => (Default::default(), StatusCode::FORBIDDEN),
        Err(error) => return error.into_response(),
    };
    let again = UsersFormState {
        op: form.op,
        account_id: form.account_id,
        name: form.name,
        email: form.email,
        role: form.role,
        hearing: form.hearing,
        errors,
    };
    let page = Request::from_parts(parts, Body::empty());
    render_again(state, again, page, status).await
}
