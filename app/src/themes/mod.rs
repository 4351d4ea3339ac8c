//! Themes: the responses of a hearing grouped by what they are about, computed from the
//! tantivy index's analysed terms, with form-letter campaigns detected and counted as one
//! voice, and officials in the loop (rename, merge, split, move, pin; all audited).
//!
//! Algorithms: `vectors` turns a hearing's indexed responses into TF-IDF vectors (the words),
//! `meaning` gives each response its sentence vector (what it is about, in any language; kept
//! in `response_vector`), `cluster` groups the sentence vectors — or the TF-IDF vectors when
//! there is no model — (and chooses how many groups), `campaigns` finds near-copies, `metrics` scores
//! a grouping against known labels (tests and benchmark). A run: `input` reads the database,
//! `plan` decides (`matching` keeps themes' identities, `describe` labels them with `label`
//! and `quotes`; `public_words` makes the public's labels and quotes from published text
//! alone), `store` writes; `refresh` is one run, `outbox` and `worker` run it in the
//! background after responses change. `summary` counts for readers; `model` is what the API
//! and the pages get.
//!
//! Pages: the officials' theme page (`view`, `view_forms`, `heatmap`, `highlight`; its data in
//! `page` and `page_store`, its form posts in `form_post`), the public hearing page's themes
//! (`public_view`) and the response page's move form (`response_view`).

#[cfg(feature = "ssr")]
pub mod form_post;
mod heatmap;
pub mod highlight;
pub mod model;
pub mod page;
#[cfg(feature = "ssr")]
pub mod page_store;
mod problem;
mod public_view;
mod response_view;
mod view;
mod view_forms;

pub use model::{CampaignSummary, ThemeSummary, Themes};
pub use problem::ThemeProblem;
pub use public_view::PublicThemes;
pub use response_view::{RefusedMove, ResponseThemeForm};
pub use view::ThemesPage;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod campaigns;
#[cfg(feature = "ssr")]
pub mod central;
#[cfg(feature = "ssr")]
pub mod cluster;
#[cfg(feature = "ssr")]
pub mod describe;
#[cfg(feature = "ssr")]
pub mod edit_api;
#[cfg(feature = "ssr")]
pub mod edits;
#[cfg(feature = "ssr")]
pub mod input;
#[cfg(feature = "ssr")]
pub mod label;
#[cfg(feature = "ssr")]
pub mod matching;
#[cfg(feature = "ssr")]
pub mod meaning;
#[cfg(feature = "ssr")]
pub mod metrics;
#[cfg(feature = "ssr")]
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod plan;
#[cfg(feature = "ssr")]
pub mod public_cache;
#[cfg(feature = "ssr")]
pub mod public_words;
#[cfg(feature = "ssr")]
pub mod quotes;
#[cfg(feature = "ssr")]
pub mod refresh;
#[cfg(feature = "ssr")]
pub mod split;
#[cfg(feature = "ssr")]
pub mod stop_words;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod summary;
#[cfg(feature = "ssr")]
pub mod tally;
#[cfg(feature = "ssr")]
pub mod vectors;
#[cfg(feature = "ssr")]
pub mod worker;
