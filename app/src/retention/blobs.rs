//! Stored files whose rows were erased. The store holds a file once per content (its SHA-256)
//! whatever number of rows name it, and it is not transactional: the erasing transaction
//! only queues the content in `blob_orphan`; after it commits, [`collect`] deletes each queued
//! file no attachment row holds any more. The purge job collects too, so a process that died
//! between the commit and the collection leaves nothing behind for long.
//!
//! As when a submission's transaction fails (`attachment::store::forget_created`), a file is
//! deleted when no committed row holds it: a submission of the very same bytes still in its
//! transaction at that instant would find the file gone.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::blob::Storage;
use crate::entities::{attachment, blob_orphan, incoming_mail};

/// How many queued files one pass of [`collect`] looks at.
const BATCH: u64 = 500;

/// Queues `contents` (SHA-256 values) for deletion from the store, in the caller's
/// transaction.
pub async fn queue(
    db: &impl ConnectionTrait,
    contents: BTreeSet<String>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for sha256 in contents {
        blob_orphan::ActiveModel {
            sha256: Set(sha256),
            queued_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Deletes every queued file that no attachment row holds from the store and empties the
/// queue; returns how many files were deleted. A file the store cannot delete stays queued
/// for the next call.
pub async fn collect(db: &impl ConnectionTrait, storage: &Storage) -> Result<u64, DbErr> {
    let mut deleted = 0;
    let mut after = 0;
    loop {
        let queued = blob_orphan::Entity::find()
            .filter(blob_orphan::Column::Id.gt(after))
            .order_by_asc(blob_orphan::Column::Id)
            .limit(BATCH)
            .all(db)
            .await?;
        let Some(last) = queued.last() else {
            return Ok(deleted);
        };
        after = last.id;
        for row in queued {
            if collect_one(db, storage, &row).await? {
                deleted += 1;
            }
        }
    }
}

/// Deletes one queued file when no row holds it (an attachment, or an e-mail kept whole for
/// officials); whether it was deleted.
async fn collect_one(
    db: &impl ConnectionTrait,
    storage: &Storage,
    row: &blob_orphan::Model,
) -> Result<bool, DbErr> {
    let attached = attachment::Entity::find()
        .filter(attachment::Column::Sha256.eq(&row.sha256))
        .count(db)
        .await?;
    let kept = incoming_mail::Entity::find()
        .filter(incoming_mail::Column::Sha256.eq(&row.sha256))
        .count(db)
        .await?;
    let held = attached + kept > 0;
    if !held && let Err(error) = storage.delete(&row.sha256).await {
        tracing::warn!(%error, orphan.id = row.id, "cannot delete an erased file; trying again later");
        return Ok(false);
    }
    blob_orphan::Entity::delete_by_id(row.id).exec(db).await?;
    Ok(!held)
}
