//! The JSON API of accounts: `POST /api/v1/auth/password-reset` (ask for a link),
//! `POST /api/v1/auth/password-reset/{token}` (set the password), and user management under
//! `/api/v1/admin/users` (admins).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::UserRow;
use super::input::{Grant, NewUser};
use super::reset::{self, Outcome};
use super::store;
use crate::auth::links::AccountLink;
use crate::auth::{Capability, OfficialCall, Principal};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::openapi::{AdminsOnly, NotSignedIn};

/// The routes.
pub fn router() -> Router<AppState> {
    let user = "/api/v1/admin/users/{id}";
    Router::new()
        .route("/api/v1/auth/password-reset", post(ask_reset))
        .route("/api/v1/auth/password-reset/{token}", post(set_password))
        .route("/api/v1/admin/users", get(list_users).post(create_user))
        .route(&format!("{user}/roles"), post(add_role))
        .route(&format!("{user}/roles/{{role_id}}"), delete(remove_role))
        .route(&format!("{user}/disable"), post(disable_user))
        .route(&format!("{user}/enable"), post(enable_user))
}

/// Asks for a reset link.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ResetRequest {
    /// The official's e-mail address.
    pub email: String,
}

/// Mails a one-time link (60 minutes) to choose a new password when the address has an
/// account; 202 either way.
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "auth", request_body = ResetRequest,
    responses((status = 202, description = "A link is on its way if the address has an account"),
        (status = 422, description = "Not an e-mail address"),
        (status = 429, description = "Too many requests from this IP or for this address")))]
pub async fn ask_reset(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    locale: Locale,
    Json(body): Json<ResetRequest>,
) -> Result<StatusCode, AppError> {
    let address = crate::respondent::Email::parse(&body.email)
        .map_err(|_| AppError::field("email", locale.messages().email_invalid()))?;
    crate::auth::links::ask(&state, &address, AccountLink::Reset, (client, locale)).await?;
    Ok(StatusCode::ACCEPTED)
}

/// A new password.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct NewPassword {
    /// At least 12 characters, at most 200, not the e-mail address.
    pub password: String,
}

/// Sets the password through a link: every session of the account ends, the lock-out is
/// cleared and the link is used up.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/{token}", tag = "auth",
    params(("token" = String, Path, description = "The token from the e-mailed link")),
    request_body = NewPassword,
    responses((status = 204, description = "The password is set; sign in with it"),
        (status = 404, description = "The link is used up, expired or unknown"),
        (status = 422, description = "The password breaks the policy; nothing changed")))]
pub async fn set_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    locale: Locale,
    Json(body): Json<NewPassword>,
) -> Result<StatusCode, AppError> {
    let t = locale.messages();
    match reset::complete(&state.db, &token, (&body.password, None), state.clock.now()).await? {
        Outcome::Done(_) => Ok(StatusCode::NO_CONTENT),
        Outcome::Invalid => Err(AppError::NotFound),
        Outcome::Refused(problem) => Err(AppError::field("password", problem.message(t))),
    }
}

/// Every account (admins only).
#[utoipa::path(get, path = "/api/v1/admin/users", tag = "admin",
    responses((status = 200, body = Vec<UserRow>), NotSignedIn,
        AdminsOnly))]
pub async fn list_users(
    OfficialCall { state, who, .. }: OfficialCall,
) -> Result<Json<Vec<UserRow>>, AppError> {
    who.require(Capability::ManageUsers, None)?;
    Ok(Json(
        super::listing::accounts(&state.db, state.clock.now()).await?,
    ))
}

/// A created account.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Created {
    /// Its id.
    pub id: i32,
    /// Its address (lower case).
    pub email: String,
}

/// Creates an account and mails the official a link (7 days) to choose a password.
#[utoipa::path(post, path = "/api/v1/admin/users", tag = "admin", request_body = NewUser,
    responses((status = 201, body = Created), NotSignedIn,
        AdminsOnly,
        (status = 422, description = "Name, e-mail (or taken), role or hearing refused")))]
pub async fn create_user(
    OfficialCall { state, who, locale }: OfficialCall,
    Json(new): Json<NewUser>,
) -> Result<(StatusCode, Json<Created>), AppError> {
    let row = store::create(
        &state.db,
        &who,
        new,
        (&state.base_url, locale),
        state.clock.now(),
    )
    .await?;
    state.mail_nudge.notify_one();
    Ok((
        StatusCode::CREATED,
        Json(Created {
            id: row.id,
            email: row.email,
        }),
    ))
}

/// Gives an account a role.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/roles", tag = "admin",
    params(("id" = i32, Path, description = "The account's id")), request_body = Grant,
    responses((status = 204, description = "Added"), NotSignedIn,
        AdminsOnly, (status = 404, description = "No such account"),
        (status = 422, description = "Role or hearing refused, or held already")))]
pub async fn add_role(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(grant): Json<Grant>,
) -> Result<StatusCode, AppError> {
    store::add_role(&state.db, &who, id, grant, locale, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Takes a role from an account (not an admin's own last admin role).
#[utoipa::path(delete, path = "/api/v1/admin/users/{id}/roles/{role_id}", tag = "admin",
    params(("id" = i32, Path, description = "The account's id"), ("role_id" = i32, Path, description = "The role's id")),
    responses((status = 204, description = "Removed"), NotSignedIn,
        AdminsOnly, (status = 404, description = "No such role on the account"),
        (status = 422, description = "Your own last admin role")))]
pub async fn remove_role(
    OfficialCall { state, who, locale }: OfficialCall,
    Path((id, role_id)): Path<(i32, i32)>,
) -> Result<StatusCode, AppError> {
    store::remove_role(&state.db, &who, (id, role_id), locale, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Disables an account, signing out all its sessions (not your own).
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/disable", tag = "admin",
    params(("id" = i32, Path, description = "The account's id")),
    responses((status = 204, description = "Disabled; its sessions are gone"),
        NotSignedIn, AdminsOnly,
        (status = 404, description = "No such account"), (status = 422, description = "Your own account")))]
pub async fn disable_user(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
) -> Result<StatusCode, AppError> {
    switch(&state, &who, locale, (id, true)).await
}

/// Enables a disabled account.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/enable", tag = "admin",
    params(("id" = i32, Path, description = "The account's id")),
    responses((status = 204, description = "Enabled"), NotSignedIn,
        AdminsOnly, (status = 404, description = "No such account")))]
pub async fn enable_user(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
) -> Result<StatusCode, AppError> {
    switch(&state, &who, locale, (id, false)).await
}

async fn switch(
    state: &AppState,
    who: &Principal,
    locale: Locale,
    change: (i32, bool),
) -> Result<StatusCode, AppError> {
    store::set_disabled(&state.db, who, change, locale, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
