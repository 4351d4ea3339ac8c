//! Rendered public pages of a hearing, kept and served again while nothing they show has
//! changed (issue 19): the hearing page, its public response list and the response form, for
//! visitors without a session.
//!
//! A page is kept under its address, the reader's language, the hearing's `public_stamp` (which
//! the database's triggers move with every change any of these pages shows, in the transaction
//! that makes it: `m20261231_000100_public_aggregates`, `m20270102_000200_page_stamp`) and the
//! minute on the app's clock (the hearing opens and closes by the clock; the countdown counts
//! days). So every request still asks the database one primary-key question — the stamp —
//! and a page is never older than the data: each process keeps its own pages, and a change
//! made through another process is seen by the next request.
//!
//! What is the request's own is put in afresh on every answer: the Content-Security-Policy
//! nonce (each answer's scripts carry a new one, as the header names) and the form's signed
//! render time (`started`, also the form's idempotency key: unique per answer).

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

use app::i18n::{LANG_COOKIE, locale_from_headers};
use app::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use leptos::nonce::Nonce;
use lru::LruCache;

/// The header that says whether the page was kept (`hit`) or rendered and kept (`miss`); a
/// page that may not be kept has none.
const KEPT: HeaderName = HeaderName::from_static("x-page-cache");
/// The largest page kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;
/// The form's signed render time, as the form renders it.
const STARTED: &str = "name=\"started\" value=\"";

/// The kept pages, most recently used last.
type Pages = Mutex<LruCache<Key, Arc<Page>>>;

/// The kept pages of this process (at most `capacity`; none when it is 0).
#[derive(Clone)]
pub struct PageCache {
    pages: Option<Arc<Pages>>,
}

/// What the middleware needs: the pages and, from the app's state, the database, the clock
/// and the form's signing key (not the whole state, cloned on every request).
#[derive(Clone)]
pub struct Kept {
    cache: PageCache,
    db: sea_orm::DatabaseConnection,
    clock: app::clock::SharedClock,
    fill_key: app::response::fill_time::FillKey,
}

impl PageCache {
    /// A cache of at most `capacity` pages; `0` keeps none.
    pub fn new(capacity: usize) -> Self {
        let pages = NonZeroUsize::new(capacity).map(|c| Arc::new(Mutex::new(LruCache::new(c))));
        PageCache { pages }
    }

    /// The middleware's state for the app whose state is `state`.
    pub fn for_app(self, state: &AppState) -> Arc<Kept> {
        Arc::new(Kept {
            cache: self,
            db: state.db.clone(),
            clock: state.clock.clone(),
            fill_key: state.fill_key.clone(),
        })
    }

    fn get(&self, key: &Key) -> Option<Arc<Page>> {
        let pages = self.pages.as_ref()?;
        pages.lock().ok()?.get(key).cloned()
    }

