//! Officials' edits that leave a response's status alone: redacting a passage of the published
//! text (the text as written stays on record, never published) and marking a response as a
//! duplicate of another (a duplicate is not published on its own). Each writes an audit entry
//! in the caller's transaction.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};
use serde_json::json;

use super::actions::{Action, Change};
use crate::audit::{self, Entry};
use crate::entities::response;
use crate::error::AppError;
use crate::i18n::Messages;
use crate::search::outbox;
use crate::vocab::ResponseStatus;

/// What replaces a redacted passage in the published text.
pub const REDACTED: &str = "[udeladt]";

/// Keeps `passage` out of the published text (every occurrence); `None` publishes the text as
/// written again.
pub(crate) async fn redact(
    txn: &DatabaseTransaction,
    row: response::Model,
    passage: Option<&str>,
    change: Change<'_>,
    t: &dyn Messages,
) -> Result<response::Model, AppError> {
    let before = row.public_body.clone();
    let (action, after) = match passage {
        None => (Action::Unredact, None),
        Some(passage) => {
            let passage = passage.trim();
            if passage.is_empty() {
                return Err(AppError::field("passage", t.redact_passage_required()));
            }
            let current = crate::disclosure::public::text(&row);
            if !current.contains(passage) {
                return Err(AppError::field("passage", t.redact_passage_not_found()));
            }
            (Action::Redact, Some(current.replace(passage, REDACTED)))
        }
    };
    let mut update: response::ActiveModel = row.clone().into();
    update.public_body = Set(after.clone());
    update.updated_at = Set(change.now);
    let updated = update_unchanged(txn, &row, update, change.now).await?;
    let entry = Entry {
        actor_id: Some(change.who.account_id),
        action: action.audit_name(),
        entity: "response",
        entity_id: row.id,
        hearing_id: Some(row.hearing_id),
        reason: change.reason,
        before: json!({ "public_text": before }),
        after: json!({ "public_text": after }),
    };
    audit::record(txn, entry, change.now).await?;
    Ok(updated)
}

/// Marks the response as a duplicate of the response numbered `of` (same hearing, not itself,
/// not a duplicate itself), or with no number, clears the mark.
pub(crate) async fn duplicate(
    txn: &DatabaseTransaction,
    row: response::Model,
    of: Option<&str>,
    change: Change<'_>,
    t: &dyn Messages,
) -> Result<response::Model, AppError> {
    let original = match of {
        None => None,
        Some(svarnummer) => Some(original(txn, &row, svarnummer.trim(), t).await?),
    };
    let action = if original.is_some() {
        Action::Duplicate
    } else {
        Action::NotDuplicate
    };
    let mut update: response::ActiveModel = row.clone().into();
    update.duplicate_of_id = Set(original.as_ref().map(|o| o.id));
    update.updated_at = Set(change.now);
    let updated = update_unchanged(txn, &row, update, change.now).await?;
    let before = match row.duplicate_of_id {
        Some(id) => response::Entity::find_by_id(id)
            .one(txn)
            .await?
            .map(|r| r.svarnummer),
        None => None,
    };
    let entry = Entry {
        actor_id: Some(change.who.account_id),
        action: action.audit_name(),
        entity: "response",
        entity_id: row.id,
        hearing_id: Some(row.hearing_id),
        reason: change.reason,
        before: json!({ "duplicate_of": before }),
        after: json!({ "duplicate_of": original.map(|o| o.svarnummer) }),
    };
    audit::record(txn, entry, change.now).await?;
    Ok(updated)
}

/// Writes `update` only if the row is still as `row` was read (same `updated_at`): two
/// officials deciding at once cannot both act on the same state (PostgreSQL reads committed
/// data; SQLite's write lock already serialises). The loser gets a 409. The change is queued
/// for the search index in the same transaction.
pub(crate) async fn update_unchanged(
    txn: &DatabaseTransaction,
    row: &response::Model,
    update: response::ActiveModel,
    now: DateTime<Utc>,
) -> Result<response::Model, AppError> {
    let done = response::Entity::update_many()
        .set(update)
        .filter(response::Column::Id.eq(row.id))
        .filter(response::Column::UpdatedAt.eq(row.updated_at))
        .exec(txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict(
            "changed by someone else meanwhile".into(),
        ));
    }
    outbox::enqueue(txn, row.id, outbox::Change::Moderated, now).await?;
    response::Entity::find_by_id(row.id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)
}

/// The response a duplicate repeats: of the same hearing, another response, confirmed and not
/// withdrawn, not a duplicate itself.
async fn original(
    txn: &DatabaseTransaction,
    row: &response::Model,
    svarnummer: &str,
    t: &dyn Messages,
) -> Result<response::Model, AppError> {
    if svarnummer.is_empty() {
        return Err(AppError::field("duplicate_of", t.duplicate_required()));
    }
    let found = response::Entity::find()
        .filter(response::Column::HearingId.eq(row.hearing_id))
        .filter(response::Column::Svarnummer.eq(svarnummer))
        .one(txn)
        .await?
        .ok_or_else(|| AppError::field("duplicate_of", t.duplicate_unknown(svarnummer)))?;
    if found.id == row.id {
        return Err(AppError::field("duplicate_of", t.duplicate_of_itself()));
    }
    if !found.status.is_in(&ResponseStatus::CONFIRMED) {
        return Err(AppError::field(
            "duplicate_of",
            t.duplicate_of_unconfirmed(svarnummer),
        ));
    }
    let repeated_by = response::Entity::find()
        .filter(response::Column::DuplicateOfId.eq(row.id))
        .one(txn)
        .await?;
    if let Some(other) = repeated_by {
        return Err(AppError::field(
            "duplicate_of",
            t.duplicate_has_duplicates(&other.svarnummer),
        ));
    }
    if let Some(first) = found.duplicate_of_id {
        let first = response::Entity::find_by_id(first).one(txn).await?;
        let first = first.map(|r| r.svarnummer).unwrap_or_default();
        return Err(AppError::field(
            "duplicate_of",
            t.duplicate_of_duplicate(svarnummer, &first),
        ));
    }
    Ok(found)
}
