//! Queueing a digest once: its `digest_run` row (unique per hearing, kind and period) and one
//! outbox mail per recipient are written in one transaction. A second attempt for the same
//! slot, by this process after a restart or by another server, writes nothing.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
    SqlErr,
};

use super::content::{self, Digest};
use super::schedule::Slot;
use super::{html, text};
use crate::entities::{digest_recipient, digest_run, hearing};
use crate::error::AppError;
use crate::mail::outbox::{NewMail, queue_once};

/// What queueing did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Queued {
    /// The digest and its mails were queued: the run's id and how many mails.
    Now { run_id: i32, recipients: usize },
    /// This slot's digest was queued before (here or by another process).
    Before,
    /// The hearing has no recipients.
    NoRecipients,
}

/// The hearing's recipients: name and address, in their order.
pub async fn recipients(
    db: &impl sea_orm::ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<(String, String)>, AppError> {
    Ok(digest_recipient::Entity::find()
        .filter(digest_recipient::Column::HearingId.eq(hearing_id))
        .order_by_asc(digest_recipient::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.name, r.email))
        .collect())
}

/// Whether `slot`'s digest of the hearing was queued before.
pub async fn exists(
    db: &impl sea_orm::ConnectionTrait,
    hearing_id: i32,
    slot: &Slot,
) -> Result<bool, AppError> {
    Ok(digest_run::Entity::find()
        .filter(digest_run::Column::HearingId.eq(hearing_id))
        .filter(digest_run::Column::Kind.eq(slot.kind))
        .filter(digest_run::Column::Period.eq(slot.period.as_str()))
        .one(db)
        .await?
        .is_some())
}

/// The cut-off of the hearing's latest digest ("new since" counts from it).
pub async fn previous_cutoff(
    db: &impl sea_orm::ConnectionTrait,
    hearing_id: i32,
) -> Result<Option<DateTime<Utc>>, AppError> {
    Ok(digest_run::Entity::find()
        .filter(digest_run::Column::HearingId.eq(hearing_id))
        .order_by_desc(digest_run::Column::Cutoff)
        .one(db)
        .await?
        .map(|run| run.cutoff))
}

/// The digest `slot` of `hearing` would send at `now`.
pub async fn compose(
    db: &DatabaseConnection,
    hearing: &hearing::Model,
    slot: &Slot,
    now: DateTime<Utc>,
    base_url: &str,
) -> Result<Digest, AppError> {
    let since = previous_cutoff(db, hearing.id).await?;
    content::read(db, hearing, slot.kind, since, now, base_url).await
}

/// Queues `slot`'s digest of `hearing` for every recipient, once.
pub async fn queue(
    db: &DatabaseConnection,
    hearing: &hearing::Model,
    slot: &Slot,
    now: DateTime<Utc>,
    base_url: &str,
) -> Result<Queued, AppError> {
    let recipients = recipients(db, hearing.id).await?;
    if recipients.is_empty() {
        return Ok(Queued::NoRecipients);
    }
    if exists(db, hearing.id, slot).await? {
        return Ok(Queued::Before);
    }
    // Everything is read before the transaction, which only writes.
    let digest = compose(db, hearing, slot, now, base_url).await?;
    let (subject, body, page) = (
        text::subject(&digest),
        text::text(&digest),
        html::html(&digest),
    );
    let txn = crate::db::begin_write(db).await?;
    let run = digest_run::ActiveModel {
        hearing_id: Set(hearing.id),
        kind: Set(slot.kind),
        period: Set(slot.period.clone()),
        scheduled_for: Set(slot.at),
        cutoff: Set(now),
        subject: Set(subject.clone()),
        created_at: Set(now),
        ..Default::default()
    };
    let run = match run.insert(&txn).await {
        Ok(run) => run,
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(Queued::Before);
        }
        Err(error) => return Err(error.into()),
    };
    for (_, email) in &recipients {
        let mail = NewMail {
            to: email.clone(),
            subject: subject.clone(),
            text: body.clone(),
        };
        let key = format!("{}{email}", super::status::key_prefix(run.id));
        queue_once(&txn, key, mail, Some(page.clone()), now).await?;
    }
    txn.commit().await?;
    tracing::info!(hearing = %hearing.slug, kind = slot.kind.as_str(), period = %slot.period,
        recipients = recipients.len(), "digest queued");
    Ok(Queued::Now {
        run_id: run.id,
        recipients: recipients.len(),
    })
}
