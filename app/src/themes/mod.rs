//! Themes: the responses of a hearing grouped by what they are about, computed from the
//! tantivy index's analysed terms, with form-letter campaigns detected and counted as one voice.
//!
//! `vectors` turns a hearing's indexed responses into TF-IDF vectors, `cluster` groups them
//! (and chooses how many groups), `metrics` scores a grouping against known labels (tests and
//! benchmark), `campaigns` finds near-copies.

#[cfg(feature = "ssr")]
pub mod campaigns;
#[cfg(feature = "ssr")]
pub mod cluster;
#[cfg(feature = "ssr")]
pub mod metrics;
#[cfg(feature = "ssr")]
pub mod vectors;
