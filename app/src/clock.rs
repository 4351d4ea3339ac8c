//! The time, as something that can be replaced: the server reads the system clock, tests set
//! and move a manual one, so schedules and deadlines are tested without sleeping. And the
//! calendar: an instant is stored in UTC, but a day people read (a deadline, "submitted on")
//! is a day on a hearing's wall clock, never the UTC date (`clippy.toml` refuses
//! `DateTime::date_naive`, which gives the latter).

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// The zone of the screens that are not about one hearing, and of a hearing whose zone is
/// unknown: Ordet's municipalities are Danish.
pub const HOME_ZONE: Tz = chrono_tz::Europe::Copenhagen;

/// An instant on the wall clock of `zone`.
pub fn local(at: DateTime<Utc>, zone: Tz) -> NaiveDateTime {
    at.with_timezone(&zone).naive_local()
}

/// The day `at` falls on in `zone` (in Copenhagen, 23:30 UTC is already the next day).
pub fn day(at: DateTime<Utc>, zone: Tz) -> NaiveDate {
    local(at, zone).date()
}

/// Tells the current instant.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// Now.
    fn now(&self) -> DateTime<Utc>;
}

/// A clock shared by the tasks that read it.
pub type SharedClock = Arc<dyn Clock>;

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until it is set or moved (tests, demos).
#[derive(Debug)]
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    /// A clock showing `at`.
    pub fn at(at: DateTime<Utc>) -> Arc<Self> {
        Arc::new(ManualClock(Mutex::new(at)))
    }

    /// Shows `at` from now on.
    pub fn set(&self, at: DateTime<Utc>) {
        *self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = at;
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: Duration) {
        let mut now = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn a_day_is_the_zones_day_not_utcs() {
        let late = Utc.with_ymd_and_hms(2026, 12, 6, 23, 30, 0).unwrap();
        assert_eq!(day(late, HOME_ZONE).to_string(), "2026-12-07");
        let summer = Utc.with_ymd_and_hms(2026, 6, 30, 22, 30, 0).unwrap();
        assert_eq!(day(summer, HOME_ZONE).to_string(), "2026-07-01");
        let noon = Utc.with_ymd_and_hms(2026, 12, 6, 12, 0, 0).unwrap();
        assert_eq!(day(noon, HOME_ZONE).to_string(), "2026-12-06");
    }
}
