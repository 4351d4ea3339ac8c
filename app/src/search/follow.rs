//! Reading the index outbox after a cursor, and where a rebuilt index starts following it.
//! Both ask by id only: `id > high` and the holes' ranges, one query on the primary key.

use std::time::Instant;

use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::cursor::Cursor;
use super::cursor::Saved;
use super::horizon;
use crate::entities::index_outbox;

/// How far below the newest id a rebuilt index still looks for ids not yet visible. A
/// transaction still open while this many later ones committed would have to last far longer
/// than [`super::cursor::HOLE_PATIENCE`]; below it, the rebuild's own read of the tables
/// covers everything.
pub const WINDOW: i64 = 10_000;

/// What this process's index has applied, as `/readyz` reports it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// How far it has followed the outbox.
    pub applied: Saved,
    /// Whether this process writes its index (else it reads one another process writes).
    pub writes: bool,
}

impl Snapshot {
    /// The outbox rows not applied yet: after the highest applied, or in a hole.
    pub fn pending(&self) -> Condition {
        after(self.applied.high, &self.applied.holes)
    }
}

/// The latest [`Snapshot`], shared between the indexer task and `/readyz`; a watch, so a
/// caller can wait for the indexer's next report instead of asking again after a pause.
#[derive(Debug)]
pub struct Progress(tokio::sync::watch::Sender<Snapshot>);

impl Default for Progress {
    fn default() -> Self {
        Progress(tokio::sync::watch::Sender::new(Snapshot::default()))
    }
}

impl Progress {
    /// Replaces the snapshot (and wakes whoever waits for the next one).
    pub fn set(&self, snapshot: Snapshot) {
        self.0.send_replace(snapshot);
    }

    /// The snapshot now.
    pub fn get(&self) -> Snapshot {
        self.0.borrow().clone()
    }

    /// A receiver that sees each snapshot set from now on.
    pub fn watch(&self) -> tokio::sync::watch::Receiver<Snapshot> {
        self.0.subscribe()
    }
}

fn after(high: i64, holes: &[(i64, i64)]) -> Condition {
    holes.iter().fold(
        Condition::any().add(index_outbox::Column::Id.gt(high)),
        |any, (from, to)| any.add(index_outbox::Column::Id.between(*from, *to)),
    )
}

/// The next rows for `cursor`, lowest id first, at most `limit`.
pub async fn rows_after(
    db: &impl ConnectionTrait,
    cursor: &Cursor,
    limit: u64,
) -> Result<Vec<index_outbox::Model>, DbErr> {
    index_outbox::Entity::find()
        .filter(after(cursor.high(), &cursor.holes()))
        .order_by_asc(index_outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// The cursor of an index about to be rebuilt from the tables: every id visible now counts as
/// applied (the rebuild reads the tables after this), and ids within [`WINDOW`] below the
/// newest that are not visible yet are holes, applied when their transactions commit.
pub async fn starting_point(db: &impl ConnectionTrait, now: Instant) -> Result<Cursor, DbErr> {
    let newest = horizon::newest(db).await?;
    let from = (newest - WINDOW)
        .max(horizon::pruned_through(db).await?)
        .max(0);
    let ids: Vec<i64> = index_outbox::Entity::find()
        .select_only()
        .column(index_outbox::Column::Id)
        .filter(index_outbox::Column::Id.gt(from))
        .order_by_asc(index_outbox::Column::Id)
        .limit(2 * WINDOW as u64)
        .into_tuple()
        .all(db)
        .await?;
    let mut cursor = Cursor::at(from);
    cursor.observe(&ids, now);
    Ok(cursor)
}
