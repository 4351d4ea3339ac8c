//! An indexer: keeps this process's index up to date by following the index outbox with its
//! own cursor ([`Cursor`]), saved in each commit with the documents, so a restart resumes
//! exactly there. Applying a row again is harmless (it reads the response as it is now), so
//! the cursor saved is the low-water mark. A row `entity = "index"` asks every process for a
//! rebuild: a new generation is built from the tables beside the one in use, then swapped;
//! its cursor is the one reached before the rebuild began, so nothing committed meanwhile is
//! missed. An index that is new, from before cursors, from another database or behind the
//! pruned rows is rebuilt the same way. A rebuild reads the table twice: first to learn the
//! vocabularies ([`super::vocabulary`]), so every compound is split against every word the
//! database holds, then to index. An index whose vocabulary grew by a quarter since it was
//! built is rebuilt too, so compounds indexed before their parts were known get split.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use sea_orm::{DatabaseConnection, DbErr};

use super::cursor::{Cursor, Saved};
use super::follow::{self, Progress, Snapshot};
use super::horizon;
use super::index::{Generation, SearchIndex, Writer};
use super::load::{self, Loaded};
use super::marks;
use crate::clock::SharedClock;

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

/// Takes the lock that makes this process the writer of the index under `root`; `None` when
/// another process holds it. The lock lasts as long as the returned file is open (the system
/// releases it when the process dies); the file names the holder, for people looking.
pub fn lock(root: &Path, holder: &str) -> std::io::Result<Option<File>> {
    std::fs::create_dir_all(root)?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(root.join("indexer.lock"))?;
    match file.try_lock() {
        Ok(()) => {
            file.set_len(0)?;
            std::io::Write::write_all(&mut &file, holder.as_bytes())?;
            Ok(Some(file))
        }
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(error)) => Err(error),
    }
}

/// The indexer's state: the index, the writer on its current generation, the cursor.
pub struct Indexer {
    db: DatabaseConnection,
    index: Arc<SearchIndex>,
    clock: SharedClock,
    progress: Arc<Progress>,
    writer: Option<Writer>,
    cursor: Cursor,
}

impl Indexer {
    /// An indexer of `index` (the caller holds the lock, or the index is in memory). It knows
    /// no cursor until [`Self::start`].
    pub fn new(db: DatabaseConnection, index: Arc<SearchIndex>, clock: SharedClock) -> Self {
        Indexer {
            db,
            index,
            clock,
            progress: Arc::default(),
            writer: None,
            cursor: Cursor::at(0),
        }
    }

    /// Publishes every change of the cursor to `progress` (for `/readyz`).
    pub fn reporting_to(mut self, progress: Arc<Progress>) -> Self {
        self.progress = progress;
        self
    }

    /// The cursor.
    pub fn cursor(&self) -> &Cursor {
        &self.cursor
    }

    /// Resumes from the cursor the index saved, or rebuilds it from the tables when it has
    /// none or cannot follow from it; returns whether it rebuilt.
    pub async fn start(&mut self) -> Result<bool, IndexError> {
        let saved = self.index.current().saved()?.map(|s| s.cursor);
        if let Some(cursor) = saved
            && horizon::can_resume(&self.db, cursor).await?
        {
            self.cursor = Cursor::at(cursor);
            self.publish();
            return Ok(false);
        }
        tracing::info!(
            ?saved,
            "the search index cannot follow the outbox from its cursor; rebuilding"
        );
        self.rebuild_all().await?;
        Ok(true)
    }

    /// Rebuilds from the tables and follows on from the rows visible now.
    pub async fn rebuild_all(&mut self) -> Result<(), IndexError> {
        let from = follow::starting_point(&self.db, Instant::now()).await?;
        self.rebuild(from).await?;
        let now = self.clock.now();
        marks::applied_through(&self.db, self.cursor.low(), now).await?;
        // Reported after the marks, as a poll does: what the rebuild covered has queued its
        // hearings' themes by the time anyone sees it applied.
        self.publish();
        Ok(())
    }

    /// Rebuilds when rows after `low` (the low-water mark before the last poll) were pruned:
    /// this process may have missed them. Returns whether it rebuilt.
    pub async fn check_horizon(&mut self, low: i64) -> Result<bool, IndexError> {
        let pruned = horizon::pruned_through(&self.db).await?;
        if pruned <= low {
            return Ok(false);
        }
        tracing::warn!(
            pruned,
            low,
            "index outbox rows were pruned before this index applied them; rebuilding"
        );
        self.rebuild_all().await?;
        Ok(true)
    }

    /// Applies rows until none are left; returns how many were applied.
    pub async fn catch_up(&mut self) -> Result<usize, IndexError> {
        let mut done = 0;
        loop {
            let n = self.poll().await?;
            if n == 0 {
                return Ok(done);
            }
            done += n;
        }
    }

