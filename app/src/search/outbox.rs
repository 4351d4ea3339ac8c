//! The index outbox: every change to a response writes a row here in its own transaction, and
//! every process's indexer applies the rows later, each following them with its own cursor.
//! Nothing is lost when a process dies between the two. `processed_at` records that some
//! process applied a row (the first one marks it, and queues the themes): pruning waits for
//! it, but no process decides from it what its own index holds.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

use super::follow::Snapshot;
use crate::entities::index_outbox;

/// Why a response is to be indexed again. The indexer always reads the response as it is now,
/// so the reason only tells people reading the table what happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A new response was written (awaiting verification or registered by an official).
    Submitted,
    /// The respondent confirmed it by e-mail.
    Verified,
    /// An official decided on it: published, held, rejected, redacted, duplicate, …
    Moderated,
    /// The respondent changed or withdrew it through the private link.
    Edited,
    /// An attachment's text was extracted (or failed to be).
    Files,
    /// It was published by the after-deadline publisher.
    Published,
    /// Its theme or campaign changed.
    Theme,
    /// Its personal data was erased, or it was deleted (`retention`).
    Erased,
}

impl Change {
    /// The value stored in `index_outbox.operation`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Verified => "verified",
            Self::Moderated => "moderated",
            Self::Edited => "edited",
            Self::Files => "files",
            Self::Published => "published",
            Self::Theme => "theme",
            Self::Erased => "erased",
        }
    }
}

/// Records that response `response_id` must be indexed again. Call it with the transaction
/// that changes the response, so both commit or neither does.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    response_id: i32,
    change: Change,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    index_outbox::ActiveModel {
        entity: Set("response".into()),
        entity_id: Set(response_id),
        operation: Set(change.as_str().into()),
        created_at: Set(now),
        processed_at: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Asks every process's indexer for a rebuild (`ordet reindex`); returns the row's id.
pub async fn request_rebuild(
    db: &impl ConnectionTrait,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<i64, DbErr> {
    let row = index_outbox::ActiveModel {
        entity: Set("index".into()),
        entity_id: Set(0),
        operation: Set("rebuild".into()),
        created_at: Set(now),
        attempts: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// How far this process's index is behind the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Lag {
    /// Outbox rows this process's index has not applied yet.
    pub pending: u64,
    /// Age in seconds of the oldest of them (0 when none).
    pub oldest_seconds: i64,
    /// The index's cursor: every outbox row up to this id is applied.
    pub cursor: i64,
    /// Whether this process writes its index (else it reads one another process writes).
    pub writes: bool,
}

/// The lag of an index that has applied what `applied` says.
pub async fn lag(
    db: &impl ConnectionTrait,
    applied: &Snapshot,
    now: DateTime<Utc>,
) -> Result<Lag, DbErr> {
    use sea_orm::{EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
    let pending = index_outbox::Entity::find().filter(applied.pending());
    let count = pending.clone().count(db).await?;
    let oldest = match count {
        0 => 0,
        _ => pending
            .order_by_asc(index_outbox::Column::Id)
            .one(db)
            .await?
            .map_or(0, |row| (now - row.created_at).num_seconds().max(0)),
    };
    Ok(Lag {
        pending: count,
        oldest_seconds: oldest,
        cursor: applied.applied.cursor,
        writes: applied.writes,
    })
}
