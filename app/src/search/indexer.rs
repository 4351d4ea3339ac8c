//! The one indexer: applies the index outbox's pending rows in batches and commits, then marks
//! them processed. A crash between the two only means the rows are applied again (applying is
//! idempotent: it reads the response as it is now). A row `entity = "index"` asks for a
//! rebuild: a new generation is built from the whole table beside the one in use, then swapped.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};

use super::index::{Generation, SearchIndex, Writer};
use super::load::{self, Loaded};
use super::outbox::Change;
use crate::entities::index_outbox;

/// Outbox rows applied per commit.
pub const BATCH: u64 = 1000;
/// Responses read per query during a rebuild.
const REBUILD_BATCH: u64 = 2000;

/// Failures of indexing: the database or tantivy.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The database failed.
    #[error("database: {0}")]
    Db(#[from] DbErr),
    /// Tantivy failed.
    #[error("index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A blocking task panicked or was cancelled.
    #[error("indexing task: {0}")]
    Join(#[from] tokio::task::JoinError),
}

/// Takes the lock that makes this process the indexer of `root`; `None` when another process
/// holds it. The lock lasts as long as the returned file is open.
pub fn lock(root: &Path) -> std::io::Result<Option<File>> {
    std::fs::create_dir_all(root)?;
    let file = File::create(root.join("indexer.lock"))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(error)) => Err(error),
    }
}

