//! When digests are due, as a pure function of the hearing's timeline, its digest settings
//! and the instant asked about (no clock inside: tests move time by passing another `now`).
//!
//! - Weekly: at the configured weekday and hour (the hearing's wall clock) while the hearing
//!   is open. Only the latest slot is due, and only until the next one: a server that was down
//!   for three weeks sends one digest on start, not three.
//! - Final: `lead_days` before the "final proposal to the committee" milestone at the hour. It
//!   stays due until the milestone's day begins; after that it is missed, and officials see a
//!   warning instead of a late mail.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use super::DigestSettings;
use crate::party::store::start_of_day;

/// What a digest's period is counted from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// The hearing opens.
    pub opens_at: DateTime<Utc>,
    /// The deadline for responses.
    pub closes_at: DateTime<Utc>,
    /// The day of the "final proposal to the committee" milestone, if the timetable has one.
    pub final_proposal: Option<NaiveDate>,
    /// The hearing's wall clock.
    pub zone: Tz,
}

/// Which digest (stored in `digest_run.kind`).
pub use crate::vocab::DigestKind as Kind;

/// One digest at one time: `(kind, period)` is its exactly-once key within the hearing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// Which digest.
    pub kind: Kind,
    /// `2011-W33` (weekly), the milestone's date (final), the instant (manual).
    pub period: String,
    /// When it is (was) due.
    pub at: DateTime<Utc>,
}

impl Slot {
    /// A digest sent by hand at `now`: its period is that second.
    pub fn manual(now: DateTime<Utc>) -> Self {
        Slot {
            kind: Kind::Manual,
            period: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            at: now,
        }
    }
}

/// The digests due at `now`: at most one weekly and one final.
pub fn due(timeline: &Timeline, settings: &DigestSettings, now: DateTime<Utc>) -> Vec<Slot> {
    let mut slots = Vec::new();
    if settings.weekly
        && let Some(slot) = latest_weekly(timeline, settings, now)
        && slot.at >= timeline.opens_at
        && slot.at <= timeline.closes_at
        && !milestone_passed(timeline, now)
    {
        slots.push(slot);
    }
    if let Some(slot) = final_slot(timeline, settings)
        && slot.at <= now
        && !milestone_passed(timeline, now)
    {
        slots.push(slot);
    }
    slots
}

/// The next weekly digest after `now` (while the hearing is open), and the final one if it is
/// still to come.
pub fn upcoming(timeline: &Timeline, settings: &DigestSettings, now: DateTime<Utc>) -> Vec<Slot> {
    let mut slots = Vec::new();
    if settings.weekly {
        let next = latest_weekly(timeline, settings, now + Duration::days(7))
            .map(|slot| first_after_opening(timeline, settings, slot));
        slots.extend(next.filter(|slot| slot.at <= timeline.closes_at));
    }
    slots.extend(final_slot(timeline, settings).filter(|slot| slot.at > now));
    slots
}

/// Whether the final digest's time has come and gone: the milestone's day has begun.
pub fn milestone_passed(timeline: &Timeline, now: DateTime<Utc>) -> bool {
    timeline
        .final_proposal
        .is_some_and(|day| now >= start_of_day(day, timeline.zone))
}

/// The final digest's slot, when the timetable has a final-proposal milestone.
pub fn final_slot(timeline: &Timeline, settings: &DigestSettings) -> Option<Slot> {
    let day = timeline.final_proposal?;
    let send_day = day - Duration::days(i64::from(settings.lead_days));
    Some(Slot {
        kind: Kind::Final,
        period: day.to_string(),
        at: at_hour(timeline.zone, send_day, settings.hour),
    })
}

/// The latest weekly slot at or before `now`.
fn latest_weekly(
    timeline: &Timeline,
    settings: &DigestSettings,
    now: DateTime<Utc>,
) -> Option<Slot> {
    let weekday = iso_weekday(settings.weekday)?;
    let today = crate::clock::day(now, timeline.zone);
    let back = (today.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    let mut day = today - Duration::days(i64::from(back));
    if at_hour(timeline.zone, day, settings.hour) > now {
        day -= Duration::days(7);
    }
    Some(weekly_slot(timeline.zone, day, settings.hour))
}

/// The weekly slot of `day` (the ISO week names the period).
fn weekly_slot(zone: Tz, day: NaiveDate, hour: u32) -> Slot {
    let week = day.iso_week();
    Slot {
        kind: Kind::Weekly,
        period: format!("{}-W{:02}", week.year(), week.week()),
        at: at_hour(zone, day, hour),
    }
}

/// A slot before the opening moves to the first week the hearing is open.
fn first_after_opening(timeline: &Timeline, settings: &DigestSettings, slot: Slot) -> Slot {
    let mut slot = slot;
    while slot.at < timeline.opens_at {
        let day = crate::clock::day(slot.at, timeline.zone) + Duration::days(7);
        slot = weekly_slot(timeline.zone, day, settings.hour);
    }
    slot
}

/// `hour`:00 on `day` in `zone` (the first such instant when clocks go back; the next hour
/// when clocks skip it).
pub fn at_hour(zone: Tz, day: NaiveDate, hour: u32) -> DateTime<Utc> {
    let mut time = day.and_time(NaiveTime::from_hms_opt(hour.min(23), 0, 0).unwrap_or_default());
    for _ in 0..3 {
        if let Some(at) = zone.from_local_datetime(&time).earliest() {
            return at.with_timezone(&Utc);
        }
        time += Duration::hours(1);
    }
    Utc.from_utc_datetime(&time)
}

/// ISO weekday 1 (Monday) … 7 (Sunday).
fn iso_weekday(number: u32) -> Option<Weekday> {
    match number {
        1..=7 => Weekday::try_from(u8::try_from(number - 1).ok()?).ok(),
        _ => None,
    }
}

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod tests;
