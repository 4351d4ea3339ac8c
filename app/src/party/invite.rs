//! Sending the høringsbrev to every party not yet invited: one outbox row per party (queued
//! once, whatever is pressed twice), `invited_at` recorded and audited in one transaction.
//! Never for a draft hearing nor after the hearing's deadline.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use serde_json::json;

use super::edit::Change;
use super::letter::{LetterKind, queue_once};
use crate::audit::{self, Entry};
use crate::auth::Capability;
use crate::entities::{consulted_party, hearing};
use crate::error::AppError;
use crate::hearing::store::hearing_for;
use crate::vocab::HearingState;

/// Queues the høringsbrev to every party of the hearing not yet invited; returns how many.
/// With `expected`, the number the official was shown: a different number (the list changed
/// meanwhile) is refused with the new number, and nothing is sent.
pub async fn send_invitations(
    db: &sea_orm::DatabaseConnection,
    change: Change<'_>,
    expected: Option<usize>,
    base_url: &str,
) -> Result<usize, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let hearing = hearing_for(&txn, change.who, change.slug, Capability::ManageHearing).await?;
    refuse_unsendable(&hearing, &change)?;
    let pending = consulted_party::Entity::find()
        .filter(consulted_party::Column::HearingId.eq(hearing.id))
        .filter(consulted_party::Column::InvitedAt.is_null())
        .all(&txn)
        .await?;
    if expected.is_some_and(|n| n != pending.len()) {
        let t = change.locale.messages();
        return Err(AppError::field("invite", t.invite_changed(pending.len())));
    }
    for party in &pending {
        let deadline = deadline_of(party, hearing.closes_at);
        let letter = (LetterKind::Invitation, deadline);
        queue_once(&txn, (&hearing, party), letter, base_url, change.now).await?;
        mark_invited(&txn, party.clone(), &change).await?;
    }
    txn.commit().await?;
    Ok(pending.len())
}

/// Refuses a draft (its link is a 404 to the public) and a hearing whose deadline has
/// passed (the letter would invite answers the form refuses).
fn refuse_unsendable(hearing: &hearing::Model, change: &Change<'_>) -> Result<(), AppError> {
    let t = change.locale.messages();
    if hearing.status == HearingState::Draft {
        return Err(AppError::field("invite", t.invite_draft()));
    }
    if hearing.closes_at <= change.now {
        return Err(AppError::field("invite", t.invite_closed()));
    }
    Ok(())
}

async fn mark_invited(
    db: &impl sea_orm::ConnectionTrait,
    party: consulted_party::Model,
    change: &Change<'_>,
) -> Result<(), AppError> {
    let (id, hearing_id, email) = (party.id, party.hearing_id, party.email.clone());
    let mut update = party.into_active_model();
    update.invited_at = Set(Some(change.now));
    update.update(db).await?;
    let entry = Entry {
        actor_id: Some(change.who.account_id),
        action: "party.invite",
        entity: "consulted_party",
        entity_id: id,
        hearing_id: Some(hearing_id),
        reason: None,
        before: json!({"invited_at": null}),
        after: json!({"invited_at": change.now, "to": email}),
    };
    audit::record(db, entry, change.now).await
}

/// When a party's deadline is, given the hearing's.
pub fn deadline_of(party: &consulted_party::Model, closes_at: DateTime<Utc>) -> DateTime<Utc> {
    party.deadline.unwrap_or(closes_at)
}
