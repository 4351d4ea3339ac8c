//! Search: a tantivy index of every response, derived from the database through the index
//! outbox, with Danish, English and plain analysers, facets and highlighted snippets.

#[cfg(feature = "ssr")]
pub mod outbox;
