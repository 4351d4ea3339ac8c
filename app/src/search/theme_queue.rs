//! The theme outbox's writing side: the indexer queues the hearings of the responses it
//! applied (in [`super::marks`]), and `ordet themes --refresh` asks for one hearing. The theme
//! worker reads the rows (`crate::themes::outbox`): the index is below the themes, which read
//! it, so the queue they share is written from here.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, Set};
use std::collections::BTreeSet;

use crate::entities::{response, theme_outbox};
use crate::vocab::ThemeReason;

/// The hearings of `response_ids` (read before the transaction that queues them: on SQLite a
/// transaction that reads before it writes fails at once when another process wrote between).
pub async fn hearings_of(
    db: &impl ConnectionTrait,
    response_ids: &[i32],
) -> Result<BTreeSet<i32>, DbErr> {
    if response_ids.is_empty() {
        return Ok(BTreeSet::new());
    }
    Ok(response::Entity::find()
        .select_only()
        .column(response::Column::HearingId)
        .filter(response::Column::Id.is_in(response_ids.iter().copied()))
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// Records that hearing `hearing_id`'s themes are to be computed again, for `reason`.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    reason: ThemeReason,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = theme_outbox::ActiveModel {
        hearing_id: Set(hearing_id),
        reason: Set(reason),
        created_at: Set(now),
        processed_at: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        ..Default::default()
    };
    theme_outbox::Entity::insert(row).exec(db).await?;
    Ok(())
}
