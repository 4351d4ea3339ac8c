//! Hearings (høringer): what is being consulted on, when, and by whom it will be decided.

mod messages;
pub mod outcome;
mod outcome_view;
mod print;
mod status;
mod view;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod store;

pub use outcome_view::{OutcomeBox, RemarkText, change_line};
pub use print::PrintPage;
pub use status::{Countdown, HearingStatus, YEARS, calendar_day};
pub use view::{FrontPage, HearingPage, ThemesView};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::draft::DraftDto;
use crate::error::AppError;

/// The time zone every Ordet hearing's dates are given in.
pub const TIME_ZONE: &str = "Europe/Copenhagen";

/// A hearing an official can open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HearingLink {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
}

/// A hearing as listed: enough to choose one and see its deadline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HearingSummary {
    /// URL name, e.g. `integrationspolitik-2011-2014`.
    pub slug: String,
    /// The municipality's case number, e.g. `2010-64452`.
    pub journal_number: String,
    /// Title of the hearing.
    pub title: String,
    /// A short summary in plain language.
    pub summary: String,
    /// The committee that decides, e.g. Beskæftigelses- og Integrationsudvalget.
    pub committee: String,
    /// Where the hearing stands now.
    pub status: HearingStatus,
    /// When responses can first be given.
    pub opens_at: DateTime<Utc>,
    /// The deadline: responses are taken until this instant.
    pub closes_at: DateTime<Utc>,
    /// The time zone the dates are meant in (always `Europe/Copenhagen`).
    pub time_zone: String,
    /// `opens_at` on the wall clock of `time_zone`.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2027-01-10T23:59:59"))]
    pub opens_local: NaiveDateTime,
    /// `closes_at` on the wall clock of `time_zone`.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2027-01-10T23:59:59"))]
    pub closes_local: NaiveDateTime,
    /// Days to the opening or the deadline, counted in `time_zone`.
    pub countdown: Countdown,
}

/// A dated step of the hearing's timetable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MilestoneDto {
    /// The day.
    pub date: NaiveDate,
    /// What happens.
    pub label: String,
    /// What kind of step it is.
    pub kind: crate::vocab::MilestoneKind,
    /// Whether the day has passed.
    pub is_past: bool,
}

/// An annex (bilag) to the hearing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AnnexDto {
    /// Annex number, from 1.
    pub number: i32,
    /// Title.
    pub title: String,
    /// What it contains.
    pub description: String,
    /// Where the document can be read, when it is online.
    pub url: Option<String>,
}

/// Everything the hearing page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HearingDetail {
    /// The hearing itself.
    #[serde(flatten)]
    pub hearing: HearingSummary,
    /// The timetable, in date order.
    pub milestones: Vec<MilestoneDto>,
    /// The annexes, by number.
    pub annexes: Vec<AnnexDto>,
    /// The current draft version, once one is imported.
    pub draft: Option<DraftDto>,
    /// How many responses have been received and published, and per paragraph.
    pub responses: crate::response::ResponseCounts,
    /// The committee's decision and what changed, once officials published it; `null` before.
    #[serde(default)]
    pub outcome: Option<outcome::HearingOutcome>,
}

/// The public hearings, newest first.
#[server(prefix = "/sf", endpoint = "list_hearings")]
pub async fn list_hearings() -> Result<Vec<HearingSummary>, AppError> {
    let state = crate::state::app_state()?;
    store::list_public(&state.db, state.clock.now()).await
}

/// One public hearing with its timetable, annexes and draft; `None` if there is none.
#[server(prefix = "/sf", endpoint = "get_hearing")]
pub async fn get_hearing(slug: String) -> Result<Option<HearingDetail>, AppError> {
    let state = crate::state::app_state()?;
    store::detail(&state.db, &slug, state.clock.now()).await
}
