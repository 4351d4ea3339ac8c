//! Using a password link — a reset asked for, or a new official's first password: a
//! one-time `account_token` with purpose `reset`, mailed by `auth::links`. Using it sets the
//! password, clears the lock-out, signs every session out and uses up every open reset and
//! sign-in link of the account, with an audit entry, in one transaction.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde_json::json;

use super::policy::{NewPassword, PasswordProblem};
use crate::audit::{self, Entry};
use crate::auth::{links, password, session};
use crate::entities::{account, account_token};
use crate::error::AppError;
use crate::token;
use crate::vocab::AccountTokenPurpose;

/// The unused, unexpired link `raw` and its active account.
async fn live(
    db: &impl ConnectionTrait,
    raw: &str,
    now: DateTime<Utc>,
) -> Result<Option<(account_token::Model, account::Model)>, AppError> {
    let Some(row) = account_token::Entity::find()
        .filter(account_token::Column::TokenSha256.eq(token::hash(raw.trim())))
        .filter(account_token::Column::Purpose.eq(AccountTokenPurpose::Reset))
        .one(db)
        .await?
        .filter(|row| row.used_at.is_none() && row.expires_at > now)
    else {
        return Ok(None);
    };
    let account = account::Entity::find_by_id(row.account_id)
        .one(db)
        .await?
        .filter(|a| !a.disabled);
    Ok(account.map(|a| (row, a)))
}

/// The account whose password link `raw` is, when the link still works (it is not used up).
pub async fn check(
    db: &impl ConnectionTrait,
    raw: &str,
    now: DateTime<Utc>,
) -> Result<Option<account::Model>, AppError> {
    Ok(live(db, raw, now).await?.map(|(_, account)| account))
}

/// What became of a new password.
#[derive(Debug)]
pub enum Outcome {
    /// Set; the account's sessions are gone.
    Done(account::Model),
    /// The link is used up, expired or unknown.
    Invalid,
    /// The password breaks the policy; nothing changed.
    Refused(PasswordProblem),
}

/// Sets a new password through the link `raw`.
pub async fn complete(
    db: &DatabaseConnection,
    raw: &str,
    (new, repeat): (&str, Option<&str>),
    now: DateTime<Utc>,
) -> Result<Outcome, AppError> {
    let Some((_, account)) = live(db, raw, now).await? else {
        return Ok(Outcome::Invalid);
    };
    let new = match NewPassword::parse(new, repeat, &account.email) {
        Ok(new) => new,
        Err(problem) => return Ok(Outcome::Refused(problem)),
    };
    let hash = password::hash(new.into_inner()).await?;
    let txn = crate::db::begin_write(db).await?;
    // The link is used up first, on a condition: of two posts of one link (two tabs), only
    // the one whose UPDATE changes the row goes on, on PostgreSQL (READ COMMITTED) as well.
    let Some(account_id) = links::use_up(&txn, raw, AccountTokenPurpose::Reset, now).await? else {
        return Ok(Outcome::Invalid);
    };
    let Some(account) = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .filter(|a| !a.disabled)
    else {
        return Ok(Outcome::Invalid);
    };
    // Every open link of the account goes too, sign-in links included: a link mailed
    // before the reset must not open the account after it.
    account_token::Entity::update_many()
        .col_expr(
            account_token::Column::UsedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(account_token::Column::AccountId.eq(account.id))
        .filter(account_token::Column::Purpose.is_in(AccountTokenPurpose::ALL.iter().copied()))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    let before =
        json!({"failed_logins": account.failed_logins, "locked_until": account.locked_until});
    let mut update: account::ActiveModel = account.into();
    update.password_hash = Set(Some(hash));
    update.failed_logins = Set(0);
    update.locked_until = Set(None);
    let account = update.update(&txn).await?;
    let ended = session::end_all(&txn, account.id).await?;
    let entry = Entry {
        actor_id: Some(account.id),
        action: "account.password_reset",
        entity: "account",
        entity_id: account.id,
        hearing_id: None,
        reason: None,
        before,
        after: json!({"failed_logins": 0, "locked_until": null, "sessions_ended": ended}),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Outcome::Done(account))
}
