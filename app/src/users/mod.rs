//! Officials' accounts as admins and officials manage them: password reset by e-mail (also
//! the set-password link a new official gets) and user management in the browser (create,
//! roles, disable/enable). Every change goes to the audit log in its own transaction.

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod input;
#[cfg(feature = "ssr")]
pub mod listing;
#[cfg(feature = "ssr")]
pub mod policy;
#[cfg(feature = "ssr")]
pub mod reset;
#[cfg(feature = "ssr")]
pub mod reset_post;
mod reset_view;
#[cfg(feature = "ssr")]
pub mod store;
mod view;

pub use reset_view::{NewPasswordPage, PasswordResetPage};
pub use view::UsersPage;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::hearing::HearingLink;

/// One role of an account, as the user list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RoleRow {
    /// The role's id (for removing it).
    pub id: i32,
    /// The role.
    pub role: crate::vocab::Role,
    /// The hearing's slug; absent for every hearing.
    pub hearing: Option<String>,
    /// The hearing's title.
    pub hearing_title: Option<String>,
}

/// An account in the user list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UserRow {
    /// The account's id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Roles.
    pub roles: Vec<RoleRow>,
    /// `active`, `locked` (after wrong passwords) or `disabled`.
    pub status: String,
    /// The latest sign-in among the account's sessions, when one is left.
    pub last_sign_in_at: Option<DateTime<Utc>>,
}

/// The page `/admin/users`: accounts, the hearings a role can be for, and who is looking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersView {
    /// Each account with its last sign-in on Copenhagen's wall clock.
    pub users: Vec<(Option<NaiveDateTime>, UserRow)>,
    /// Every hearing.
    pub hearings: Vec<HearingLink>,
    /// The signed-in admin's account id.
    pub me: i32,
}

/// The accounts (admins only).
#[server(prefix = "/sf", endpoint = "load_users")]
pub async fn load_users() -> Result<UsersView, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    who.require(crate::auth::Capability::ManageUsers, None)?;
    let rows = listing::accounts(&state.db, state.clock.now()).await?;
    let users = rows
        .into_iter()
        .map(|u| {
            let local = u
                .last_sign_in_at
                .map(|at| crate::hearing::store::local(at, chrono_tz::Europe::Copenhagen));
            (local, u)
        })
        .collect();
    Ok(UsersView {
        users,
        hearings: listing::hearings(&state.db).await?,
        me: who.account_id,
    })
}

/// A refused form on `/admin/users`: which form, what was typed, and the messages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersFormState {
    /// `create`, `add_role`, `remove_role`, `disable` or `enable`.
    pub op: String,
    /// The account the form was about (0 for `create`).
    pub account_id: i32,
    /// The name typed.
    pub name: String,
    /// The address typed.
    pub email: String,
    /// The role chosen.
    pub role: String,
    /// The hearing chosen (slug; empty for every hearing).
    pub hearing: String,
    /// Field → message.
    pub errors: BTreeMap<String, String>,
}

/// The refused user form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "users_refused")]
pub async fn users_refused() -> Result<Option<UsersFormState>, AppError> {
    Ok(use_context::<UsersFormState>())
}

/// A refused reset request or new password: the address typed (never a password) and the
/// messages by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetFormState {
    /// The address typed (request form).
    pub email: String,
    /// Field → message.
    pub errors: BTreeMap<String, String>,
}

/// The refused reset form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "reset_refused")]
pub async fn reset_refused() -> Result<Option<ResetFormState>, AppError> {
    Ok(use_context::<ResetFormState>())
}

/// Whether a password link still works (unused, in time, for an active account).
#[server(prefix = "/sf", endpoint = "reset_link_works")]
pub async fn reset_link_works(token: String) -> Result<bool, AppError> {
    let state = crate::state::app_state()?;
    Ok(reset::check(&state.db, &token, state.clock.now())
        .await?
        .is_some())
}