    fn put(&self, key: Key, page: Page) {
        if let Some(mut pages) = self.pages.as_ref().and_then(|p| p.lock().ok()) {
            pages.put(key, Arc::new(page));
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: String,
    locale: &'static str,
    stamp: i64,
    minute: i64,
}

/// A rendered page and what in it was its request's own.
struct Page {
    headers: HeaderMap,
    body: Bytes,
    nonce: String,
    started: Option<String>,
}

/// The middleware: answers a kept page when there is one, keeps a newly rendered one.
pub async fn serve(State(state): State<Arc<Kept>>, request: Request, next: Next) -> Response {
    let cache = &state.cache;
    if cache.pages.is_none() {
        return next.run(request).await;
    }
    let Some(slug) = cacheable(&request) else {
        return next.run(request).await;
    };
    let nonce = request.extensions().get::<Nonce>().map(ToString::to_string);
    let (Some(nonce), Ok(Some(stamp))) = (nonce, stamp(&state, slug).await) else {
        return next.run(request).await;
    };
    let key = Key {
        path_and_query: request.uri().to_string(),
        locale: locale_from_headers(request.headers()).code(),
        stamp,
        minute: state.clock.now().timestamp().div_euclid(60),
    };
    if let Some(page) = cache.get(&key) {
        let mut response = page.answer(&nonce, || fresh_started(&state));
        response
            .headers_mut()
            .insert(KEPT, HeaderValue::from_static("hit"));
        return response;
    }
    let response = next.run(request).await;
    match Page::keep(response, nonce).await {
        Ok((page, mut response)) => {
            cache.put(key, page);
            response
                .headers_mut()
                .insert(KEPT, HeaderValue::from_static("miss"));
            response
        }
        Err(response) => response,
    }
}

/// The hearing's slug when `request` asks for one of the kept pages, without a session.
fn cacheable(request: &Request) -> Option<&str> {
    if request.method() != Method::GET || !only_language_cookie(request.headers()) {
        return None;
    }
    let rest = request.uri().path().strip_prefix("/hearings/")?;
    let (slug, page) = rest.split_once('/').unwrap_or((rest, ""));
    let kept = matches!(page, "" | "responses" | "respond");
    (kept && !slug.is_empty()).then_some(slug)
}

/// Whether the request carries no cookie but the language's.
fn only_language_cookie(headers: &HeaderMap) -> bool {
    headers.get_all(header::COOKIE).iter().all(|value| {
        value.to_str().is_ok_and(|cookies| {
            cookies
                .split(';')
                .map(|c| c.split('=').next().unwrap_or("").trim())
                .all(|name| name.is_empty() || name == LANG_COOKIE)
        })
    })
}

/// The hearing's public stamp (0 before anything moved it); `None` for an unknown hearing.
async fn stamp(state: &Kept, slug: &str) -> Result<Option<i64>, sea_orm::DbErr> {
    use app::entities::{hearing, public_stamp};
    use sea_orm::{ColumnTrait, EntityTrait, JoinType, QueryFilter, QuerySelect, RelationDef};
    let on_hearing: RelationDef = public_stamp::Entity::belongs_to(hearing::Entity)
        .from(public_stamp::Column::HearingId)
        .to(hearing::Column::Id)
        .into();
    let found: Option<(i32, Option<i64>)> = hearing::Entity::find()
        .select_only()
        .column(hearing::Column::Id)
        .column(public_stamp::Column::Stamp)
        .join(JoinType::LeftJoin, on_hearing.rev())
        .filter(hearing::Column::Slug.eq(slug))
        .into_tuple()
        .one(&state.db)
        .await?;
    Ok(found.map(|(_, stamp)| stamp.unwrap_or(0)))
}

/// A newly signed render time for the form.
fn fresh_started(state: &Kept) -> String {
    state.fill_key.sign(state.clock.now().timestamp())
}

impl Page {
    /// The page in `response`, when it may be kept (a whole HTML page, no cookie set), and
    /// the response to send now; else the response untouched.
    async fn keep(response: Response, nonce: String) -> Result<(Page, Response), Response> {
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
    fn answer(&self, nonce: &str, started: impl FnOnce() -> String) -> Response {
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

    fn request(path: &str, cookie: Option<&str>) -> Request {
        let mut builder = http::Request::get(path);
        if let Some(cookie) = cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_a_hearings_public_pages_without_a_session_are_kept() {
        let kept = |path, cookie| cacheable(&request(path, cookie)).map(str::to_owned);
        assert_eq!(kept("/hearings/h", None).as_deref(), Some("h"));
        assert_eq!(
            kept("/hearings/h/responses?page=3", None).as_deref(),
            Some("h")
        );
        assert_eq!(
            kept("/hearings/h/respond", Some("ordet_lang=en")).as_deref(),
            Some("h")
        );
        for path in [
            "/",
            "/hearings/h/respond/sent",
            "/hearings/",
            "/admin/hearings/h",
        ] {
            assert_eq!(kept(path, None), None, "{path}");
        }
        let session = Some("ordet_lang=da; ordet_session=abc");
        assert_eq!(kept("/hearings/h", session), None);
        let mut post = request("/hearings/h/respond", None);
        *post.method_mut() = Method::POST;
        assert_eq!(cacheable(&post), None);
    }

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