    /// Applies the next batch of rows after the cursor (and any that filled a hole); returns
    /// how many there were. Nothing changed costs one query.
    pub async fn poll(&mut self) -> Result<usize, IndexError> {
        let started = Instant::now();
        let rows = follow::rows_after(&self.db, &self.cursor, BATCH).await?;
        let now = Instant::now();
        let mut next = self.cursor.clone();
        next.observe(&rows.iter().map(|r| r.id).collect::<Vec<_>>(), now);
        for (from, to) in next.expire(now) {
            tracing::info!(
                from,
                to,
                "index outbox ids never committed; no longer waited for"
            );
        }
        if rows.is_empty() {
            self.cursor = next;
            self.publish();
            return Ok(0);
        }
        let outcome = if rows.iter().any(|r| r.entity == "index") {
            self.rebuild(next).await
        } else {
            let ids: Vec<i32> = rows
                .iter()
                .filter(|r| r.entity == "response")
                .map(|r| r.entity_id)
                .collect();
            self.apply(&ids, next).await
        };
        if let Err(error) = outcome {
            marks::failed(&self.db, &rows, &error.to_string()).await?;
            return Err(error);
        }
        let applied = started.elapsed();
        if let Err(error) = marks::applied(&self.db, &rows, self.clock.now()).await {
            tracing::warn!(%error, "could not mark index outbox rows processed");
        }
        // Reported only now: whoever sees the rows applied also sees what applying them
        // queued (the hearings' theme runs).
        self.publish();
        tracing::debug!(rows = rows.len(), ?applied, marked = ?started.elapsed(), cursor = self.cursor.low(), "index outbox rows applied");
        self.refresh_vocabulary().await?;
        Ok(rows.len())
    }

    /// Rebuilds when the vocabulary grew so much since the index was built that documents
    /// indexed early miss many splits; returns whether it rebuilt.
    pub async fn refresh_vocabulary(&mut self) -> Result<bool, IndexError> {
        if !self.index.current().vocabularies.stale() {
            return Ok(false);
        }
        tracing::info!(
            "the search vocabulary grew by a quarter since the index was built; rebuilding"
        );
        self.rebuild_all().await?;
        Ok(true)
    }

    async fn apply(&mut self, ids: &[i32], next: Cursor) -> Result<(), IndexError> {
        let loaded = load::by_ids(&self.db, ids).await?;
        let writer = self.take_writer()?;
        let index = self.index.clone();
        let saved = Saved::of(&next);
        let writer =
            tokio::task::spawn_blocking(move || write(&index, writer, loaded, &saved)).await??;
        self.writer = Some(writer);
        self.cursor = next;
        Ok(())
    }

    fn take_writer(&mut self) -> Result<Writer, IndexError> {
        match self.writer.take() {
            Some(writer) => Ok(writer),
            None => Ok(self.index.current().writer()?),
        }
    }

    /// Builds a new generation from every response and swaps it in, saving `from` as its
    /// cursor (every row visible before the tables were read). Searches read the old one
    /// until the swap.
    async fn rebuild(&mut self, from: Cursor) -> Result<(), IndexError> {
        let started = std::time::Instant::now();
        self.writer = None;
        let generation = Arc::new(self.index.new_generation()?);
        let mut writer = generation.writer()?;
        writer = self.learn_all(writer).await?;
        generation.vocabularies.mark_built();
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
        let index = self.index.clone();
        let saved = Saved::of(&from);
        let cursor = saved.cursor;
        tokio::task::spawn_blocking(move || finish(&index, writer, generation, &saved)).await??;
        self.cursor = from;
        tracing::info!(count, cursor, elapsed = ?started.elapsed(), "search index rebuilt");
        Ok(())
    }

    /// The rebuild's first pass: every response's words, into the new generation's
    /// vocabularies.
    async fn learn_all(&self, mut writer: Writer) -> Result<Writer, IndexError> {
        let mut after = 0;
        loop {
            let (loaded, last) = load::batch_after(&self.db, after, REBUILD_BATCH).await?;
            let Some(last) = last else {
                return Ok(writer);
            };
            writer = tokio::task::spawn_blocking(move || {
                writer.learn(&loaded.docs);
                writer
            })
            .await?;
            after = last;
        }
    }

    fn publish(&self) {
        self.progress.set(Snapshot {
            applied: Saved::of(&self.cursor),
            writes: true,
        });
    }
}

fn write(
    index: &SearchIndex,
    mut writer: Writer,
    loaded: Loaded,
    saved: &Saved,
) -> Result<Writer, IndexError> {
    writer.apply(&index.fields, &loaded.docs, &loaded.removed)?;
    writer.commit_at(saved)?;
    index.current().reload()?;
    Ok(writer)
}

fn finish(
    index: &SearchIndex,
    mut writer: Writer,
    generation: Arc<Generation>,
    saved: &Saved,
) -> Result<(), IndexError> {
    writer.commit_at(saved)?;
    drop(writer);
    let generation = Arc::try_unwrap(generation).map_err(|_| {
        tantivy::TantivyError::InternalError("the new index generation is still shared".into())
    })?;
    index.swap(generation)?;
    Ok(())
}
