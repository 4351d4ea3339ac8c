//! (ssr) The officials' session cookie: its name (`__Host-` behind https), its attributes and
//! its lifetime, as the site's [`SessionPolicy`] sets them. The sessions themselves (rows,
//! expiry, sign-out) are `crate::auth::session`'s.

use chrono::Duration;
use http::HeaderMap;

/// The session cookie's name over http.
pub const COOKIE: &str = "ordet_session";
/// Its name when the site is https: browsers take a `__Host-` cookie only from this host, over
/// https, with `Path=/` and no `Domain`, so a neighbouring subdomain cannot plant one.
pub const HOST_COOKIE: &str = "__Host-ordet_session";
/// The longest a session lasts, however busy.
pub const LIFETIME_DAYS: i64 = 14;

/// How sessions behave on this site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionPolicy {
    /// How long a session lasts without a request.
    pub idle: Duration,
    /// Whether the site is https (the cookie is then `Secure` and `__Host-`).
    pub https: bool,
}

impl SessionPolicy {
    /// The policy of the site at `base_url`, sessions ending after `idle` unused.
    pub fn new(base_url: &str, idle: Duration) -> Self {
        SessionPolicy {
            idle,
            https: base_url.starts_with("https://"),
        }
    }

    /// The cookie's name.
    pub fn cookie_name(&self) -> &'static str {
        if self.https { HOST_COOKIE } else { COOKIE }
    }

    /// The session token in a request's cookies (only under this site's cookie name).
    pub fn token_from(&self, headers: &HeaderMap) -> Option<String> {
        crate::web::cookie::find(headers, self.cookie_name())
    }

    /// `Set-Cookie` for a new session: HttpOnly, SameSite=Lax, Path=/, no Domain; `Secure`
    /// and `__Host-` behind https.
    pub fn set_cookie(&self, token: &str) -> String {
        self.cookie(token, LIFETIME_DAYS * 24 * 3600)
    }

    /// `Set-Cookie` that removes the session cookie.
    pub fn clear_cookie(&self) -> String {
        self.cookie("", 0)
    }

    fn cookie(&self, value: &str, max_age: i64) -> String {
        let name = self.cookie_name();
        let secure = if self.https { "; Secure" } else { "" };
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
    }
}
