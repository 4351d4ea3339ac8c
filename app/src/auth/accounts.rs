//! Accounts: creating them with a role, and signing in with lock-out after repeated
//! failures.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
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
        role: Set(role.as_str().into()),
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
/// an unknown address, a disabled or a locked account (all answered alike). The fifth wrong
/// password in a row locks the account for [`LOCK_MINUTES`].
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<Option<account::Model>, AppError> {
    let account = find(db, email).await?;
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let matches = password::verify(stored, password.to_owned()).await?;
    let Some(account) = account else {
        return Ok(None);
    };
    let locked = account.locked_until.is_some_and(|until| until > now);
    if account.disabled || locked {
        return Ok(None);
    }
    let mut update: account::ActiveModel = account.clone().into();
    if matches {
        update.failed_logins = Set(0);
        update.locked_until = Set(None);
    } else {
        let failures = account.failed_logins + 1;
        update.failed_logins = Set(failures);
        if failures >= MAX_FAILURES {
            update.failed_logins = Set(0);
            update.locked_until = Set(Some(now + Duration::minutes(LOCK_MINUTES)));
            tracing::warn!(
                account = account.id,
                "locked after repeated wrong passwords"
            );
        }
    }
    let account = update.update(db).await?;
    Ok(matches.then_some(account))
}
