//! The index outbox's ends: the newest id, and how far it has been pruned. Rows some process
//! applied more than a week ago are deleted; the highest id deleted is recorded
//! (`index_outbox_pruned`, raised in the same transaction as the delete, never lowered), so a
//! process whose cursor is below it knows it may have missed rows and rebuilds instead.

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use crate::entities::{index_outbox, index_outbox_pruned};
use crate::jobs::Sweep;

/// Applied outbox rows are kept this long (for processes that were down, and for people
/// reading the table), then deleted. A process down for longer rebuilds its index on start.
pub const KEEP_PROCESSED: TimeDelta = TimeDelta::days(7);

/// The highest id in the outbox (0 when it is empty).
pub async fn newest(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let id: Option<i64> = index_outbox::Entity::find()
        .select_only()
        .column(index_outbox::Column::Id)
        .order_by_desc(index_outbox::Column::Id)
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(id.unwrap_or(0))
}

/// Every outbox row with an id up to this one may have been deleted (0: none was).
pub async fn pruned_through(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let row = index_outbox_pruned::Entity::find_by_id(1).one(db).await?;
    Ok(row.map_or(0, |r| r.through_id))
}

/// Deletes outbox rows applied (by any process) more than [`KEEP_PROCESSED`] before `now`,
/// never the newest row (SQLite could then hand its id out again); rows no process applied
/// stay. Returns how many were deleted.
pub async fn prune(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let cutoff = now - KEEP_PROCESSED;
    let newest = newest(db).await?;
    let through: Option<i64> = index_outbox::Entity::find()
        .select_only()
        .column(index_outbox::Column::Id)
        .filter(index_outbox::Column::ProcessedAt.lt(cutoff))
        .filter(index_outbox::Column::Id.lt(newest))
        .order_by_desc(index_outbox::Column::Id)
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    let Some(through) = through else {
        return Ok(0);
    };
    let txn = crate::db::begin_write(db).await?;
    raise(&txn, through, now).await?;
    let done = index_outbox::Entity::delete_many()
        .filter(index_outbox::Column::ProcessedAt.lt(cutoff))
        .filter(index_outbox::Column::Id.lte(through))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(done.rows_affected)
}

/// Raises the recorded horizon to `through` (two processes pruning at once both end at the
/// higher one).
async fn raise(db: &impl ConnectionTrait, through: i64, now: DateTime<Utc>) -> Result<(), DbErr> {
    let first = index_outbox_pruned::ActiveModel {
        id: Set(1),
        through_id: Set(0),
        pruned_at: Set(now),
    };
    index_outbox_pruned::Entity::insert(first)
        .on_conflict_do_nothing_on([index_outbox_pruned::Column::Id])
        .exec_without_returning(db)
        .await?;
    index_outbox_pruned::Entity::update_many()
        .col_expr(index_outbox_pruned::Column::ThroughId, Expr::value(through))
        .col_expr(index_outbox_pruned::Column::PrunedAt, Expr::value(now))
        .filter(index_outbox_pruned::Column::Id.eq(1))
        .filter(index_outbox_pruned::Column::ThroughId.lt(through))
        .exec(db)
        .await?;
    Ok(())
}

/// Prunes the index outbox ([`prune`]) hourly, in whichever process holds its lease.
pub const OUTBOX_PRUNER: Sweep = Sweep {
    name: "index_outbox.prune",
    period: std::time::Duration::from_secs(3600),
    leased: true,
    pass: |db, now| Box::pin(prune(db, now)),
};

/// Whether an index whose cursor is `cursor` can follow the outbox from there: no row after
/// it was pruned, and it is not ahead of the database (an index from another database, or a
/// database restored from an older backup).
pub async fn can_resume(db: &impl ConnectionTrait, cursor: i64) -> Result<bool, DbErr> {
    let pruned = pruned_through(db).await?;
    let newest = newest(db).await?.max(pruned);
    Ok(pruned <= cursor && cursor <= newest)
}
