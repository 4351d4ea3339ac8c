//! The search task every `ordet serve` process runs. The process holding the index
//! directory's lock writes: it follows the outbox (at once when this process's own writes
//! nudge it, else every [`POLL`]) and checks it was not left behind by a prune (the
//! [`super::horizon::OUTBOX_PRUNER`]'s). A process sharing the directory with a writer
//! reads: it follows the writer's commits from disk and tries the lock every [`LOCK_RETRY`],
//! so when the writer dies it takes over and goes on following from the cursor the last
//! commit saved.

use std::fs::File;
use std::time::{Duration, Instant};

use sea_orm::DatabaseConnection;

use super::Search;
use super::follow::Snapshot;
use super::indexer::{self, BATCH, Indexer};
use crate::clock::SharedClock;
use crate::instance::Instance;

/// How often the outbox is asked for new rows when nothing nudged: a change committed by
/// another process is searchable here after at most this plus the time to apply it.
pub const POLL: Duration = Duration::from_millis(250);
/// How often a process reading another's index tries to become its writer.
pub const LOCK_RETRY: Duration = Duration::from_secs(2);
/// How often the writer checks that the rows after its cursor were not pruned.
const HORIZON_CHECK: Duration = Duration::from_secs(60);
/// The longest wait before retrying after a failure.
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// What the search task needs.
pub struct Follower {
    /// The database.
    pub db: DatabaseConnection,
    /// This process's index, its nudge and its progress.
    pub search: Search,
    /// The index directory.
    pub root: std::path::PathBuf,
    /// This process's name, written into the lock file it holds.
    pub instance: Instance,
    /// The app's clock, for the times written to the outbox.
    pub clock: SharedClock,
}

impl Follower {
    /// Starts the task: it reads until it holds `lock` (given when start-up took it), then
    /// calls `on_writer` once (start-up spawns the theme worker there) and writes.
    pub fn spawn(self, lock: Option<File>, on_writer: impl FnOnce() + Send + 'static) {
        if lock.is_some() {
            self.claim();
        }
        tokio::spawn(async move {
            let lock = match lock {
                Some(lock) => lock,
                None => {
                    let lock = self.read_until_lock().await;
                    self.claim();
                    lock
                }
            };
            on_writer();
            self.write(lock).await;
        });
    }

    /// Reports that this process writes its index from now on.
    fn claim(&self) {
        let applied = self.search.progress.get().applied;
        self.search.progress.set(Snapshot {
            applied,
            writes: true,
        });
    }

    async fn read_until_lock(&self) -> File {
        let mut tried = Instant::now();
        loop {
            if tried.elapsed() >= LOCK_RETRY {
                tried = Instant::now();
                match self.try_take_over() {
                    Ok(Some(lock)) => return lock,
                    Ok(None) => {}
                    Err(error) => tracing::warn!(%error, "could not take over the search index"),
                }
            }
            if let Err(error) = self.follow_disk() {
                tracing::warn!(%error, "could not read the search index another process writes");
            }
            tokio::time::sleep(POLL).await;
        }
    }

    fn try_take_over(&self) -> Result<Option<File>, Box<dyn std::error::Error>> {
        let Some(lock) = indexer::lock(&self.root, self.instance.id())? else {
            return Ok(None);
        };
        self.search.index.take_over()?;
        tracing::info!(dir = %self.root.display(), "this process now writes the search index");
        Ok(Some(lock))
    }

    /// Makes the writer's last commit visible here. Its cursor is read first, so what is
    /// reported is never ahead of what searches see.
    fn follow_disk(&self) -> tantivy::Result<()> {
        let index = &self.search.index;
        let before = index.current().saved();
        index.refresh()?;
        // The generation read may have been replaced and deleted by the writer's rebuild.
        let saved = match before {
            Ok(saved) => saved,
            Err(_) => index.current().saved()?,
        };
        self.search.progress.set(Snapshot {
            applied: saved.unwrap_or_default(),
            writes: false,
        });
        Ok(())
    }

    async fn write(self, lock: File) {
        let _lock = lock;
        let mut indexer = Indexer::new(
            self.db.clone(),
            self.search.index.clone(),
            self.clock.clone(),
        )
        .reporting_to(self.search.progress.clone());
        let mut backoff = Backoff::default();
        while let Err(error) = indexer.start().await {
            tracing::error!(%error, "starting the search index failed");
            backoff.wait().await;
        }
        let mut checked = Instant::now() - HORIZON_CHECK;
        loop {
            let low = indexer.cursor().low();
            let mut polled = indexer.poll().await;
            if polled.is_ok() && checked.elapsed() >= HORIZON_CHECK {
                checked = Instant::now();
                polled = indexer.check_horizon(low).await.map(|_| 0);
            }
            match polled {
                Ok(n) if n as u64 >= BATCH => continue,
                Ok(_) => backoff = Backoff::default(),
                Err(error) => {
                    tracing::error!(%error, "indexing failed; the outbox rows are tried again");
                    backoff.wait().await;
                    continue;
                }
            }
            let _ = tokio::time::timeout(POLL, self.search.nudge.notified()).await;
        }
    }
}

/// Doubling waits after failures, from a second up to [`MAX_BACKOFF`].
struct Backoff(Duration);

impl Default for Backoff {
    fn default() -> Self {
        Backoff(Duration::from_secs(1))
    }
}

impl Backoff {
    async fn wait(&mut self) {
        tokio::time::sleep(self.0).await;
        self.0 = (self.0 * 2).min(MAX_BACKOFF);
    }
}
