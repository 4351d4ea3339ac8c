//! Cross-site request forgery: besides the SameSite=Lax session cookie, every state-changing
//! request (any method but GET, HEAD and OPTIONS), on every route of the app, passes this one
//! layer. A request that names where it comes from (`Origin`, else `Referer`; browsers send
//! them) must name this site. A request that names neither is refused when it carries the
//! session cookie (a browser stripped them, or a script rides on a signed-in browser); without
//! the cookie it has no session to misuse (a resident's API client) and goes on.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, Method, header};

use crate::error::AppError;
use crate::i18n::Messages;

/// What the check needs to know of the site: its public address, and how to tell that a
/// request carries an official's session.
#[derive(Clone, Debug)]
pub struct SameOrigin {
    /// The public address (`ORDET_BASE_URL`).
    pub base_url: String,
    /// The name of the officials' session cookie.
    pub session_cookie: &'static str,
}

/// What a request says about where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// This site.
    Here,
    /// Another site (or `null`).
    Elsewhere,
    /// Nothing, and it carries the session cookie.
    UnnamedWithSession,
    /// Nothing, and no session cookie.
    UnnamedWithoutSession,
}

/// The middleware.
pub async fn same_origin(State(site): State<SameOrigin>, request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe {
        return next.run(request).await;
    }
    let headers = request.headers();
    let message: fn(&dyn Messages) -> &'static str = match source(headers, &site) {
        Source::Here | Source::UnnamedWithoutSession => return next.run(request).await,
        Source::Elsewhere => |t| t.cross_site_refused(),
        Source::UnnamedWithSession => |t| t.origin_missing(),
    };
    // The route's pattern, never the path: paths carry one-time tokens.
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map_or("-", |path| path.as_str());
    tracing::warn!(route, "cross-site request refused");
    let locale = crate::web::language::locale_from_headers(headers);
    AppError::Forbidden.answer_with(message(locale.messages()))
}

fn source(headers: &HeaderMap, site: &SameOrigin) -> Source {
    let named = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .map(|v| v.to_str().unwrap_or_default());
    match named {
        Some(source) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            if same_site(source, &site.base_url, host) {
                Source::Here
            } else {
                Source::Elsewhere
            }
        }
        None if super::cookie::find(headers, site.session_cookie).is_some() => {
            Source::UnnamedWithSession
        }
        None => Source::UnnamedWithoutSession,
    }
}

/// Whether `source` (an origin or a URL) is the site: its public address, or the host the
/// request was sent to.
fn same_site(source: &str, base_url: &str, host: Option<&str>) -> bool {
    let authority = |url: &str| -> Option<String> {
        let rest = url.split_once("://")?.1;
        Some(rest.split('/').next()?.to_ascii_lowercase())
    };
    let Some(source) = authority(source) else {
        return false;
    };
    authority(base_url).as_deref() == Some(source.as_str())
        || host.is_some_and(|h| h.eq_ignore_ascii_case(&source))
}

#[cfg(test)]
mod tests {
    use super::same_site;

    #[test]
    fn only_this_site_may_change_things() {
        let base = "https://hoering.kk.dk";
        assert!(same_site("https://hoering.kk.dk", base, None));
        assert!(same_site("https://hoering.kk.dk/admin/inbox", base, None));
        assert!(same_site(
            "http://127.0.0.1:3000",
            base,
            Some("127.0.0.1:3000")
        ));
        assert!(!same_site(
            "https://evil.example",
            base,
            Some("hoering.kk.dk")
        ));
        assert!(!same_site("https://hoering.kk.dk.evil.example", base, None));
        assert!(!same_site("null", base, None));
    }
}
