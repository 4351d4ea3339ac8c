//! The grant's cookie: `HttpOnly; SameSite=Strict; Path=/`, `Secure` and `__Host-` on an
//! https site, lasting [`GRANT_MINUTES`] (the row's `expires_at` decides; the cookie's
//! Max-Age only tidies the browser). Strict: no other site can make a browser send it.

use http::HeaderMap;

use super::GRANT_MINUTES;
use super::access;
use super::{MyDataView, gather};
use crate::error::AppError;
use crate::state::AppState;

/// The cookie's name over http.
pub const COOKIE: &str = "ordet_my_data";
/// Its name on an https site.
pub const HOST_COOKIE: &str = "__Host-ordet_my_data";

/// The cookie's name on this site.
fn name(state: &AppState) -> &'static str {
    if state.sessions.https {
        HOST_COOKIE
    } else {
        COOKIE
    }
}

/// `Set-Cookie` for a new grant.
pub fn set_cookie(state: &AppState, token: &str) -> String {
    cookie(state, token, GRANT_MINUTES * 60)
}

/// `Set-Cookie` that removes it.
pub fn clear_cookie(state: &AppState) -> String {
    cookie(state, "", 0)
}

fn cookie(state: &AppState, value: &str, max_age: i64) -> String {
    let secure = if state.sessions.https { "; Secure" } else { "" };
    format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
        name(state)
    )
}

/// The grant token in a request's cookies.
pub fn token_from(state: &AppState, headers: &HeaderMap) -> Option<String> {
    crate::web::cookie::find(headers, name(state))
}

/// The address this request's grant opens, while it is live.
pub async fn email(state: &AppState, headers: &HeaderMap) -> Result<Option<String>, AppError> {
    let Some(token) = token_from(state, headers) else {
        return Ok(None);
    };
    let granted = access::granted(&state.db, &token, state.clock.now()).await?;
    Ok(granted.map(|(email, _)| email))
}

/// The data this request's grant opens, with the grant's end; `None` without a live grant.
pub async fn view(state: &AppState, headers: &HeaderMap) -> Result<Option<MyDataView>, AppError> {
    let Some(token) = token_from(state, headers) else {
        return Ok(None);
    };
    let now = state.clock.now();
    let Some((email, until)) = access::granted(&state.db, &token, now).await? else {
        return Ok(None);
    };
    let data = gather::gather(&state.db, &email, now).await?;
    Ok(Some(MyDataView {
        data,
        until: gather::copenhagen(until),
    }))
}
