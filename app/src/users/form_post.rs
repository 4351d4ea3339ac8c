//! `POST /admin/users`: every form of the user page posts here with an `op` (`create`,
//! `add_role`, `remove_role`, `disable`, `enable`). Accepted: back to the page with a
//! confirmation. Refused: the page again with what was typed and the message at its field.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::UsersFormState;
use super::input::{Grant, NewUser};
use super::store;
use crate::auth::{OfficialForm, Principal};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::form::see_other;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct UsersForm {
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
    let now = state.clock.now();
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
pub async fn post_users(
    State(state): State<AppState>,
    posted: OfficialForm<UsersForm, { 16 * 1024 }>,
) -> Response {
    let (errors, status) = match apply(&state, &posted.who, &posted.fields, posted.locale).await {
        Ok(what) => return see_other(&format!("/admin/users?saved={what}")),
        Err(AppError::Validation(errors)) => (errors, StatusCode::UNPROCESSABLE_ENTITY),
        // The page says what the role may not do, with the status.
        Err(AppError::Forbidden) => (Default::default(), StatusCode::FORBIDDEN),
        Err(error) => return error.into_response(),
    };
    let page = posted.page_request();
    let form = posted.fields;
    let again = UsersFormState {
        op: form.op,
        account_id: form.account_id,
        name: form.name,
        email: form.email,
        role: form.role,
        hearing: form.hearing,
        errors,
    };
    state.render_again(again, page, status).await
}
