//! Where a hearing stands, worked out from its stored state and its dates.

pub use crate::vocab::HearingState;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The years a date typed into Ordet may have: four digits, from 1900. chrono would read
/// `+262143-12-31` too, and a day that far out overflows the date arithmetic of reminders and
/// digests.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// A calendar day as typed (`YYYY-MM-DD`, a year in [`YEARS`]): the one reading of a day that
/// every form and filter shares.
pub fn calendar_day(text: &str) -> Option<NaiveDate> {
    use chrono::Datelike;
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .filter(|day| YEARS.contains(&day.year()))
}

/// A hearing's status as readers see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(strum::EnumIter))]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HearingStatus {
    /// Being prepared; not public.
    Draft,
    /// Published, not open yet.
    Upcoming,
    /// Taking responses.
    Open,
    /// The deadline has passed.
    Closed,
    /// The administration is processing the responses.
    Processing,
    /// The committee has decided.
    Decided,
}

impl HearingStatus {
    /// The status from the stored administrative state and, for a published hearing, the
    /// clock.
    pub fn effective(
        stored: HearingState,
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Self {
        match stored {
            HearingState::Draft => HearingStatus::Draft,
            HearingState::Processing => HearingStatus::Processing,
            HearingState::Decided => HearingStatus::Decided,
            HearingState::Published if now < opens_at => HearingStatus::Upcoming,
            HearingState::Published if now < closes_at => HearingStatus::Open,
            HearingState::Published => HearingStatus::Closed,
        }
    }

    /// Whether the hearing is public at all.
    pub fn is_public(self) -> bool {
        self != HearingStatus::Draft
    }
}

/// Whole days to the next date that matters, counted on the hearing's calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Countdown {
    /// Not open yet.
    OpensIn {
        /// Days until it opens (at least 1).
        days: i64,
    },
    /// Open, with days left after today.
    ClosesIn {
        /// Days left (at least 1).
        days: i64,
    },
    /// Open, and today is the deadline.
    LastDay,
    /// No longer taking responses.
    Closed,
}

impl Countdown {
    /// The countdown for `status` on `today`, with the opening and closing days.
    pub fn new(
        status: HearingStatus,
        opens_on: NaiveDate,
        closes_on: NaiveDate,
        today: NaiveDate,
    ) -> Self {
        match status {
            HearingStatus::Upcoming => Countdown::OpensIn {
                days: (opens_on - today).num_days().max(1),
            },
            HearingStatus::Open => match (closes_on - today).num_days() {
                days if days >= 1 => Countdown::ClosesIn { days },
                _ => Countdown::LastDay,
            },
            _ => Countdown::Closed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calendar_day_has_a_four_digit_year_from_1900() {
        assert_eq!(
            calendar_day(" 2010-08-09 "),
            NaiveDate::from_ymd_opt(2010, 8, 9)
        );
        for hostile in [
            "+262143-12-31",
            "+99999-01-01",
            "-0001-01-01",
            "0001-01-01",
            "1899-12-31",
            "9.8.2010",
            "",
        ] {
            assert_eq!(calendar_day(hostile), None, "{hostile}");
        }
    }
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
    }

    #[test]
    fn a_published_hearing_follows_the_clock() {
        let (opens, closes) = (at(2010, 8, 9), at(2010, 10, 4));
        assert_eq!(
            HearingStatus::effective(HearingState::Published, opens, closes, at(2010, 8, 1)),
            HearingStatus::Upcoming
        );
        assert_eq!(
            HearingStatus::effective(HearingState::Published, opens, closes, at(2010, 9, 1)),
            HearingStatus::Open
        );
        assert_eq!(
            HearingStatus::effective(HearingState::Published, opens, closes, at(2010, 10, 5)),
            HearingStatus::Closed
        );
    }

    #[test]
    fn administrative_states_win_over_the_clock() {
        let (opens, closes) = (at(2010, 8, 9), at(2010, 10, 4));
        assert_eq!(
            HearingStatus::effective(HearingState::Draft, opens, closes, at(2010, 9, 1)),
            HearingStatus::Draft
        );
        assert_eq!(
            HearingStatus::effective(HearingState::Decided, opens, closes, at(2010, 9, 1)),
            HearingStatus::Decided
        );
        assert!(!HearingStatus::Draft.is_public());
    }

    #[test]
    fn the_countdown_counts_calendar_days_and_names_the_last_day() {
        let day = |d| NaiveDate::from_ymd_opt(2010, 10, d).unwrap();
        let open = HearingStatus::Open;
        assert_eq!(
            Countdown::new(open, day(1), day(4), day(1)),
            Countdown::ClosesIn { days: 3 }
        );
        assert_eq!(
            Countdown::new(open, day(1), day(4), day(4)),
            Countdown::LastDay
        );
        assert_eq!(
            Countdown::new(HearingStatus::Upcoming, day(4), day(9), day(1)),
            Countdown::OpensIn { days: 3 }
        );
        assert_eq!(
            Countdown::new(HearingStatus::Closed, day(1), day(4), day(9)),
            Countdown::Closed
        );
    }
}
