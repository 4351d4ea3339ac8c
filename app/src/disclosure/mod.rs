//! What the public may have: the one rule every surface outside the administration asks (the
//! public list, its API and search, the open data, the downloads, the public themes and
//! campaigns, the committee's digest, the hvidbog's summaries). Of a response: whether it is
//! publicly shown and its public text ([`public`]); of a file: whether its text was checked or
//! an official released it ([`file`], [`Disclosure`]). Of the administration's remarks: which
//! one answers a response, and that the public reads them only once the hearing's outcome is
//! published ([`remarks`], [`Remark`]). It imports no domain but the respondent's CPR check, so
//! the index, the lists and the exports all stand on it.

mod messages;

#[cfg(feature = "ssr")]
pub mod file;
#[cfg(feature = "ssr")]
pub mod public;
#[cfg(feature = "ssr")]
pub mod remarks;

use serde::{Deserialize, Serialize};

/// The administration's remark ("forvaltningens bemærkninger") and its verdict, on a response
/// or on a theme: written in the hvidbog, public with the hearing's outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Remark {
    /// Forvaltningens bemærkninger (empty: none yet).
    pub text: String,
    /// Giver anledning til ændring: yes, no, or not decided.
    pub gives_change: Option<bool>,
}

impl Remark {
    /// Whether anything was written or decided.
    pub fn is_written(&self) -> bool {
        !self.text.trim().is_empty() || self.gives_change.is_some()
    }
}

/// Whether the public may download a published response's file, and why not. A file is
/// private until its text was read and holds no CPR number (nor does its name), or an
/// official released it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(strum::EnumIter))]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Disclosure {
    /// Its text was read and, like its name, holds nothing like a CPR number.
    Checked,
    /// An official released it.
    Released,
    /// Waiting for its text to be read.
    Pending,
    /// Its text could not be read (`no_text`, `encrypted`, `failed`, `timed_out`), so nobody
    /// has checked it: an official must look.
    Unchecked,
    /// Its name or text seems to hold a CPR number.
    PersonalData,
}

impl Disclosure {
    /// Whether the public may download it (when its response is published).
    pub fn is_public(self) -> bool {
        matches!(self, Disclosure::Checked | Disclosure::Released)
    }
}
