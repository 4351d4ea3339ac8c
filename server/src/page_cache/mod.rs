//! Rendered public pages of a hearing, kept and served again while nothing they show has
//! changed (issue 19): the hearing page, its public response list, the response form and the
//! outcome with its høringsnotat (issue 23: every response summarised), for visitors without a
//! session.
//!
//! A page is kept under its address, the reader's language, the hearing's `public_stamp` (which
//! the database's triggers move with every change any of these pages shows, in the transaction
//! that makes it: `m20261231_000100_public_aggregates`, `m20270102_000200_page_stamp`) and the
//! minute on the app's clock (the hearing opens and closes by the clock; the countdown counts
//! days). The stamp this process read last is trusted until the database signals a change
//! (`feed`: PostgreSQL `LISTEN`, SQLite `data_version`; `stamps`), and every write request this
//! process answers counts as one. So a kept page shows a change made through this process from
//! the next request on, and one made elsewhere within the signal's delay (PostgreSQL: its
//! delivery; SQLite: at most [`feed::POLL`]); without a live signal every request asks the
//! database, as each process keeps its own pages.
//!
//! What is the request's own is put in afresh on every answer (`page`): the
//! Content-Security-Policy nonce and the form's signed render time (`started`, also the form's
//! idempotency key: unique per answer).

mod feed;
mod page;
mod stamps;

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

use app::i18n::LANG_COOKIE;
use app::jobs::Job;
use app::state::AppState;
use app::web::language::locale_from_headers;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use leptos::nonce::Nonce;
use lru::LruCache;

use page::Page;
use stamps::Stamps;

/// The header that says whether the page was kept (`hit`) or rendered and kept (`miss`); a
/// page that may not be kept has none.
const KEPT: HeaderName = HeaderName::from_static("x-page-cache");

/// The kept pages, most recently used last.
type Pages = Mutex<LruCache<Key, Arc<Page>>>;

/// The kept pages of this process (at most `capacity`; none when it is 0).
#[derive(Clone)]
pub struct PageCache {
    pages: Option<Arc<Pages>>,
    stamps: Arc<Stamps>,
}

/// What the middleware needs: the pages and the app's state (its database, clock and the
/// form's signing key).
#[derive(Clone)]
pub struct Kept {
    cache: PageCache,
    app: AppState,
}

impl PageCache {
    /// A cache of at most `capacity` pages; `0` keeps none.
    pub fn new(capacity: usize) -> Self {
        let pages = NonZeroUsize::new(capacity).map(|c| Arc::new(Mutex::new(LruCache::new(c))));
        PageCache {
            pages,
            stamps: Arc::default(),
        }
    }

    /// Something may have changed in the database: the next request reads the stamps again,
    /// as after the change signal. (Tests call it after writing straight to the database,
    /// instead of waiting for the signal.)
    pub fn changed(&self) {
        self.stamps.changed();
    }

    /// Keeps the hearings' stamps told of the database's changes until the process stops
    /// (nothing to do when no page is kept).
    pub async fn watch(self, job: Job) {
        if self.pages.is_some() {
            feed::run(self.stamps, job).await;
        }
    }

    /// The middleware's state for the app whose state is `state`.
    pub fn for_app(self, state: &AppState) -> Arc<Kept> {
        Arc::new(Kept {
            cache: self,
            app: state.clone(),
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

/// The middleware: answers a kept page when there is one, keeps a newly rendered one.
pub async fn serve(State(state): State<Arc<Kept>>, request: Request, next: Next) -> Response {
    let cache = &state.cache;
    if cache.pages.is_none() {
        return next.run(request).await;
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        // A write answered here may have changed any page: read the stamps again.
        let response = next.run(request).await;
        cache.stamps.changed();
        return response;
    }
    let Some(slug) = cacheable(&request) else {
        return next.run(request).await;
    };
    let nonce = request.extensions().get::<Nonce>().map(ToString::to_string);
    let stamp = cache
        .stamps
        .of(slug, stamps::read(&state.app.db, slug))
        .await;
    let (Some(nonce), Ok(Some(stamp))) = (nonce, stamp) else {
        return next.run(request).await;
    };
    let key = Key {
        path_and_query: request.uri().to_string(),
        locale: locale_from_headers(request.headers()).code(),
        stamp,
        minute: state.app.clock.now().timestamp().div_euclid(60),
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
    let kept = matches!(page, "" | "responses" | "respond" | "outcome");
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

/// A newly signed render time for the form.
fn fresh_started(state: &Kept) -> String {
    state.app.fill_key.sign(state.app.clock.now().timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(path: &str, cookie: Option<&str>) -> Request {
        let mut builder = http::Request::get(path);
        if let Some(cookie) = cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        builder.body(axum::body::Body::empty()).unwrap()
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
        assert_eq!(kept("/hearings/h/outcome", None).as_deref(), Some("h"));
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
}
