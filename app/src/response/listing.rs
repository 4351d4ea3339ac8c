//! The public responses page's data: a page of the published responses, or of a search of
//! them, read by one server function from the page's URL query.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::ResponsePage;
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
    let Some(hearing) = crate::hearing::store::find_by_slug(&state.db, &slug).await? else {
        return Ok(None);
    };
    if hearing.status == "draft" {
        return Ok(None);
    }
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(search.trim_start_matches('?')).unwrap_or_default();
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
    };
    listing.responses = page_of(&state, hearing.id, &listing.search).await?;
    let asked = crate::paging::Paging::new(Some(listing.search.page), None, PAGE_SIZE);
    let shown = asked.within(listing.responses.total);
    if shown != asked {
        listing.search.page = shown.page();
        listing.responses = page_of(&state, hearing.id, &listing.search).await?;
    }
    listing.page = shown.page();
    if listing.search.is_search() {
        let svarnumre: Vec<&str> = listing
            .responses
            .items
            .iter()
            .map(|r| r.svarnummer.as_str())
            .collect();
        listing.list_pages =
            super::list::list_pages(&state.db, hearing.id, &svarnumre, PER_PAGE).await?;
        listing.sections = super::inbox::section_choices(&state.db, hearing.id).await?;
    }
    listing.pages = shown.pages(listing.responses.total);
    Ok(Some(listing))
}

/// The page `query` asks for: of the search when it holds words or a filter, else of the
/// plain list; past the end it is empty.
#[cfg(feature = "ssr")]
async fn page_of(
    state: &crate::state::AppState,
    hearing_id: i32,
    query: &crate::search::params::SearchQuery,
) -> Result<ResponsePage, AppError> {
    if query.is_search() {
        let locale = crate::auth::extract::request_locale();
        let params = crate::search::service::SearchParams::of_query(query, PER_PAGE);
        crate::search::service::public(&state.db, &state.search, hearing_id, &params, locale).await
    } else {
        let paging = crate::paging::Paging::new(Some(query.page), None, PAGE_SIZE);
        super::list::published(&state.db, hearing_id, paging).await
    }
}
