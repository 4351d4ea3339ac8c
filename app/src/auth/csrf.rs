//! Cross-site request forgery: besides the SameSite=Lax session cookie, a state-changing
//! request that names where it comes from (`Origin`, else `Referer`, which browsers send)
//! must come from this site. A request naming neither is not from a browser page and goes on.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{Method, header};

use crate::error::AppError;
use crate::state::AppState;

/// The middleware.
pub async fn same_origin(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || comes_from_here(&request, &state.base_url) {
        return next.run(request).await;
    }
    tracing::warn!(path = %request.uri().path(), "cross-site request refused");
    AppError::Forbidden.into_response()
}

fn comes_from_here(request: &Request, base_url: &str) -> bool {
    let headers = request.headers();
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(source) = source else {
        return true;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    same_site(source, base_url, host)
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
