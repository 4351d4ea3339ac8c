//! The hvidbog (høringsnotat): Copenhagen's document that collects a hearing's responses with
//! the administration's remarks for the committee. A draft is generated from the data — the
//! hearing period, the consulted parties with a tick for those who answered, the responses by
//! kind; "Generelle bemærkninger" by theme and "Tekstnære bemærkninger" by draft section, each
//! response once, summarised by its most representative sentences — and officials add
//! "forvaltningens bemærkninger" and "giver anledning til ændring: ja/nej" per response and
//! per theme. Exported as DOCX and as a printable page.
//!
//! Here: the DTOs and server functions of the page. ssr: reading the draft (build.rs), the
//! summaries (`themes::central`), the remarks (remarks.rs), the Word file (docx.rs, docx_xml.rs),
//! the printable page (print.rs), the API and downloads (api.rs), the page's form (form_post.rs).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::hearing::HearingLink;

mod view;
pub use view::HvidbogPage;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod build;
#[cfg(feature = "ssr")]
pub mod docx;
#[cfg(feature = "ssr")]
mod docx_xml;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod print;
#[cfg(feature = "ssr")]
pub mod remarks;

/// The administration's remark and its verdict (the public reads it with the outcome).
pub use crate::disclosure::Remark;

/// One response in the hvidbog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Entry {
    /// The response's id.
    pub response_id: i32,
    /// Its svarnummer.
    pub svarnummer: String,
    /// Who sent it, as published (an organisation's name; "Borger" for residents who did
    /// not agree to show their name).
    pub respondent: String,
    /// The respondent's kind.
    pub kind: String,
    /// Whether it is publicly shown (only then is it summarised).
    pub published: bool,
    /// Its most representative sentences of its published text, in their order (empty when
    /// it is not publicly shown).
    pub summary: Vec<String>,
    /// The administration's remark on it.
    pub remark: Remark,
}

/// A group of responses: a theme, a draft section, or the rest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Group {
    /// `theme-12`, `section-4-1` or `other`: an anchor on the page.
    pub key: String,
    /// The theme's name or the section's number and heading.
    pub title: String,
    /// The theme, when the group is one (its remark is saved on it).
    pub theme_id: Option<i32>,
    /// The remark on the theme.
    pub remark: Option<Remark>,
    /// The responses, by svarnummer.
    pub entries: Vec<Entry>,
}

/// A consulted party and whether it answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PartyTick {
    /// Its name.
    pub name: String,
    /// Whether it answered.
    pub answered: bool,
}

/// The hvidbog draft of a hearing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Hvidbog {
    /// The hearing.
    pub hearing: HearingLink,
    /// The deciding committee.
    pub committee: String,
    /// The journal number.
    pub journal_number: String,
    /// First day of the hearing.
    pub opens: NaiveDate,
    /// Last day (the deadline's day).
    pub closes: NaiveDate,
    /// Days in the period, both ends counted.
    pub days: i64,
    /// The høringsliste, by name.
    pub parties: Vec<PartyTick>,
    /// Responses in all.
    pub total: usize,
    /// Responses by respondent kind.
    pub by_kind: BTreeMap<String, usize>,
    /// Generelle bemærkninger: by theme, then the rest.
    pub general: Vec<Group>,
    /// Tekstnære bemærkninger: by draft section, in the draft's order.
    pub textual: Vec<Group>,
    /// Whether the official may write remarks.
    pub can_edit: bool,
}

impl Hvidbog {
    /// The høringsnotat the public reads with the outcome: the publicly shown responses only
    /// (groups left empty go), counted again; never editable.
    pub fn public(mut self) -> Self {
        let keep = |groups: &mut Vec<Group>| {
            for group in groups.iter_mut() {
                group.entries.retain(|e| e.published);
            }
            groups.retain(|g| !g.entries.is_empty());
        };
        keep(&mut self.general);
        keep(&mut self.textual);
        let mut by_kind = BTreeMap::new();
        for entry in self.entries() {
            *by_kind.entry(entry.kind.clone()).or_insert(0) += 1;
        }
        self.total = by_kind.values().sum();
        self.by_kind = by_kind;
        self.can_edit = false;
        self
    }

    /// Every response in the document, in its order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.general
            .iter()
            .chain(&self.textual)
            .flat_map(|group| &group.entries)
    }
}

/// A refused remark form: which target, what was typed, the messages by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemarkFormState {
    /// `response` or `theme`.
    pub target: String,
    /// Its id.
    pub target_id: i32,
    /// The remark as typed.
    pub remark: String,
    /// The choice as sent (`yes`, `no`, empty).
    pub change: String,
    /// Field → message.
    pub errors: BTreeMap<String, String>,
}

/// The hvidbog draft of hearing `slug` for the signed-in official.
#[server(prefix = "/sf", endpoint = "load_hvidbog")]
pub async fn load_hvidbog(slug: String) -> Result<Hvidbog, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    build::for_official(&state.db, &who, &slug, state.clock.now()).await
}

/// The refused remark form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "remark_form_refused")]
pub async fn remark_form_refused() -> Result<Option<RemarkFormState>, AppError> {
    Ok(use_context::<RemarkFormState>())
}
