//! A hearing's mailbox at the end of its personal data's life: every `incoming_mail` row goes
//! (a sender's address is in a kept message's `From`, and a `Message-ID` often names their
//! domain), and the messages kept whole are queued for deletion from the store.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::entities::incoming_mail;

/// Erases hearing `hearing_id`'s mailbox rows in the caller's transaction; how many went.
pub async fn erase(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let rows = incoming_mail::Entity::find()
        .filter(incoming_mail::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?;
    let kept: BTreeSet<String> = rows.iter().filter_map(|r| r.sha256.clone()).collect();
    let deleted = incoming_mail::Entity::delete_many()
        .filter(incoming_mail::Column::HearingId.eq(hearing_id))
        .exec(db)
        .await?;
    super::blobs::queue(db, kept, now).await?;
    Ok(deleted.rows_affected)
}
