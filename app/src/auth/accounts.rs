//! Accounts: creating them with a role, and signing in with lock-out after repeated
//! failures.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, Set,
};

use super::{Role, password};
use crate::entities::{account, account_role};
use crate::error::AppError;
use crate::one_line::{OneLine, OneLineError};
use crate::respondent::Email;

/// Wrong passwords in a row before the account is locked.
pub const MAX_FAILURES: i32 = 5;
/// How long a lock lasts.
pub const LOCK_MINUTES: i64 = 15;

/// A new account.
#[derive(Clone, Debug)]
pub struct NewAccount {
    /// E-mail address (stored in lower case).
    pub email: String,
    /// Name.
    pub name: String,
    /// Password; `None` for sign-in by e-mail link only.
    pub password: Option<String>,
    /// Its first role.
    pub role: Role,
    /// The hearing the role is for; `None` for all.
    pub hearing_id: Option<i32>,
}

/// Why an account was not created.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    /// Not an e-mail address.
    #[error("«{0}» is not an e-mail address")]
    Email(String),
    /// Too short a password.
    #[error("the password must have at least {} characters", password::MIN_LENGTH)]
    WeakPassword,
    /// The address has an account already.
    #[error("{0} has an account already")]
    Exists(String),
    /// The name is empty, longer than 200 characters or not one line.
    #[error("the name {0:?}: {1}")]
    Name(String, OneLineError),
    /// Something else failed.
    #[error(transparent)]
    App(#[from] AppError),
}

/// The longest name an account has.
pub const MAX_NAME_CHARS: usize = 200;

/// Creates an account with its first role.
pub async fn create(
    db: &DatabaseConnection,
    new: NewAccount,
    now: DateTime<Utc>,
) -> Result<account::Model, AccountError> {
    let email = Email::parse(&new.email)
        .map_err(|_| AccountError::Email(new.email.clone()))?
        .as_str()
        .to_lowercase();
    let name = OneLine::parse(&new.name, MAX_NAME_CHARS)
        .map_err(|e| AccountError::Name(new.name.clone(), e))?;
    if new
        .password
        .as_ref()
        .is_some_and(|p| p.chars().count() < password::MIN_LENGTH)
    {
        return Err(AccountError::WeakPassword);
    }
    if find(db, &email).await?.is_some() {
        return Err(AccountError::Exists(email));
    }
    let hash = match new.password {
        Some(p) => Some(password::hash(p).await?),
        None => None,
    };
    let txn = crate::db::begin_write(db).await.map_err(AppError::from)?;
    let row = insert(&txn, (email, name), hash, (new.role, new.hearing_id), now).await?;
    txn.commit().await.map_err(AppError::from)?;
    Ok(row)
}

/// Inserts an account (`email` already checked and in lower case) with its first role, in
/// the caller's transaction.
pub async fn insert(
    db: &impl ConnectionTrait,
    (email, name): (String, OneLine),
    password_hash: Option<String>,
    (role, hearing_id): (Role, Option<i32>),
    now: DateTime<Utc>,
) -> Result<account::Model, AppError> {
    let row = account::ActiveModel {
        email: Set(email),
        name: Set(name.into_string()),
        password_hash: Set(password_hash),
        failed_logins: Set(0),
        locked_until: Set(None),
        disabled: Set(false),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    account_role::ActiveModel {
        account_id: Set(row.id),
        role: Set(role),
        hearing_id: Set(hearing_id),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row)
}

/// The account with this address.
pub async fn find(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<account::Model>, AppError> {
    Ok(account::Entity::find()
        .filter(account::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?)
}

/// Checks an e-mail and password. `Some(account)` on success; `None` for a wrong password,
/// an unknown address, a disabled or a locked account (all answered alike). Every attempt is
/// counted in the database before it is decided ([`count_attempt`]): the attempt that makes
/// [`MAX_FAILURES`] in a row, and every one after it, fails and locks the account for
/// [`LOCK_MINUTES`], however many arrive at once. A right password within the count clears it.
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<Option<account::Model>, AppError> {
    let account = find(db, email).await?;
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let matches = password::verify(stored, password.to_owned()).await?;
    let Some(account) = account.filter(|a| !a.disabled) else {
        return Ok(None);
    };
    let Some(attempt) = count_attempt(db, account.id, now).await? else {
        return Ok(None);
    };
    if matches && attempt <= MAX_FAILURES {
        return clear_failures(db, account.id).await;
    }
    if attempt >= MAX_FAILURES {
        lock(db, account.id, now).await?;
        tracing::warn!(
            account = account.id,
            attempt,
            "locked after repeated wrong passwords"
        );
    }
    Ok(None)
}

/// Counts one sign-in attempt with one conditional `UPDATE … SET failed_logins =
/// failed_logins + 1 … RETURNING`, unless the account is locked at `now` (`None`). An expired
/// lock is lifted by the same statement and the count starts again at this attempt. Parallel
/// attempts each get their own number, so none decides from a stale count.
async fn count_attempt(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> Result<Option<i32>, AppError> {
    let was_locked = Expr::col(account::Column::LockedUntil).is_not_null();
    let count = Expr::case(was_locked, 1).finally(Expr::col(account::Column::FailedLogins).add(1));
    let rows = account::Entity::update_many()
        .col_expr(account::Column::FailedLogins, count.into())
        .col_expr(account::Column::LockedUntil, Expr::null())
        .filter(account::Column::Id.eq(id))
        .filter(
            Condition::any()
                .add(account::Column::LockedUntil.is_null())
                .add(account::Column::LockedUntil.lte(now)),
        )
        .exec_with_returning(db)
        .await?;
    Ok(rows.first().map(|row| row.failed_logins))
}

/// Locks the account until [`LOCK_MINUTES`] after `now`; the count stays as it is.
async fn lock(db: &impl ConnectionTrait, id: i32, now: DateTime<Utc>) -> Result<(), AppError> {
    let until = now + Duration::minutes(LOCK_MINUTES);
    account::Entity::update_many()
        .col_expr(account::Column::LockedUntil, Expr::value(until))
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Clears the count and any lock after a right password; the account as it now is.
async fn clear_failures(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<account::Model>, AppError> {
    let rows = account::Entity::update_many()
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(account::Column::LockedUntil, Expr::null())
        .filter(account::Column::Id.eq(id))
        .exec_with_returning(db)
        .await?;
    Ok(rows.into_iter().next())
}
