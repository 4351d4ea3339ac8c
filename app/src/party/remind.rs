//! Reminders: a hearing's setting (days before a party's deadline, 0 for none) and the task
//! that queues one reminder to each invited party that has not answered, once, when the
//! reminder day has come (from its start, Copenhagen time) and the deadline has not passed,
//! if the party was invited before that day. [`queue_due_reminders`] takes the
//! clock as an argument, so tests move time instead of waiting.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, IntoActiveModel,
    QueryFilter, QuerySelect, QueryTrait, Set,
};
use serde_json::json;

use super::edit::Change;
use super::invite::deadline_of;
use super::letter::{LetterKind, queue_once};
use super::store::{answered_list, remind_days, start_of_day};
use crate::audit::{self, Entry};
use crate::auth::Capability;
use crate::entities::{consulted_party, hearing, party_reminder};
use crate::error::AppError;
use crate::hearing::store::hearing_for;
use crate::hearing::store::zone;
use crate::jobs::{Job, Schedule, WorkError, Worker};

/// Sets the hearing's reminder: `days` (0 to 60) before each party's deadline, 0 for none.
pub async fn set_remind_days(
    db: &sea_orm::DatabaseConnection,
    change: Change<'_>,
    days: &str,
) -> Result<i32, AppError> {
    let t = change.locale.messages();
    let days = days
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|d| (0..=60).contains(d))
        .ok_or_else(|| AppError::field("remind_days", t.remind_error()))?;
    let txn = crate::db::begin_write(db).await?;
    let hearing = hearing_for(&txn, change.who, change.slug, Capability::ManageHearing).await?;
    let before = remind_days(&txn, hearing.id).await?;
    party_reminder::Entity::delete_by_id(hearing.id)
        .exec(&txn)
        .await?;
    party_reminder::ActiveModel {
        hearing_id: Set(hearing.id),
        days_before: Set(days),
        updated_at: Set(change.now),
    }
    .insert(&txn)
    .await?;
    let entry = Entry {
        actor_id: Some(change.who.account_id),
        action: "party.reminder_setting",
        entity: "hearing",
        entity_id: hearing.id,
        hearing_id: Some(hearing.id),
        reason: None,
        before: json!({"remind_days": before}),
        after: json!({"remind_days": days}),
    };
    audit::record(&txn, entry, change.now).await?;
    txn.commit().await?;
    Ok(days)
}

/// When a reminder `days` before `deadline` falls due: the start of that day on the
/// hearing's wall clock (`None`: reminders are off).
pub fn reminder_day(deadline: DateTime<Utc>, days: i32, zone: Tz) -> Option<DateTime<Utc>> {
    let last_day = crate::clock::day(deadline, zone);
    let day = last_day.checked_sub_days(chrono::Days::new(u64::try_from(days).ok()?))?;
    (days > 0).then(|| start_of_day(day, zone))
}

/// Whether a party invited at `invited_at` is due a reminder at `now`: the reminder day has
/// come, the deadline has not passed, and the letter went out before the reminder day (a
/// party invited late should not get the letter and a reminder together).
pub fn due(
    (deadline, invited_at): (DateTime<Utc>, DateTime<Utc>),
    days: i32,
    now: DateTime<Utc>,
    zone: Tz,
) -> bool {
    reminder_day(deadline, days, zone)
        .is_some_and(|from| invited_at < from && now >= from && now < deadline)
}

/// Queues the reminders due at `now` in every hearing; returns how many.
pub async fn queue_due_reminders(
    db: &DatabaseConnection,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let waiting = || {
        Condition::all()
            .add(consulted_party::Column::InvitedAt.is_not_null())
            .add(consulted_party::Column::RemindedAt.is_null())
    };
    let with_waiting = consulted_party::Entity::find()
        .select_only()
        .column(consulted_party::Column::HearingId)
        .filter(waiting())
        .into_query();
    let mut queued = 0;
    for hearing in hearing::Entity::find()
        .filter(hearing::Column::Id.in_subquery(with_waiting))
        .all(db)
        .await?
    {
        let days = remind_days(db, hearing.id).await?;
        let due_here: Vec<consulted_party::Model> = consulted_party::Entity::find()
            .filter(consulted_party::Column::HearingId.eq(hearing.id))
            .filter(waiting())
            .all(db)
            .await?
            .into_iter()
            .filter(|p| {
                let times = (
                    deadline_of(p, hearing.closes_at),
                    p.invited_at.unwrap_or(now),
                );
                due(times, days, now, zone(&hearing))
            })
            .collect();
        if !due_here.is_empty() {
            queued += remind_hearing(db, &hearing, &due_here, base_url, now).await?;
        }
    }
    Ok(queued)
}

