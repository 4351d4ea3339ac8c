//! Reminders: a hearing's setting (days before a party's deadline, 0 for none) and the task
//! that queues one reminder to each invited party that has not answered, once, when the
//! reminder day has come and the deadline has not passed. [`queue_due_reminders`] takes the
//! clock as an argument, so tests move time instead of waiting.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    Set,
};
use serde_json::json;

use super::edit::Change;
use super::invite::deadline_of;
use super::letter::{LetterKind, queue_once};
use super::store::{answered_list, hearing_for, remind_days};
use crate::auth::Capability;
use crate::entities::{consulted_party, hearing, party_reminder};
use crate::error::AppError;
use crate::moderation::audit::{self, Entry};

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

/// Whether a reminder `days` before `deadline` is due at `now`.
pub fn due(deadline: DateTime<Utc>, days: i32, now: DateTime<Utc>) -> bool {
    days > 0 && now >= deadline - chrono::Duration::days(days.into()) && now < deadline
}

/// Queues the reminders due at `now` in every hearing; returns how many.
pub async fn queue_due_reminders(
    db: &DatabaseConnection,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let waiting = consulted_party::Entity::find()
        .filter(consulted_party::Column::InvitedAt.is_not_null())
        .filter(consulted_party::Column::RemindedAt.is_null())
        .all(db)
        .await?;
    let hearing_ids: HashSet<i32> = waiting.iter().map(|p| p.hearing_id).collect();
    let mut queued = 0;
    for hearing in hearing::Entity::find()
        .filter(hearing::Column::Id.is_in(hearing_ids))
        .all(db)
        .await?
    {
        let days = remind_days(db, hearing.id).await?;
        let due_here: Vec<&consulted_party::Model> = waiting
            .iter()
            .filter(|p| p.hearing_id == hearing.id)
            .filter(|p| due(deadline_of(p, hearing.closes_at), days, now))
            .collect();
        if !due_here.is_empty() {
            queued += remind_hearing(db, &hearing, &due_here, base_url, now).await?;
        }
    }
    Ok(queued)
}

/// Reminds the parties of one hearing that have not answered, in one transaction.
async fn remind_hearing(
    db: &DatabaseConnection,
    hearing: &hearing::Model,
    due: &[&consulted_party::Model],
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let answered: HashMap<i32, bool> = answered_list(&txn, hearing)
        .await?
        .into_iter()
        .map(|p| (p.id, p.answered))
        .collect();
    let mut queued = 0;
    for party in due.iter().filter(|p| answered.get(&p.id) == Some(&false)) {
        let letter = (LetterKind::Reminder, deadline_of(party, hearing.closes_at));
        if !queue_once(&txn, (hearing, party), letter, base_url, now).await? {
            continue;
        }
        let mut update = (*party).clone().into_active_model();
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

/// Runs [`queue_due_reminders`] at start-up and every five minutes, waking the mail worker
/// when something was queued.
pub async fn run_reminders(
    db: DatabaseConnection,
    base_url: String,
    mail_nudge: std::sync::Arc<tokio::sync::Notify>,
) {
    let mut tick = tokio::time::interval(Duration::from_secs(300));
    loop {
        tick.tick().await;
        match queue_due_reminders(&db, &base_url, Utc::now()).await {
            Ok(0) => {}
            Ok(count) => {
                tracing::info!(count, "queued reminders to consulted parties");
                mail_nudge.notify_one();
            }
            Err(error) => {
                tracing::warn!(%error, "queueing reminders failed; trying again in five minutes");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::due;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_reminder_is_due_from_n_days_before_until_the_deadline() {
        let deadline = Utc.with_ymd_and_hms(2010, 10, 4, 21, 59, 59).unwrap();
        let day = chrono::Duration::days(1);
        assert!(!due(deadline, 7, deadline - day * 8));
        assert!(due(deadline, 7, deadline - day * 7));
        assert!(due(deadline, 7, deadline - chrono::Duration::seconds(1)));
        assert!(!due(deadline, 7, deadline));
        assert!(!due(deadline, 0, deadline - day), "0 is off");
    }
}
