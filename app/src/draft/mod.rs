//! The draft document a hearing is about: versions, sections and paragraphs with stable
//! anchors, imported from Markdown and shown with a table of contents.

mod block;
mod messages;
mod view;

#[cfg(feature = "ssr")]
pub mod changes;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod summaries;

pub use block::Block;
pub use view::{DraftSection, DraftView, ShortVersion};

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

/// The language officials write a hearing in (its title, summary, draft): marked on that text
/// (`lang`, `dir`) so that it is read and laid out as Danish on a page in any language.
pub const WRITTEN_IN: &str = "da";

/// The current version of a hearing's draft, as readers see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DraftDto {
    /// 1 for the first imported version, then counting up.
    pub version_no: i32,
    /// The document's own title (its first level-1 heading).
    pub title: String,
    /// When this version was imported.
    pub imported_at: DateTime<Utc>,
    /// The same on the hearing's wall clock (no offset).
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2010-09-01T09:00:00"))]
    pub imported_local: NaiveDateTime,
    /// The sections in reading order; nesting is given by `level`.
    pub sections: Vec<SectionDto>,
}

/// A heading and the paragraphs directly under it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SectionDto {
    /// The HTML `id` of the section; stable while the heading's text is unchanged.
    pub anchor: String,
    /// Outline number, e.g. "3" or "3.1".
    pub number: String,
    /// The heading text.
    pub heading: String,
    /// 1 for a top-level section, 2 for a subsection, …
    pub level: i32,
    /// The paragraphs of this section.
    pub paragraphs: Vec<ParagraphDto>,
    /// "Kort fortalt": officials' short plain-language summary of the section, one per
    /// language they wrote it in, Danish first; empty when there is none.
    #[serde(default)]
    pub summaries: Vec<SummaryDto>,
}

/// A section's short plain-language summary ("kort fortalt") in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SummaryDto {
    /// The language's code: `da`, `en`, `ar`, `tr`, `ur` or `so`.
    pub lang: String,
    /// The summary; paragraphs are separated by a blank line.
    pub text: String,
    /// The section's text has changed since the summary was written (a later version of the
    /// draft): officials should read it again and save it.
    #[serde(default)]
    pub outdated: bool,
}

impl SectionDto {
    /// The summary to show a reader of `locale`: theirs when officials wrote one, else the
    /// Danish one (the summaries are translated from it). An outdated summary is shown to no
    /// reader: it may say what the section no longer does.
    pub fn summary_for(&self, locale: crate::i18n::Locale) -> Option<&SummaryDto> {
        let current = || self.summaries.iter().filter(|s| !s.outdated);
        let of = |code: &str| current().find(|s| s.lang == code);
        of(locale.code()).or_else(|| of(WRITTEN_IN))
    }
}

/// One paragraph, list or table of the draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ParagraphDto {
    /// The HTML `id`; the same in every version where the paragraph's text is unchanged.
    pub anchor: String,
    /// Running number in the document, for citing ("afsnit 12").
    pub number: String,
    /// The content.
    #[serde(flatten)]
    pub block: Block,
}

/// Why a draft could not be imported. Nothing is stored when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum DraftError {
    /// The file holds nothing but whitespace.
    #[error("the file is empty")]
    Empty,
    /// The file is larger than the importer accepts.
    #[error("the file is {bytes} bytes; at most {max} bytes are accepted")]
    TooLarge {
        /// Size of the file.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// The file is not UTF-8 text.
    #[error("the file is not UTF-8 text (first invalid byte on line {line})")]
    InvalidUtf8 {
        /// Line of the first invalid byte.
        line: usize,
    },
    /// The file has no Markdown heading at all.
    #[error("the text has no heading (a line starting with #)")]
    NoHeading,
    /// Text stands before the first section heading.
    #[error("line {line}: text before the first section heading")]
    TextBeforeFirstHeading {
        /// Line of the stray text.
        line: usize,
    },
}
