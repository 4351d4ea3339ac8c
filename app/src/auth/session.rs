//! Sessions in the database: the cookie carries a random 256-bit token, the row its SHA-256.
//! A session ends after [`SessionPolicy::idle`] without a request (its `last_seen_at` moves at
//! most once every [`TOUCH_SECONDS`], not with every request) and after [`LIFETIME_DAYS`]
//! however busy. Signing out deletes the row; "sign out everywhere" deletes all of an
//! account's rows.

use chrono::{DateTime, Duration, Utc};
use http::HeaderMap;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::Principal;
use crate::entities::{account, account_role, session};
use crate::error::AppError;
use crate::state::AppState;
use crate::token;
pub use crate::web::session_cookie::{COOKIE, HOST_COOKIE, LIFETIME_DAYS, SessionPolicy};

/// How long a session lasts without a request, unless `ORDET_SESSION_IDLE_MINUTES` says.
pub const IDLE_MINUTES: i64 = 30;
/// `last_seen_at` is written at most this often (not a write per request).
pub const TOUCH_SECONDS: i64 = 60;

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
        expires_at: Set(now + Duration::days(LIFETIME_DAYS)),
        last_seen_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The official a session token belongs to, when the session is live at `now` (used within
/// `idle`, before its end); the session is then seen at `now`. A dead session is deleted.
pub async fn principal(
    db: &impl ConnectionTrait,
    idle: Duration,
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
    if row.expires_at <= now || row.last_seen_at + idle <= now {
        end(db, raw_token).await?;
        return Ok(None);
    }
    let Some(account) = account::Entity::find_by_id(row.account_id).one(db).await? else {
        return Ok(None);
    };
    if account.disabled {
        return Ok(None);
    }
    if now - row.last_seen_at >= Duration::seconds(TOUCH_SECONDS) {
        seen(db, row.id, now).await?;
    }
    let roles = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account.id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.role, r.hearing_id))
        .collect();
    Ok(Some(Principal {
        account_id: account.id,
        email: account.email,
        name: account.name,
        roles,
    }))
}

/// Moves a session's `last_seen_at` forward to `now` (never back).
async fn seen(db: &impl ConnectionTrait, id: i32, now: DateTime<Utc>) -> Result<(), AppError> {
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::value(now))
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::LastSeenAt.lt(now))
        .exec(db)
        .await?;
    Ok(())
}

/// The official signed in by a request's session cookie at the app's time, if any.
pub async fn from_headers(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<Principal>, AppError> {
    let policy = state.sessions;
    match policy.token_from(headers) {
        Some(token) => principal(&state.db, policy.idle, &token, state.clock.now()).await,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(cookie: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::COOKIE, cookie.parse().unwrap());
        headers
    }

    #[test]
    fn over_https_the_cookie_is_a_host_cookie() {
        let https = SessionPolicy::new("https://hoering.kk.dk", Duration::minutes(30));
        assert_eq!(
            https.set_cookie("t0k"),
            "__Host-ordet_session=t0k; Path=/; HttpOnly; SameSite=Lax; Max-Age=1209600; Secure"
        );
        assert!(
            https
                .clear_cookie()
                .starts_with("__Host-ordet_session=; Path=/;")
        );
        assert!(https.clear_cookie().contains("Max-Age=0; Secure"));
        assert!(!https.set_cookie("t0k").contains("Domain"));
        let http = SessionPolicy::new("http://127.0.0.1:3000", Duration::minutes(30));
        assert_eq!(
            http.set_cookie("t0k"),
            "ordet_session=t0k; Path=/; HttpOnly; SameSite=Lax; Max-Age=1209600"
        );
    }

    #[test]
    fn only_the_sites_own_cookie_name_is_read() {
        let https = SessionPolicy::new("https://hoering.kk.dk", Duration::minutes(30));
        let http = SessionPolicy::new("http://hoering.kk.dk", Duration::minutes(30));
        let planted = headers("lang=da; ordet_session=planted");
        assert_eq!(https.token_from(&planted), None);
        assert_eq!(http.token_from(&planted).as_deref(), Some("planted"));
        let host = headers("__Host-ordet_session=real; ordet_session=planted");
        assert_eq!(https.token_from(&host).as_deref(), Some("real"));
        assert_eq!(https.token_from(&headers("__Host-ordet_session=")), None);
    }
}