/// Reminds the parties of one hearing that have not answered. Who has answered is read
/// first, outside the write transaction; then one transaction queues and records.
async fn remind_hearing(
    db: &DatabaseConnection,
    hearing: &hearing::Model,
    due: &[consulted_party::Model],
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let answered: HashMap<i32, bool> = answered_list(db, hearing)
        .await?
        .into_iter()
        .map(|p| (p.id, p.answered))
        .collect();
    let txn = crate::db::begin_write(db).await?;
    let mut queued = 0;
    for party in due.iter().filter(|p| answered.get(&p.id) == Some(&false)) {
        let letter = (LetterKind::Reminder, deadline_of(party, hearing.closes_at));
        if !queue_once(&txn, (hearing, party), letter, base_url, now).await? {
            continue;
        }
        let mut update = party.clone().into_active_model();
        update.reminded_at = Set(Some(now));
        update.update(&txn).await?;
        let entry = Entry {
            actor_id: None,
            action: "party.remind",
            entity: "consulted_party",
            entity_id: party.id,
            hearing_id: Some(hearing.id),
            reason: None,
            before: json!({"reminded_at": null}),
            after: json!({"reminded_at": now, "to": party.email}),
        };
        audit::record(&txn, entry, now).await?;
        queued += 1;
    }
    txn.commit().await?;
    Ok(queued)
}

/// The lease of the reminder task: one process at a time queues reminders.
pub const LEASE: &str = "party.reminders";

/// [`queue_due_reminders`] as a worker: at start-up and every five minutes, in the process
/// that holds [`LEASE`], waking the mail worker when something was queued.
#[derive(Clone, Debug)]
pub struct Reminders {
    /// The public address, for the links in the reminders.
    pub base_url: String,
    /// Wakes the mail worker.
    pub mail_nudge: std::sync::Arc<tokio::sync::Notify>,
}

impl Worker for Reminders {
    fn name(&self) -> &'static str {
        LEASE
    }

    fn schedule(&self) -> Schedule {
        Schedule::leased(Duration::from_secs(300))
    }

    async fn run_once(&mut self, job: &Job, now: DateTime<Utc>) -> Result<usize, WorkError> {
        let count = queue_due_reminders(&job.db, &self.base_url, now).await?;
        if count > 0 {
            tracing::info!(count, "queued reminders to consulted parties");
            self.mail_nudge.notify_one();
        }
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::due;
    use chrono::{TimeZone, Utc};
    use chrono_tz::Europe::Copenhagen;

    #[test]
    fn a_reminder_is_due_from_the_start_of_the_day_n_days_before_until_the_deadline() {
        // 4 October 2010 23:59:59 in Copenhagen; 27 September starts at 22:00 UTC the 26th.
        let deadline = Utc.with_ymd_and_hms(2010, 10, 4, 21, 59, 59).unwrap();
        let invited = Utc.with_ymd_and_hms(2010, 9, 1, 10, 0, 0).unwrap();
        let starts = Utc.with_ymd_and_hms(2010, 9, 26, 22, 0, 0).unwrap();
        let second = chrono::Duration::seconds(1);
        let due = |days, now| due((deadline, invited), days, now, Copenhagen);
        assert!(!due(7, starts - second));
        assert!(due(7, starts));
        assert!(due(7, deadline - second));
        assert!(!due(7, deadline));
        assert!(!due(0, deadline - second), "0 is off");
    }

    #[test]
    fn a_party_invited_on_or_after_the_reminder_day_gets_no_reminder() {
        let deadline = Utc.with_ymd_and_hms(2010, 10, 4, 21, 59, 59).unwrap();
        let starts = Utc.with_ymd_and_hms(2010, 9, 26, 22, 0, 0).unwrap();
        let now = deadline - chrono::Duration::days(1);
        let second = chrono::Duration::seconds(1);
        assert!(due((deadline, starts - second), 7, now, Copenhagen));
        assert!(!due((deadline, starts), 7, now, Copenhagen));
        assert!(!due((deadline, now), 7, now, Copenhagen));
    }
}
