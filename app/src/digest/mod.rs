//! The committee digest: an e-mail to a hearing's recipients (committee members, the
//! secretariat) every week while the hearing is open and once before the final proposal to
//! the committee, with the numbers, themes, campaigns, formal responses, silent parties and
//! most commented paragraphs. Each digest is a `digest_run` row, unique per hearing, kind and
//! period, written in one transaction with its mails in the outbox: it goes out once.
//!
//! Here: the page's DTOs and server functions. ssr: when (schedule.rs), what (roster.rs,
//! content.rs), how it reads (text.rs, html.rs), the settings (settings.rs), queueing once
//! (queue.rs), the history and warnings (status.rs), the scheduler task (worker.rs), the JSON
//! API and the browser preview (api.rs), the page's forms (form_post.rs).

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::hearing::HearingLink;

mod problem;
mod view;
pub use problem::DigestProblem;
pub use view::DigestAdminPage;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod html;
#[cfg(feature = "ssr")]
pub mod queue;
#[cfg(feature = "ssr")]
pub mod roster;
#[cfg(feature = "ssr")]
pub mod schedule;
#[cfg(feature = "ssr")]
pub mod settings;
#[cfg(feature = "ssr")]
pub mod status;
#[cfg(feature = "ssr")]
pub mod text;
#[cfg(feature = "ssr")]
pub mod worker;

/// When a hearing's digests go out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DigestSettings {
    /// ISO weekday of the weekly digest: 1 Monday … 7 Sunday.
    pub weekday: u32,
    /// Hour of the day, Copenhagen time (0–23), of both digests.
    pub hour: u32,
    /// Days before the final-proposal milestone the final digest goes out (0–60).
    pub lead_days: u32,
    /// Whether the weekly digest is sent while the hearing is open.
    pub weekly: bool,
}

impl Default for DigestSettings {
    /// Mondays at 8, the final digest a week ahead.
    fn default() -> Self {
        DigestSettings {
            weekday: 1,
            hour: 8,
            lead_days: 7,
            weekly: true,
        }
    }
}

impl DigestSettings {
    /// The settings as form fields (the JSON API reads the same names).
    pub fn fields(&self) -> BTreeMap<String, String> {
        BTreeMap::from([
            ("weekday".to_owned(), self.weekday.to_string()),
            ("hour".to_owned(), self.hour.to_string()),
            ("lead_days".to_owned(), self.lead_days.to_string()),
            ("weekly".to_owned(), self.weekly.to_string()),
        ])
    }
}

/// A digest that was queued, and how its mails fared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RunView {
    /// Its id.
    pub id: i32,
    /// Which digest.
    pub kind: crate::vocab::DigestKind,
    /// `2011-W33`, the milestone's date, or the instant.
    pub period: String,
    /// When it was queued, on the hearing's wall clock.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub queued: NaiveDateTime,
    /// Its subject.
    pub subject: String,
    /// Mails sent.
    pub sent: usize,
    /// Mails waiting (or being retried).
    pub pending: usize,
    /// Mails given up on after the last retry.
    pub failed: usize,
    /// The last error of a mail not sent, if any.
    pub last_error: Option<String>,
}

/// A digest still to come.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Upcoming {
    /// Which digest (weekly or final).
    pub kind: crate::vocab::DigestKind,
    /// When, on the hearing's wall clock.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub at: NaiveDateTime,
}

/// The digest page `/admin/hearings/{slug}/digest` (and `GET …/digest` in the API).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DigestOverview {
    /// The hearing.
    pub hearing: HearingLink,
    /// Whether the official may change the settings and send.
    pub can_manage: bool,
    /// The schedule's settings.
    pub settings: DigestSettings,
    /// Who gets it: name and address (edited on the hearing's settings page).
    pub recipients: Vec<(String, String)>,
    /// The digests to come.
    pub upcoming: Vec<Upcoming>,
    /// The digests queued, newest first.
    pub runs: Vec<RunView>,
    /// What officials should know: `no_recipients`, `final_missed`, `delivery_failed`,
    /// `no_final_milestone`.
    pub warnings: Vec<String>,
}

/// A refused form of the digest page: what was typed and the messages by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestFormState {
    /// `settings` or `send`.
    pub intent: String,
    /// The fields as typed.
    pub fields: BTreeMap<String, String>,
    /// Field → message.
    pub errors: BTreeMap<String, String>,
}

/// The digest page of hearing `slug` for the signed-in official.
#[server(prefix = "/sf", endpoint = "load_digest_page")]
pub async fn load_digest_page(slug: String) -> Result<DigestOverview, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    let now = state.clock.now();
    status::overview(&state.db, &who, &slug, now).await
}

/// The refused digest form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "digest_form_refused")]
pub async fn digest_form_refused() -> Result<Option<DigestFormState>, AppError> {
    Ok(use_context::<DigestFormState>())
}
