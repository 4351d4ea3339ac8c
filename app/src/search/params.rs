//! The public search as its URL holds it (`?q=bolig&kind=association&sort=newest&page=2`):
//! read on the server from the page's query string, written back into the search form, the
//! facet links and the pager, so a search can be bookmarked and shared.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The filters of the public search, in the order the page shows them.
pub const PUBLIC_FILTERS: [&str; 4] = ["kind", "section", "language", "stance"];

/// A public search: the words, one value per filter, the order and the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchQuery {
    /// The search box's text, as typed.
    pub q: String,
    /// Filter (one of [`PUBLIC_FILTERS`]) → the value chosen.
    pub filters: BTreeMap<String, String>,
    /// `newest` for newest first; otherwise best match first.
    pub newest: bool,
    /// The page, from 1 (at most [`crate::paging::MAX_PAGE`]).
    pub page: u64,
}

impl SearchQuery {
    /// The search in a URL query's name/value pairs; unknown names, empty values and an
    /// unreadable page are left out.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut query = SearchQuery {
            page: 1,
            ..SearchQuery::default()
        };
        for (name, value) in pairs {
            match name.as_str() {
                "q" => query.q = value,
                "sort" => query.newest = value == "newest",
                "page" => query.page = crate::paging::page_number(&value),
                key if PUBLIC_FILTERS.contains(&key) && !value.trim().is_empty() => {
                    query
                        .filters
                        .insert(key.to_owned(), value.trim().to_owned());
                }
                _ => {}
            }
        }
        query
    }

    /// True when the URL asks for a search (words or a filter), not the plain list.
    pub fn is_search(&self) -> bool {
        !self.q.trim().is_empty() || !self.filters.is_empty()
    }

    /// The value chosen for `filter`, if any.
    pub fn filter(&self, filter: &str) -> Option<&str> {
        self.filters.get(filter).map(String::as_str)
    }

    /// The same search from its first page with `filter` set to `value` (or left out).
    pub fn with_filter(&self, filter: &str, value: Option<&str>) -> Self {
        let mut next = self.clone();
        match value {
            Some(value) => next.filters.insert(filter.to_owned(), value.to_owned()),
            None => next.filters.remove(filter),
        };
        next.page = 1;
        next
    }

    /// The address of page `page` of this search on `base` (the page's path).
    pub fn href(&self, base: &str, page: u64) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !self.q.trim().is_empty() {
            pairs.push(("q", &self.q));
        }
        for key in PUBLIC_FILTERS {
            if let Some(value) = self.filter(key) {
                pairs.push((key, value));
            }
        }
        if self.newest {
            pairs.push(("sort", "newest"));
        }
        let page = page.to_string();
        if page != "1" {
            pairs.push(("page", &page));
        }
        let query = pairs
            .into_iter()
            .map(|(name, value)| format!("{name}={}", crate::web::url::encode(value)))
            .collect::<Vec<_>>()
            .join("&");
        if query.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{query}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn the_url_round_trips_with_danish_letters_and_quotes() {
        let query = SearchQuery::from_pairs(pairs(&[
            ("q", "\"ældre borgere\" -støj"),
            ("kind", "association"),
            ("sort", "newest"),
            ("page", "3"),
            ("per_page", "1000"),
            ("language", ""),
        ]));
        assert!(query.is_search());
        let href = query.href("/h", query.page);
        assert_eq!(
            href,
            "/h?q=%22%C3%A6ldre%20borgere%22%20-st%C3%B8j&kind=association&sort=newest&page=3"
        );
        assert_eq!(
            query.with_filter("kind", None).href("/h", 1),
            "/h?q=%22%C3%A6ldre%20borgere%22%20-st%C3%B8j&sort=newest"
        );
    }

    #[test]
    fn no_words_and_no_filters_is_the_plain_list() {
        let plain =
            SearchQuery::from_pairs(pairs(&[("page", "x"), ("q", "  "), ("sort", "newest")]));
        assert!(!plain.is_search());
        assert_eq!(plain.page, 1);
        for (hostile, page) in [
            ("1000000000", crate::paging::MAX_PAGE),
            ("99999999999999999999999", crate::paging::MAX_PAGE),
            ("0", 1),
            ("-5", 1),
        ] {
            let query = SearchQuery::from_pairs(pairs(&[("page", hostile)]));
            assert_eq!(query.page, page, "page={hostile}");
        }
        let filtered = plain.with_filter("stance", Some("oppose"));
        assert!(filtered.is_search());
        assert_eq!(filtered.filter("stance"), Some("oppose"));
    }
}
