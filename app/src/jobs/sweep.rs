//! A worker whose every pass is one cleanup statement (delete what has expired): the index
//! and theme outboxes' old rows, full rate-limit buckets. Each domain declares its sweep as a
//! constant with the statement; the runtime ticks it like any other worker.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use super::{Job, Schedule, WorkError, Worker};

/// One cleanup at `now`: how many rows it removed.
pub type Pass = for<'a> fn(
    &'a DatabaseConnection,
    DateTime<Utc>,
) -> Pin<Box<dyn Future<Output = Result<u64, DbErr>> + Send + 'a>>;

/// A cleanup run every `period`, under its lease in one process (`leased`) or in every
/// process (a statement that is cheap and harmless twice). A failure is logged by the runtime
/// and tried again next time.
#[derive(Clone, Copy)]
pub struct Sweep {
    /// The worker's name (and its lease's).
    pub name: &'static str,
    /// Between two passes.
    pub period: Duration,
    /// One process at a time.
    pub leased: bool,
    /// The statement.
    pub pass: Pass,
}

impl std::fmt::Debug for Sweep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sweep").field("name", &self.name).finish()
    }
}

impl Worker for Sweep {
    fn name(&self) -> &'static str {
        self.name
    }

    fn schedule(&self) -> Schedule {
        match self.leased {
            true => Schedule::leased(self.period),
            false => Schedule::Everywhere {
                period: self.period,
            },
        }
    }

    async fn run_once(&mut self, job: &Job, now: DateTime<Utc>) -> Result<usize, WorkError> {
        let gone = (self.pass)(&job.db, now).await?;
        Ok(usize::try_from(gone).unwrap_or(usize::MAX))
    }
}
