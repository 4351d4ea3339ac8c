//! The theme worker: it works through the theme outbox, a hearing at a time once the hearing
//! is due ([`outbox::due`]), and retries failures with back-off (the rows stay pending, so
//! nothing is lost when the process dies). Every server process runs it on its own search
//! index; a hearing is computed by the process that takes its lease ([`lease_name`]), which
//! renews the lease while the run lasts and gives up the run if it loses it.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::DatabaseConnection;

use super::outbox::{self, Pending};
use super::refresh::{self, Sources, ThemeError};
use crate::embedding::SentenceModel;
use crate::jobs::{Job, Schedule, Sweep, WorkError, Worker};
use crate::lease;
use crate::search::index::SearchIndex;

/// How often the worker looks for due hearings.
const POLL: Duration = Duration::from_secs(5);
/// A hearing's lease lasts this long unless renewed (a run renews it every third of it).
const LEASE_TTL: TimeDelta = TimeDelta::minutes(2);

/// The lease a process holds while it computes hearing `hearing_id`'s themes.
pub fn lease_name(hearing_id: i32) -> String {
    format!("themes.hearing.{hearing_id}")
}

/// Works on every due hearing once, each under its lease (a hearing another process is
/// computing is left to it); returns how many were computed.
pub async fn run_once(job: &Job, sources: Sources<'_>) -> Result<usize, ThemeError> {
    let mut done = 0;
    for pending in outbox::pending(&job.db).await? {
        if job.stop.is_cancelled() {
            break;
        }
        if !outbox::due(&pending, job.clock.now()) {
            continue;
        }
        let name = lease_name(pending.hearing_id);
        if !lease::try_acquire(&job.db, &name, &job.instance, job.clock.now(), LEASE_TTL).await? {
            continue;
        }
        let computed = compute(job, sources, pending.hearing_id, &name).await;
        lease::release(&job.db, &name, &job.instance).await?;
        done += usize::from(computed?);
    }
    Ok(done)
}

/// Computes one hearing under its lease (taken): the rows are read again first, since
/// another process may have computed it between the first read and the lease. `false` when
/// there was nothing left to do or the run was given up (lease lost, process stopping).
async fn compute(
    job: &Job,
    sources: Sources<'_>,
    hearing_id: i32,
    name: &str,
) -> Result<bool, ThemeError> {
    let Some(pending) = pending_of(&job.db, hearing_id).await? else {
        return Ok(false);
    };
    if !outbox::due(&pending, job.clock.now()) {
        return Ok(false);
    }
    let run = refresh::refresh(&job.db, sources, hearing_id, job.clock.now());
    match job.holding(name, LEASE_TTL, run).await {
        None => Ok(false),
        Some(Ok(_)) => {
            outbox::mark_processed(&job.db, &pending, job.clock.now()).await?;
            Ok(true)
        }
        Some(Err(error)) => {
            outbox::record_failure(&job.db, &pending, &error.to_string()).await?;
            Err(error)
        }
    }
}

/// Hearing `hearing_id`'s pending rows as they are now.
async fn pending_of(
    db: &DatabaseConnection,
    hearing_id: i32,
) -> Result<Option<Pending>, ThemeError> {
    Ok(outbox::pending(db)
        .await?
        .into_iter()
        .find(|pending| pending.hearing_id == hearing_id))
}

/// The worker: [`run_once`] whenever hearings may be due (every [`POLL`]). A failed pass
/// leaves the rows pending and is tried again after a back-off.
pub struct ThemeWorker {
    /// This process's index, which the themes' words are read from.
    pub index: Arc<SearchIndex>,
    /// The sentence model, which the themes' meaning comes from.
    pub model: SentenceModel,
}

impl ThemeWorker {
    /// The worker of `index` and `model`.
    pub fn new(index: Arc<SearchIndex>, model: SentenceModel) -> Self {
        ThemeWorker { index, model }
    }
}

impl Worker for ThemeWorker {
    fn name(&self) -> &'static str {
        "themes"
    }

    fn schedule(&self) -> Schedule {
        Schedule::Queue {
            poll: POLL,
            nudge: None,
        }
    }

    /// (A hearing's run reads the job's clock as it goes: a run may outlast `now`.)
    async fn run_once(&mut self, job: &Job, _now: DateTime<Utc>) -> Result<usize, WorkError> {
        let sources = Sources {
            index: &self.index,
            model: &self.model,
        };
        Ok(run_once(job, sources).await?)
    }
}

/// Processed theme-outbox rows are kept this long, then deleted.
const KEEP_PROCESSED: TimeDelta = TimeDelta::days(7);

/// Deletes theme-outbox rows processed more than [`KEEP_PROCESSED`] ago, hourly, in
/// whichever process holds its lease.
pub const OUTBOX_PRUNER: Sweep = Sweep {
    name: "theme_outbox.prune",
    period: Duration::from_secs(3600),
    leased: true,
    pass: |db, now| Box::pin(outbox::prune(db, now - KEEP_PROCESSED)),
};
