//! Security headers on every response — pages, API, static files, errors — from one
//! middleware around the whole router.
//!
//! The Content-Security-Policy allows scripts only from this site and inline scripts only with
//! this response's nonce: the middleware makes a fresh [`Nonce`] per request and puts it in the
//! request's extensions, where the page shell (`app::app::shell`) hands it to Leptos, so the
//! hydration and resource scripts carry the nonce the header names.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, HeaderName, HeaderValue, header};
use leptos::nonce::Nonce;

/// What the headers depend on besides the request: whether the site is served over https.
#[derive(Debug, Clone, Copy)]
pub struct SecurityHeaders {
    /// `Strict-Transport-Security` is sent only when the public address is https: over plain
    /// http the browser ignores it, and a test or demo on http must not be pinned to https.
    pub https: bool,
}

impl SecurityHeaders {
    /// The headers for a site whose public address is `base_url`.
    pub fn for_base_url(base_url: &str) -> Self {
        let https = base_url
            .get(..8)
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"));
        SecurityHeaders { https }
    }
}

/// The middleware: a nonce into the request, the headers onto the response.
pub async fn add(
    State(policy): State<SecurityHeaders>,
    mut request: Request,
    next: Next,
) -> Response {
    let nonce = Nonce::new();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    policy.apply(response.headers_mut(), &nonce);
    response
}

impl SecurityHeaders {
    fn apply(self, headers: &mut HeaderMap, nonce: &Nonce) {
        let csp = HeaderValue::from_str(&content_security_policy(nonce))
            .expect("a nonce is base64url, valid in a header");
        // A handler that set a stricter policy of its own (a download: `sandbox`) keeps it.
        headers
            .entry(header::CONTENT_SECURITY_POLICY)
            .or_insert(csp);
        // The full address stays on same-origin requests (the CSRF check may read Referer);
        // other sites see only the origin, never a token in a path such as /verify/{token}.
        // (`no-referrer` would also make browsers send `Origin: null` on form posts.)
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        );
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        headers.insert(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(PERMISSIONS_POLICY),
        );
        if self.https {
            headers.insert(
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static("max-age=31536000; includeSubDomains"),
            );
        }
    }
}

/// Powerful browser features Ordet never uses, denied to the page and to anything it embeds.
const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), \
     magnetometer=(), microphone=(), payment=(), usb=()";

/// The policy: everything from this site only; scripts also need this response's nonce when
/// inline; `'wasm-unsafe-eval'` lets the hydration bundle compile its WebAssembly. Inline
/// styles stay allowed (see docs/ARCHITECTURE.md): the themes' bar widths and the e-mail-safe
/// digest preview use `style` attributes, the printable hvidbog a `<style>` element. `data:`
/// images cover the shell's empty icon (`<link rel="icon" href="data:,">`).
fn content_security_policy(nonce: &Nonce) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; \
         base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers_for(base_url: &str) -> (HeaderMap, Nonce) {
        let nonce = Nonce::new();
        let mut headers = HeaderMap::new();
        SecurityHeaders::for_base_url(base_url).apply(&mut headers, &nonce);
        (headers, nonce)
    }

    #[test]
    fn scripts_need_the_nonce_and_nothing_inline_is_allowed_for_them() {
        let (headers, nonce) = headers_for("http://127.0.0.1:3000");
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        let script_src = csp
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with("script-src "))
            .expect("a script-src directive");
        assert_eq!(
            script_src,
            format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'")
        );
        for directive in [
            "default-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'",
        ] {
            assert!(csp.contains(directive), "{directive} in {csp}");
        }
    }

    #[test]
    fn every_request_gets_its_own_nonce() {
        assert_ne!(Nonce::new(), Nonce::new());
    }

    #[test]
    fn hsts_only_when_the_public_address_is_https() {
        let (http, _) = headers_for("http://hoering.example");
        assert!(!http.contains_key(header::STRICT_TRANSPORT_SECURITY));
        let (https, _) = headers_for("HTTPS://hoering.example");
        assert!(https.contains_key(header::STRICT_TRANSPORT_SECURITY));
    }
}
