//! Search: a tantivy index of every confirmed response, derived from the database through the
//! index outbox, with Danish, English and plain analysers, facets and highlighted snippets.
//!
//! `query` (the search box's language) and `params` (the public search's URL) are plain Rust,
//! shared with the browser, as are the views: the search box (`form_view`), the public form and
//! facets (`public_view`) and highlighted snippets (`snippet`). The rest runs on
//! the server: `analysis` and `schema` define the index (Danish compounds split against the
//! corpus's own `vocabulary` by `decompound`, in the `splitting` token filter), `document` and `load` make its
//! documents from the database, `index` keeps generations on disk, `indexer` applies the
//! outbox after its `cursor` (read by `follow`, pruned by `horizon`, rows marked by `marks`),
//! `follower` is the task every process runs, `build` and `searcher` run a query, `facets`
//! counts, `service` answers the API and the pages with the database's current text.

pub mod form_view;
mod messages;
pub mod params;
pub mod public_view;
pub mod query;
pub mod snippet;

#[cfg(feature = "ssr")]
pub mod analysis;
#[cfg(feature = "ssr")]
pub mod build;
#[cfg(feature = "ssr")]
pub mod cursor;
#[cfg(feature = "ssr")]
pub mod decompound;
#[cfg(feature = "ssr")]
pub mod document;
#[cfg(feature = "ssr")]
pub mod facets;
#[cfg(feature = "ssr")]
pub mod follow;
#[cfg(feature = "ssr")]
pub mod follower;
#[cfg(feature = "ssr")]
pub mod horizon;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod indexer;
#[cfg(feature = "ssr")]
pub mod load;
#[cfg(feature = "ssr")]
pub mod marks;
#[cfg(feature = "ssr")]
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod schema;
#[cfg(feature = "ssr")]
pub mod searcher;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod similar;
#[cfg(feature = "ssr")]
pub mod splitting;
#[cfg(feature = "ssr")]
pub mod theme_queue;
#[cfg(feature = "ssr")]
pub mod vocabularies;
#[cfg(feature = "ssr")]
pub mod vocabulary;

use std::collections::BTreeMap;

/// Counts per value of each filterable field: `{"kind": {"resident": 12, …}, …}`.
pub type FacetCounts = BTreeMap<String, BTreeMap<String, u64>>;

/// The search index and the indexer's wake-up call, shared by request handlers.
#[cfg(feature = "ssr")]
#[derive(Clone)]
pub struct Search {
    /// The index.
    pub index: std::sync::Arc<index::SearchIndex>,
    /// Wakes the indexer after a change was committed.
    pub nudge: std::sync::Arc<tokio::sync::Notify>,
    /// How far this process's index has followed the outbox.
    pub progress: std::sync::Arc<follow::Progress>,
}

#[cfg(feature = "ssr")]
impl Search {
    /// A handle on `index`, with nothing applied yet.
    pub fn new(index: index::SearchIndex) -> Self {
        Search {
            index: std::sync::Arc::new(index),
            nudge: std::sync::Arc::default(),
            progress: std::sync::Arc::default(),
        }
    }
}

#[cfg(feature = "ssr")]
impl std::fmt::Debug for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Search").finish_non_exhaustive()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod scope_tests;
#[cfg(all(test, feature = "ssr"))]
mod tests;
