//! Sessions in the database: the cookie carries a random 256-bit token, the row its SHA-256.
//! Signing out deletes the row; "sign out everywhere" deletes all of an account's rows.

use chrono::{DateTime, Duration, Utc};
use http::HeaderMap;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::{Principal, Role};
use crate::entities::{account, account_role, session};
use crate::error::AppError;
use crate::token;

/// The session cookie's name.
pub const COOKIE: &str = "ordet_session";
/// How long a session lasts without use.
pub const IDLE_DAYS: i64 = 14;

/// Starts a session; returns the token for the cookie.
pub async fn create(
    db: &impl ConnectionTrait,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let (token, token_hash) = token::generate();
    session::ActiveModel {
        account_id: Set(account_id),
        token_sha256: Set(token_hash),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(IDLE_DAYS)),
        last_seen_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The official a session token belongs to, when it is valid at `now`.
pub async fn principal(
    db: &impl ConnectionTrait,
    raw_token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Principal>, AppError> {
    let Some(row) = session::Entity::find()
        .filter(session::Column::TokenSha256.eq(token::hash(raw_token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if row.expires_at <= now {
        return Ok(None);
    }
    let Some(account) = account::Entity::find_by_id(row.account_id).one(db).await? else {
        return Ok(None);
    };
    if account.disabled {
        return Ok(None);
    }
    let roles = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account.id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| Role::parse(&r.role).map(|role| (role, r.hearing_id)))
        .collect();
    Ok(Some(Principal {
        account_id: account.id,
        email: account.email,
        name: account.name,
        roles,
    }))
}

/// The official signed in by a request's session cookie, if any.
pub async fn from_headers(
    db: &impl ConnectionTrait,
    headers: &HeaderMap,
    now: DateTime<Utc>,
) -> Result<Option<Principal>, AppError> {
    match token_from(headers) {
        Some(token) => principal(db, &token, now).await,
        None => Ok(None),
    }
}

/// Ends one session.
pub async fn end(db: &impl ConnectionTrait, raw_token: &str) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::TokenSha256.eq(token::hash(raw_token)))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of an account.
pub async fn end_all(db: &impl ConnectionTrait, account_id: i32) -> Result<u64, AppError> {
    let result = session::Entity::delete_many()
        .filter(session::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// The session token in a request's cookies.
pub fn token_from(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|value| !value.is_empty())
}

/// `Set-Cookie` for a new session: HttpOnly, SameSite=Lax, Secure behind https.
pub fn set_cookie(token: &str, secure: bool) -> String {
    let max_age = IDLE_DAYS * 24 * 3600;
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}
