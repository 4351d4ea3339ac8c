//! The public responses page's data: a page of the published responses, or of a search of
//! them, read by one server function from the page's URL query.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::ResponsePage;
#[cfg(feature = "ssr")]
use super::keyset::{Cursor, Start};
use crate::error::AppError;

/// One page of a hearing's published responses, for the public list page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseListing {
    /// The hearing's slug.
    pub slug: String,
    /// The hearing's title.
    pub title: String,
    /// This page's number, from 1.
    pub page: u64,
    /// How many pages there are.
    pub pages: u64,
    /// The responses.
    pub responses: ResponsePage,
    /// The search the URL asked for (empty for the plain list).
    #[serde(default)]
    pub search: crate::search::params::SearchQuery,
    /// The current draft's sections, for the section facet: anchor, number and heading.
    #[serde(default)]
    pub sections: Vec<(String, String)>,
    /// In search results: the page of the plain list each response is on, by svarnummer.
    #[serde(default)]
    pub list_pages: std::collections::BTreeMap<String, u64>,
    /// In the plain list: the previous page's link parameter (`before=…`), if there is one.
    #[serde(default)]
    pub previous: Option<String>,
    /// In the plain list: the next page's link parameter (`after=…`), if there is one.
    #[serde(default)]
    pub next: Option<String>,
}

/// Responses per page on the public list.
pub const PER_PAGE: u64 = 20;

/// The public list's page size: always [`PER_PAGE`].
#[cfg(feature = "ssr")]
const PAGE_SIZE: crate::paging::PageSize = crate::paging::PageSize {
    default: PER_PAGE,
    max: PER_PAGE,
};

/// A page of a public hearing's published responses, or a search of them when the page's URL
/// query (`search`, with or without its `?`) holds words or a filter; `None` if there is no
/// such hearing.
#[server(prefix = "/sf", endpoint = "list_responses")]
pub async fn list_responses(
    slug: String,
    search: String,
) -> Result<Option<ResponseListing>, AppError> {
    use crate::search::params::SearchQuery;
    let state = crate::state::app_state()?;
    let Some(hearing) = crate::hearing::store::public(&state.db, &slug).await? else {
        return Ok(None);
    };
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(search.trim_start_matches('?')).unwrap_or_default();
    let cursor = cursor_of(&pairs);
    let query = SearchQuery::from_pairs(pairs);
    let mut listing = ResponseListing {
        slug,
        title: hearing.title,
        page: query.page,
        pages: 1,
        responses: ResponsePage {
            total: 0,
            items: Vec::new(),
            facets: None,
            problem: None,
        },
        search: query,
        sections: Vec::new(),
        list_pages: Default::default(),
        previous: None,
        next: None,
    };
    if !listing.search.is_search() {
        plain(&state, hearing.id, cursor, &mut listing).await?;
        return Ok(Some(listing));
    }
    listing.responses = page_of(&state, hearing.id, &listing.search).await?;
    let asked = crate::paging::Paging::new(Some(listing.search.page), None, PAGE_SIZE);
    let shown = asked.within(listing.responses.total);
    if shown != asked {
        listing.search.page = shown.page();
        listing.responses = page_of(&state, hearing.id, &listing.search).await?;
    }
    listing.page = shown.page();
    let svarnumre: Vec<&str> = listing
        .responses
        .items
        .iter()
        .map(|r| r.svarnummer.as_str())
        .collect();
    listing.list_pages =
        super::list::list_pages(&state.db, hearing.id, &svarnumre, PER_PAGE).await?;
    listing.sections = crate::draft::store::section_choices(&state.db, hearing.id).await?;
    listing.pages = shown.pages(listing.responses.total);
    Ok(Some(listing))
}

/// The plain list's page: from the URL's cursor when it names a page that has rows, else by
/// its number (past the end: the last page).
#[cfg(feature = "ssr")]
async fn plain(
    state: &crate::state::AppState,
    hearing_id: i32,
    cursor: Option<Start>,
    listing: &mut ResponseListing,
) -> Result<(), AppError> {
    if let Some(start) = cursor
        && plain_from(state, hearing_id, start, listing).await?
    {
        return Ok(());
    }
    let total = super::tally::publicly_shown(&state.db, hearing_id).await?;
    let shown =
        crate::paging::Paging::new(Some(listing.search.page), None, PAGE_SIZE).within(total);
    listing.page = shown.page();
    listing.search.page = shown.page();
    plain_from(state, hearing_id, Start::Skip(shown.offset()), listing).await?;
    Ok(())
}

/// The page a cursor in the URL names (`after=…` or `before=…`); `None` without one.
#[cfg(feature = "ssr")]
fn cursor_of(pairs: &[(String, String)]) -> Option<Start> {
    pairs.iter().find_map(|(name, value)| match name.as_str() {
        "after" => Cursor::parse(value).map(Start::After),
        "before" => Cursor::parse(value).map(Start::Before),
        _ => None,
    })
}

/// Fills `listing` with the plain list's page from `start` and its pager's cursors; `false`
/// (and nothing changed) when that page is empty. The page's number is `listing.page` (the
/// URL's `page`, carried with the cursor), kept within the pages there are.
#[cfg(feature = "ssr")]
async fn plain_from(
    state: &crate::state::AppState,
    hearing_id: i32,
    start: Start,
    listing: &mut ResponseListing,
) -> Result<bool, AppError> {
    let list = super::list::published_from(&state.db, hearing_id, start, PER_PAGE).await?;
    if list.page.items.is_empty() {
        return Ok(false);
    }
    let paging = crate::paging::Paging::new(Some(listing.page), None, PAGE_SIZE);
    listing.pages = paging.pages(list.page.total);
    listing.page = match (list.previous, list.next) {
        (None, _) => 1,
        (Some(_), None) => listing.pages,
        _ => listing
            .page
            .clamp(2, listing.pages.saturating_sub(1).max(2)),
    };
    listing.previous = list.previous.map(|c| format!("before={}", c.to_param()));
    listing.next = list.next.map(|c| format!("after={}", c.to_param()));
    listing.responses = list.page;
    Ok(true)
}

/// The page of the search `query` asks for; past the end it is empty.
#[cfg(feature = "ssr")]
async fn page_of(
    state: &crate::state::AppState,
    hearing_id: i32,
    query: &crate::search::params::SearchQuery,
) -> Result<ResponsePage, AppError> {
    let locale = crate::auth::extract::request_locale();
    let params = crate::search::service::SearchParams::of_query(query, PER_PAGE);
    super::list::searched(&state.db, &state.search, hearing_id, &params, locale).await
}
