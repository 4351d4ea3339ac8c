//! The themes as the API and the pages show them; plain data, shared with the browser.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A hearing's themes and campaigns.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Themes {
    /// Themes, largest first.
    pub themes: Vec<ThemeSummary>,
    /// Campaigns (form letters), most signers first.
    pub campaigns: Vec<CampaignSummary>,
}

/// One theme.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ThemeSummary {
    /// The theme's id (stable across re-clustering).
    pub id: i32,
    /// The official's name for it, else its distinctive terms.
    pub label: String,
    /// Its 2–4 distinctive terms, readable.
    pub terms: Vec<String>,
    /// Voices: a campaign counts once, however many signed it.
    pub size: usize,
    /// Responses, every campaign signer counted.
    pub responses: usize,
    /// Voices by respondent kind (`resident`, `association`, `company`, `public_body`).
    pub by_kind: BTreeMap<String, usize>,
    /// Voices by draft section (anchor), for those on a section.
    pub by_section: BTreeMap<String, usize>,
    /// Responses by the language they are written in (ISO 639-1 as detected; `""`: not
    /// detected). A theme from meaning gathers responses of every language on its subject.
    #[serde(default)]
    pub by_language: BTreeMap<String, usize>,
    /// The svarnumre of its representative responses (up to 3), closest to the centre first.
    pub quotes: Vec<String>,
    /// Their best-matching sentences (officials only; empty for the public).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<String>,
    /// The language each sentence is written in, as detected (`""`: not detected); a theme
    /// from meaning may quote a response in any language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentence_languages: Vec<String>,
    /// Re-clustering leaves it alone.
    pub pinned: bool,
    /// An official named it.
    pub named: bool,
}

/// One campaign: near-copies of one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CampaignSummary {
    /// The campaign's id.
    pub id: i32,
    /// How many responses share the text.
    pub signers: usize,
    /// The svarnummer of the response that stands for the text.
    pub representative: String,
}
