//! What the public may have: the one rule every surface outside the administration asks (the
//! public list, its API and search, the open data, the downloads, the public themes and
//! campaigns, the committee's digest, the hvidbog's summaries). Of a response: whether it is
//! publicly shown and its public text ([`public`]); of a file: whether its text was checked or
//! an official released it ([`file`], [`Disclosure`]). It imports no domain but the
//! respondent's CPR check, so the index, the lists and the exports all stand on it.

mod messages;

#[cfg(feature = "ssr")]
pub mod file;
#[cfg(feature = "ssr")]
pub mod public;

use serde::{Deserialize, Serialize};

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
