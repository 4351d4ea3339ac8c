//! Messages kept whole for officials: stored in the file store under their hash (the
//! quarantine folder of a local store, or the bucket), listed with the reason on the
//! hearing's inbox, downloaded as `.eml`, and marked as dealt with.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, SqlErr,
};
use serde_json::json;

use super::QuarantinedMail;
use super::ingest::Ingested;
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::blob::Storage;
use crate::entities::{hearing, incoming_mail};
use crate::error::AppError;

/// A message to keep: its key, its bytes, what could be read of it and why it is kept.
#[derive(Clone, Copy, Debug)]
pub struct Kept<'a> {
    /// The message's key (see `message::key`).
    pub key: &'a str,
    /// The whole message.
    pub raw: &'a [u8],
    /// Why it was not registered.
    pub problem: &'a str,
}

/// Keeps the message whole and lists it for the hearing's officials; the same message kept
/// before is not kept twice.
pub async fn keep(
    db: &DatabaseConnection,
    storage: &Storage,
    hearing: &hearing::Model,
    kept: Kept<'_>,
    now: DateTime<Utc>,
) -> Result<Ingested, AppError> {
    let size = u64::try_from(kept.raw.len()).unwrap_or(u64::MAX);
    let stored = async {
        let mut staging = storage.stage_up_to(size).await?;
        staging.write(kept.raw).await?;
        let file = staging.finish().await?;
        storage.keep(&file).await?;
        Ok::<_, std::io::Error>(file.sha256.clone())
    };
    let sha256 = stored
        .await
        .map_err(|e| AppError::internal("keeping an unreadable e-mail", &e))?;
    let row = incoming_mail::ActiveModel {
        hearing_id: Set(hearing.id),
        message_key: Set(kept.key.to_owned()),
        response_id: Set(None),
        sha256: Set(Some(sha256)),
        size_bytes: Set(i64::try_from(size).unwrap_or(i64::MAX)),
        sender: Set(super::message::sender(kept.raw)),
        subject: Set(super::message::subject(kept.raw)),
        problem: Set(Some(kept.problem.to_owned())),
        received_at: Set(now),
        ..Default::default()
    };
    match row.insert(db).await {
        Ok(row) => Ok(Ingested::Quarantined {
            id: row.id,
            problem: kept.problem.to_owned(),
        }),
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(Ingested::AlreadyReceived { svarnummer: None })
        }
        Err(error) => Err(error.into()),
    }
}

/// The messages of hearing `hearing_id` still waiting for an official, oldest first.
pub async fn waiting(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
) -> Result<Vec<QuarantinedMail>, AppError> {
    let zone = crate::hearing::store::zone(hearing);
    let rows = incoming_mail::Entity::find()
        .filter(incoming_mail::Column::HearingId.eq(hearing.id))
        .filter(incoming_mail::Column::Problem.is_not_null())
        .filter(incoming_mail::Column::ResolvedAt.is_null())
        .order_by_asc(incoming_mail::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| QuarantinedMail {
            id: row.id,
            received_local: crate::hearing::store::local(row.received_at, zone),
            sender: row.sender,
            subject: row.subject,
            problem: row.problem.unwrap_or_default(),
            size_bytes: row.size_bytes,
        })
        .collect())
}

/// Kept message `id`, for `who` (who may register responses in its hearing; 404 when there
/// is no such kept message).
pub async fn find_for(
    db: &impl ConnectionTrait,
    who: &Principal,
    id: i32,
) -> Result<incoming_mail::Model, AppError> {
    let row = incoming_mail::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|row| row.sha256.is_some())
        .ok_or(AppError::NotFound)?;
    who.require(Capability::RegisterResponses, Some(row.hearing_id))?;
    Ok(row)
}

/// Marks kept message `id` as dealt with (registered by hand, or not a response), audited.
pub async fn resolve(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = find_for(&txn, who, id).await?;
    if row.resolved_at.is_some() {
        return Ok(());
    }
    let hearing_id = row.hearing_id;
    let mut update: incoming_mail::ActiveModel = row.into();
    update.resolved_at = Set(Some(now));
    update.resolved_by = Set(Some(who.account_id));
    update.update(&txn).await?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: "mail.resolve",
        entity: "incoming_mail",
        entity_id: id,
        hearing_id: Some(hearing_id),
        reason: None,
        before: json!({ "resolved": false }),
        after: json!({ "resolved": true }),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(())
}
