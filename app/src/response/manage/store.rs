//! Changing or withdrawing a response through its private link.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set,
};

use super::{ManageLookup, ManagedResponse};
use crate::entities::{hearing, response, response_token};
use crate::error::AppError;
use crate::hearing::store::{local, zone};
use crate::response::language::detect_language;
use crate::response::lifecycle::{self, AuthorChange, Placement};
use crate::response::personal_data::holds_personal_data;
use crate::response::submission::Stance;
use crate::response::text::ResponseText;
use crate::search::outbox;
use crate::token;
use crate::vocab::ResponseStatus;
use crate::vocab::ResponseTokenPurpose;

/// A change the author asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// New text and stance.
    Update {
        /// The checked text.
        text: ResponseText,
        /// The stance.
        stance: Stance,
    },
    /// Take the response back.
    Withdraw,
}

/// The id of the response behind a private link.
pub async fn response_of(
    db: &impl ConnectionTrait,
    raw_token: &str,
) -> Result<Option<i32>, AppError> {
    Ok(response_token::Entity::find()
        .select_only()
        .column(response_token::Column::ResponseId)
        .filter(response_token::Column::TokenSha256.eq(token::hash(raw_token.trim())))
        .filter(response_token::Column::Purpose.eq(ResponseTokenPurpose::Manage))
        .into_tuple()
        .one(db)
        .await?)
}

/// The response and its hearing; `lock` takes the response's row for the rest of the
/// transaction (PostgreSQL; SQLite's writer already has the database).
async fn find(
    db: &impl ConnectionTrait,
    response_id: i32,
    lock: bool,
) -> Result<Option<(response::Model, hearing::Model)>, AppError> {
    let mut select = response::Entity::find_by_id(response_id);
    if lock {
        select = select.lock_exclusive();
    }
    let Some(row) = select.one(db).await? else {
        return Ok(None);
    };
    let hearing = hearing::Entity::find_by_id(row.hearing_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Some((row, hearing)))
}

/// What the link shows at `now`.
pub async fn lookup(
    db: &DatabaseConnection,
    raw_token: &str,
    now: DateTime<Utc>,
) -> Result<ManageLookup, AppError> {
    let Some(id) = response_of(db, raw_token).await? else {
        return Ok(ManageLookup::Unknown);
    };
    let Some((row, hearing)) = find(db, id, false).await? else {
        return Ok(ManageLookup::Unknown);
    };
    let open = now < hearing.closes_at;
    let managed = ManagedResponse {
        svarnummer: row.svarnummer,
        deadline: local(hearing.closes_at, zone(&hearing)),
        hearing_title: hearing.title,
        hearing_slug: hearing.slug,
        text: row.body,
        stance: row.stance,
        status: row.status,
    };
    Ok(if open {
        ManageLookup::Open(managed)
    } else {
        ManageLookup::Closed(managed)
    })
}

/// Applies a change through the private link `raw_token`; see [`apply_to`].
pub async fn apply(
    db: &DatabaseConnection,
    raw_token: &str,
    change: Change,
    at: (&str, DateTime<Utc>),
) -> Result<(), AppError> {
    // Looked up first without the write lock: a made-up link writes nothing.
    let id = response_of(db, raw_token)
        .await?
        .ok_or(AppError::NotFound)?;
    apply_to(db, id, change, at).await
}

/// Applies the author's change to response `response_id` (whoever proved they are its
/// author: the private link, or the resident's access to their data): refused after the
/// deadline ([`AppError::Closed`]) and for a withdrawn response ([`AppError::Conflict`]). A
/// changed text is checked for CPR numbers again, and is placed by
/// [`lifecycle::after_author_change`]: an official's decision (rejected, held) stays as it
/// is. Every change is in the audit log; one that meets an official's decision is mailed to
/// the hearing's officials.
pub async fn apply_to(
    db: &DatabaseConnection,
    response_id: i32,
    change: Change,
    (base_url, now): (&str, DateTime<Utc>),
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let (row, hearing) = find(&txn, response_id, true)
        .await?
        .ok_or(AppError::NotFound)?;
    if now >= hearing.closes_at {
        return Err(AppError::Closed);
    }
    if row.status == ResponseStatus::Withdrawn {
        return Err(AppError::Conflict("withdrawn".into()));
    }
    let before = Placement::of(row.status, row.held_reason.as_deref());
    let mut update: response::ActiveModel = row.clone().into();
    update.updated_at = Set(now);
    let after = match change {
        Change::Withdraw => lifecycle::after_withdrawal(&before),
        Change::Update { text, stance } => {
            let found = AuthorChange {
                personal_data: holds_personal_data(&txn, row.id, text.as_str()).await?,
                redacted: row.public_body.is_some(),
                policy: hearing.publication_policy,
            };
            update.language = Set(detect_language(text.as_str()));
            update.body = Set(text.into_inner());
            update.stance = Set(stance);
            update.public_body = Set(None);
            lifecycle::after_author_change(&before, found)
        }
    };
    update.status = Set(after.status);
    update.held_reason = Set(after.held_reason.clone());
    update.published_at = Set(after.published_at(row.published_at, now));
    let updated = update_unchanged(&txn, &row, update).await?;
    outbox::enqueue(&txn, row.id, outbox::Change::Edited, now).await?;
    super::tell::record(&txn, (&row, &updated), now).await?;
    if before.is_official_decision() {
        super::tell::tell_officials(&txn, (&updated, &hearing), base_url, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Writes `update` only while the row is as it was read (status and `updated_at`): an
/// official's decision made meanwhile is never overwritten from the author's side.
async fn update_unchanged(
    txn: &impl ConnectionTrait,
    row: &response::Model,
    update: response::ActiveModel,
) -> Result<response::Model, AppError> {
    let done = response::Entity::update_many()
        .set(update)
        .filter(response::Column::Id.eq(row.id))
        .filter(response::Column::Status.eq(row.status))
        .filter(response::Column::UpdatedAt.eq(row.updated_at))
        .exec(txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict("changed meanwhile".into()));
    }
    response::Entity::find_by_id(row.id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)
}
