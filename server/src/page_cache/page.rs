//! A kept page: the rendered answer, and what in it was its request's own (the CSP nonce,
//! the form's signed render time), put in afresh on every answer.

use axum::body::{Body, Bytes};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode, header};

/// The largest page kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;
/// The form's signed render time, as the form renders it.
const STARTED: &str = "name=\"started\" value=\"";

/// A rendered page and what in it was its request's own.
pub(super) struct Page {
    headers: HeaderMap,
    body: Bytes,
    nonce: String,
    started: Option<String>,
}

impl Page {
    /// The page in `response`, when it may be kept (a whole HTML page, no cookie set), and
    /// the response to send now; else the response untouched.
    pub(super) async fn keep(
        response: Response,
        nonce: String,
    ) -> Result<(Page, Response), Response> {
        let html = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        if response.status() != StatusCode::OK
            || !html
            || response.headers().contains_key(header::SET_COOKIE)
        {
            return Err(response);
        }
        let (parts, body) = response.into_parts();
        let body = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
            Ok(body) => body,
            Err(_) => return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
        };
        let mut headers = parts.headers.clone();
        headers.remove(header::CONTENT_LENGTH);
        headers.remove(header::DATE);
        let page = Page {
            headers,
            started: started_in(&body),
            body: body.clone(),
            nonce,
        };
        Ok((page, Response::from_parts(parts, Body::from(body))))
    }

    /// The kept page for a request whose nonce is `nonce`, with a form signed now.
    pub(super) fn answer(&self, nonce: &str, started: impl FnOnce() -> String) -> Response {
        let mut body = replace(&self.body, &self.nonce, nonce);
        if let Some(old) = &self.started {
            body = replace(&body, old, &started());
        }
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = self.headers.clone();
        response
    }
}

/// The form's `started` value in `body`, if the page has the form.
fn started_in(body: &[u8]) -> Option<String> {
    let at = memchr::memmem::find(body, STARTED.as_bytes())? + STARTED.len();
    let len = memchr::memchr(b'"', &body[at..])?;
    String::from_utf8(body[at..at + len].to_vec()).ok()
}

/// `body` with every `old` replaced by `new`.
fn replace(body: &[u8], old: &str, new: &str) -> Bytes {
    let mut out = Vec::with_capacity(body.len() + 64);
    let mut rest = body;
    for at in memchr::memmem::find_iter(body, old.as_bytes()) {
        let done = body.len() - rest.len();
        out.extend_from_slice(&body[done..at]);
        out.extend_from_slice(new.as_bytes());
        rest = &body[at + old.len()..];
    }
    out.extend_from_slice(rest);
    Bytes::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_occurrence_is_replaced_and_nothing_else() {
        let body = b"<script nonce=\"AAA\"></script><p>AAA</p><i nonce=\"AAA\">";
        let out = replace(body, "AAA", "bbbb");
        assert_eq!(
            &out[..],
            b"<script nonce=\"bbbb\"></script><p>bbbb</p><i nonce=\"bbbb\">"
        );
        assert_eq!(&replace(b"none here", "AAA", "b")[..], b"none here");
    }

    #[test]
    fn the_forms_started_value_is_found() {
        let html = b"<input type=\"hidden\" name=\"started\" value=\"17.ab.cd\"/>";
        assert_eq!(started_in(html).as_deref(), Some("17.ab.cd"));
        assert_eq!(started_in(b"<p>no form</p>"), None);
    }
}
