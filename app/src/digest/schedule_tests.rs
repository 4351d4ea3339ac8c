use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;

use super::{Kind, Timeline, due, milestone_passed, upcoming};
use crate::digest::DigestSettings;

/// A timeline like the demo's (2011): open 9 August, deadline 13 September, final proposal
/// 22 November.
fn timeline() -> Timeline {
    Timeline {
        opens_at: local(2011, 8, 9, 0),
        closes_at: local(2011, 9, 13, 23) + Duration::minutes(59),
        final_proposal: Some(NaiveDate::from_ymd_opt(2011, 11, 22).unwrap()),
        zone: Copenhagen,
    }
}

fn local(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Copenhagen
        .with_ymd_and_hms(y, m, d, h, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// Mondays at 8, final digest 7 days ahead.
fn settings() -> DigestSettings {
    DigestSettings::default()
}

#[test]
fn nothing_is_due_before_the_first_monday_of_the_hearing() {
    // Tuesday 9 August 2011, the day it opens: last Monday's slot was before the opening.
    assert!(due(&timeline(), &settings(), local(2011, 8, 9, 12)).is_empty());
}

#[test]
fn the_weekly_digest_is_due_from_monday_eight_o_clock_copenhagen_time() {
    assert!(due(&timeline(), &settings(), local(2011, 8, 15, 7)).is_empty());
    let slots = due(&timeline(), &settings(), local(2011, 8, 15, 8));
    assert_eq!(slots.len(), 1);
    assert_eq!(slots[0].kind, Kind::Weekly);
    assert_eq!(slots[0].period, "2011-W33");
    // 8:00 summer time is 6:00 UTC.
    assert_eq!(
        slots[0].at,
        Utc.with_ymd_and_hms(2011, 8, 15, 6, 0, 0).unwrap()
    );
}

#[test]
fn a_server_down_for_weeks_sends_only_the_latest_weekly_digest() {
    let slots = due(&timeline(), &settings(), local(2011, 9, 1, 10));
    assert_eq!(slots.len(), 1);
    assert_eq!(
        slots[0].period, "2011-W35",
        "Monday 29 August, not the two before"
    );
}

#[test]
fn no_weekly_digest_after_the_deadline() {
    // Monday 19 September: the hearing closed on the 13th.
    let slots = due(&timeline(), &settings(), local(2011, 9, 19, 9));
    assert!(
        slots.iter().all(|slot| slot.kind != Kind::Weekly),
        "{slots:?}"
    );
}

#[test]
fn the_weekly_digest_can_be_switched_off_and_moved() {
    let off = DigestSettings {
        weekly: false,
        ..settings()
    };
    assert!(due(&timeline(), &off, local(2011, 8, 15, 9)).is_empty());
    let friday = DigestSettings {
        weekday: 5,
        hour: 14,
        ..settings()
    };
    let slots = due(&timeline(), &friday, local(2011, 8, 19, 14));
    assert_eq!(slots[0].at, local(2011, 8, 19, 14));
}

#[test]
fn the_final_digest_is_due_seven_days_before_the_final_proposal_until_that_day() {
    let before = local(2011, 11, 15, 7);
    assert!(due(&timeline(), &settings(), before).is_empty());
    let slots = due(&timeline(), &settings(), local(2011, 11, 15, 8));
    assert_eq!(slots.len(), 1);
    assert_eq!(slots[0].kind, Kind::Final);
    assert_eq!(slots[0].period, "2011-11-22");
    // Winter time: 8:00 is 7:00 UTC.
    assert_eq!(
        slots[0].at,
        Utc.with_ymd_and_hms(2011, 11, 15, 7, 0, 0).unwrap()
    );
    // Caught up on start the evening before the milestone…
    assert_eq!(
        due(&timeline(), &settings(), local(2011, 11, 21, 23)).len(),
        1
    );
    // …but never once the milestone's day has begun.
    let late = local(2011, 11, 22, 0);
    assert!(due(&timeline(), &settings(), late).is_empty());
    assert!(milestone_passed(&timeline(), late));
}

#[test]
fn the_lead_time_is_configurable() {
    let three = DigestSettings {
        lead_days: 3,
        ..settings()
    };
    assert!(due(&timeline(), &three, local(2011, 11, 18, 9)).is_empty());
    assert_eq!(due(&timeline(), &three, local(2011, 11, 19, 8)).len(), 1);
}

#[test]
fn without_a_final_proposal_milestone_there_is_no_final_digest() {
    let timeline = Timeline {
        final_proposal: None,
        ..timeline()
    };
    assert!(due(&timeline, &settings(), local(2011, 11, 20, 9)).is_empty());
    assert!(!milestone_passed(&timeline, local(2012, 1, 1, 0)));
}

#[test]
fn upcoming_lists_the_next_monday_and_the_final_digest() {
    let next = upcoming(&timeline(), &settings(), local(2011, 8, 1, 12));
    assert_eq!(next.len(), 2, "{next:?}");
    assert_eq!(
        next[0].at,
        local(2011, 8, 15, 8),
        "the first Monday it is open"
    );
    assert_eq!(next[1].at, local(2011, 11, 15, 8));
    let after_close = upcoming(&timeline(), &settings(), local(2011, 10, 1, 12));
    assert_eq!(after_close.len(), 1);
    assert_eq!(after_close[0].kind, Kind::Final);
}

#[test]
fn kinds_read_back_from_their_names() {
    for kind in [Kind::Weekly, Kind::Final, Kind::Manual] {
        assert_eq!(Kind::parse(kind.as_str()), Some(kind));
    }
    assert_eq!(Kind::parse("daily"), None);
}