/// Asks the indexer for a rebuild (`ordet reindex`, or an index found missing).
pub async fn request_rebuild(db: &DatabaseConnection) -> Result<i64, DbErr> {
    let row = index_outbox::ActiveModel {
        entity: Set("index".into()),
        entity_id: Set(0),
        operation: Set("rebuild".into()),
        created_at: Set(Utc::now()),
        attempts: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// The indexer's state: the index and the writer on its current generation.
pub struct Indexer {
    db: DatabaseConnection,
    index: Arc<SearchIndex>,
    writer: Option<Writer>,
}

impl Indexer {
    /// An indexer of `index` (the caller holds the lock, or the index is in memory).
    pub fn new(db: DatabaseConnection, index: Arc<SearchIndex>) -> Self {
        Indexer {
            db,
            index,
            writer: None,
        }
    }

    /// Applies pending rows until none are left; returns how many rows were applied.
    pub async fn catch_up(&mut self) -> Result<usize, IndexError> {
        let mut done = 0;
        loop {
            let n = self.run_once().await?;
            if n == 0 {
                return Ok(done);
            }
            done += n;
        }
    }

    /// Applies one batch of pending rows; returns how many there were.
    pub async fn run_once(&mut self) -> Result<usize, IndexError> {
        let rows = index_outbox::Entity::find()
            .filter(index_outbox::Column::ProcessedAt.is_null())
            .order_by_asc(index_outbox::Column::Id)
            .limit(BATCH)
            .all(&self.db)
            .await?;
        let Some(last) = rows.last().map(|r| r.id) else {
            return Ok(0);
        };
        let outcome = if rows.iter().any(|r| r.entity == "index") {
            self.rebuild().await.map(|()| i64::MAX)
        } else {
            let ids: Vec<i32> = rows.iter().map(|r| r.entity_id).collect();
            self.apply(&ids).await.map(|()| last)
        };
        match outcome {
            Ok(upto) => mark_processed(&self.db, &rows, upto).await?,
            Err(error) => {
                record_failure(&self.db, &rows, &error).await?;
                return Err(error);
            }
        }
        Ok(rows.len())
    }

    async fn apply(&mut self, ids: &[i32]) -> Result<(), IndexError> {
        let loaded = load::by_ids(&self.db, ids).await?;
        let writer = self.take_writer()?;
        let index = self.index.clone();
        let writer = tokio::task::spawn_blocking(move || write(&index, writer, loaded)).await??;
        self.writer = Some(writer);
        Ok(())
    }

    fn take_writer(&mut self) -> Result<Writer, IndexError> {
        match self.writer.take() {
            Some(writer) => Ok(writer),
            None => Ok(self.index.current().writer()?),
        }
    }

    /// Builds a new generation from every response and swaps it in. Searches read the old one
    /// until the swap.
    pub async fn rebuild(&mut self) -> Result<(), IndexError> {
        let started = std::time::Instant::now();
        let generation = Arc::new(self.index.new_generation()?);
        let mut writer = generation.writer()?;
        let (mut after, mut count) = (0, 0);
        loop {
            let (loaded, last) = load::batch_after(&self.db, after, REBUILD_BATCH).await?;
            let Some(last) = last else { break };
            count += loaded.docs.len();
            let index = self.index.clone();
            writer = tokio::task::spawn_blocking(move || {
                writer
                    .apply(&index.fields, &loaded.docs, &[])
                    .map(|()| writer)
            })
            .await??;
            after = last;
        }
        self.writer = None;
        let index = self.index.clone();
        tokio::task::spawn_blocking(move || finish(&index, writer, generation)).await??;
        tracing::info!(count, elapsed = ?started.elapsed(), "search index rebuilt");
        Ok(())
    }
}

fn write(index: &SearchIndex, mut writer: Writer, loaded: Loaded) -> Result<Writer, IndexError> {
    writer.apply(&index.fields, &loaded.docs, &loaded.removed)?;
    writer.commit()?;
    index.current().reload()?;
    Ok(writer)
}

fn finish(
    index: &SearchIndex,
    mut writer: Writer,
    generation: Arc<Generation>,
) -> Result<(), IndexError> {
    writer.commit()?;
    drop(writer);
    let generation = Arc::try_unwrap(generation).map_err(|_| {
        tantivy::TantivyError::InternalError("the new index generation is still shared".into())
    })?;
    index.swap(generation)?;
    Ok(())
}

/// Marks `rows` processed; after a rebuild (`upto` = max) every row pending before it began
/// is covered too, as the rebuild read the table after they were written. In the same
/// transaction the hearings of changed responses are queued for their themes (not for rows
/// the theme worker itself wrote: that would loop).
async fn mark_processed(
    db: &DatabaseConnection,
    rows: &[index_outbox::Model],
    upto: i64,
) -> Result<(), DbErr> {
    let changed: Vec<i32> = rows
        .iter()
        .filter(|r| r.entity == "response" && r.operation != Change::Theme.as_str())
        .map(|r| r.entity_id)
        .collect();
    let hearings = crate::themes::outbox::hearings_of(db, &changed).await?;
    let txn = db.begin().await?;
    for hearing_id in hearings {
        crate::themes::outbox::enqueue(&txn, hearing_id, "indexed", Utc::now()).await?;
    }
    let last = rows.last().map_or(0, |r| r.id);
    let mut update = index_outbox::Entity::update_many()
        .col_expr(index_outbox::Column::ProcessedAt, Expr::value(Utc::now()))
        .filter(index_outbox::Column::ProcessedAt.is_null());
    update = if upto == i64::MAX {
        update.filter(index_outbox::Column::Id.lte(last))
    } else {
        update.filter(index_outbox::Column::Id.is_in(rows.iter().map(|r| r.id)))
    };
    update.exec(&txn).await?;
    txn.commit().await
}

async fn record_failure(
    db: &DatabaseConnection,
    rows: &[index_outbox::Model],
    error: &IndexError,
) -> Result<(), DbErr> {
    index_outbox::Entity::update_many()
        .col_expr(
            index_outbox::Column::Attempts,
            Expr::col(index_outbox::Column::Attempts).add(1),
        )
        .col_expr(
            index_outbox::Column::LastError,
            Expr::value(error.to_string()),
        )
        .filter(index_outbox::Column::Id.is_in(rows.iter().map(|r| r.id)))
        .exec(db)
        .await?;
    Ok(())
}

/// Processed outbox rows are kept this long (for people reading the table), then deleted.
const KEEP_PROCESSED: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// Deletes outbox rows processed more than [`KEEP_PROCESSED`] ago.
pub async fn prune(db: &DatabaseConnection) -> Result<u64, DbErr> {
    let done = index_outbox::Entity::delete_many()
        .filter(index_outbox::Column::ProcessedAt.lt(Utc::now() - KEEP_PROCESSED))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// The indexer task: catches up at start, then whenever nudged (and every few seconds, for
/// rows written by other processes). Failures are retried with back-off; rows stay pending.
/// Old processed rows are pruned once an hour.
pub async fn run(mut indexer: Indexer, nudge: Arc<tokio::sync::Notify>) {
    let mut backoff = Duration::from_secs(1);
    let mut pruned = std::time::Instant::now() - Duration::from_secs(3600);
    loop {
        if pruned.elapsed() >= Duration::from_secs(3600) {
            pruned = std::time::Instant::now();
            if let Err(error) = prune(&indexer.db).await {
                tracing::warn!(%error, "pruning the index outbox failed");
            }
        }
        match indexer.catch_up().await {
            Ok(_) => backoff = Duration::from_secs(1),
            Err(error) => {
                tracing::error!(%error, "indexing failed; the outbox rows stay pending");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(60));
                continue;
            }
        }
        let _ = tokio::time::timeout(Duration::from_secs(5), nudge.notified()).await;
    }
}
