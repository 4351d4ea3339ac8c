//! One runtime for every background worker. A worker says what one pass of its work is
//! ([`Worker::run_once`], on the app's clock) and when passes run ([`Schedule`]); the runtime
//! ([`run`]) does the rest the same way for all of them: the lease of a job one process at a
//! time runs, the nudge that wakes a queue, the back-off after a failure, the log line of a
//! failure, and stopping when the process stops. A test calls `run_once` itself instead of
//! waiting for a loop.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::Notify;

use super::{Job, lease_ttl};
use crate::lease;

/// When a worker's passes run.
#[derive(Clone, Debug)]
pub enum Schedule {
    /// A pass every `period` in whichever process holds the lease named after the worker,
    /// the first after `first_after`. A failed pass is tried again at the next tick.
    Leased {
        /// Between two passes.
        period: Duration,
        /// Before the first pass.
        first_after: Duration,
    },
    /// A pass every `period` in every process (cheap work that is harmless twice).
    Everywhere {
        /// Between two passes.
        period: Duration,
    },
    /// A queue every process drains (each claims its own rows): another pass at once while
    /// passes find work; after one that finds none, the next when `nudge` is notified or
    /// after `poll`. A failed pass is tried again after a back-off (1 s, doubling, at most
    /// [`MAX_BACKOFF`]).
    Queue {
        /// The longest wait for a nudge.
        poll: Duration,
        /// Wakes the worker when work was queued (`None`: polling only).
        nudge: Option<Arc<Notify>>,
    },
}

impl Schedule {
    /// A pass now and then every `period`, under the worker's lease.
    pub const fn leased(period: Duration) -> Self {
        Schedule::Leased {
            period,
            first_after: Duration::ZERO,
        }
    }
}

/// The longest wait after failed passes of a queue.
pub const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// What a pass may fail with; the runtime logs it and tries again.
pub type WorkError = Box<dyn std::error::Error + Send + Sync>;

/// A background worker: one pass of its work at a time.
pub trait Worker: Send + 'static {
    /// Its name: in log lines, and the lease of a [`Schedule::Leased`] worker.
    fn name(&self) -> &'static str;

    /// When its passes run.
    fn schedule(&self) -> Schedule;

    /// One pass at `now`: how many items it handled (0: there was nothing to do). A pass
    /// that should give up when the process stops watches `job.stop`.
    fn run_once(
        &mut self,
        job: &Job,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<usize, WorkError>> + Send;
}

/// Runs `worker`'s passes as its schedule says until the process stops (a pass under way is
/// given up, except where the pass itself finishes what it started).
pub async fn run(job: Job, mut worker: impl Worker) {
    match worker.schedule() {
        Schedule::Leased {
            period,
            first_after,
        } => {
            if job.pause(first_after).await {
                leased(&job, &mut worker, period).await;
            }
        }
        Schedule::Everywhere { period } => loop {
            let outcome = worker.run_once(&job, job.clock.now()).await;
            report(worker.name(), outcome, "trying again later");
            if !job.pause(period).await {
                break;
            }
        },
        Schedule::Queue { poll, nudge } => queue(&job, &mut worker, poll, nudge).await,
    }
}

async fn leased(job: &Job, worker: &mut impl Worker, period: Duration) {
    let name = worker.name();
    let ttl = lease_ttl(period);
    while !job.stop.is_cancelled() {
        let now = job.clock.now();
        match lease::try_acquire(&job.db, name, &job.instance, now, ttl).await {
            Ok(true) => {
                if let Some(outcome) = job.holding(name, ttl, worker.run_once(job, now)).await {
                    report(name, outcome, "trying again at the next tick");
                }
            }
            Ok(false) => tracing::debug!(lease = name, "another process runs this job"),
            Err(error) => tracing::warn!(%error, lease = name, "cannot take the lease"),
        }
        if !job.pause(period).await {
            break;
        }
    }
}

async fn queue(job: &Job, worker: &mut impl Worker, poll: Duration, nudge: Option<Arc<Notify>>) {
    let mut backoff = Duration::from_secs(1);
    let idle = nudge.unwrap_or_default();
    while !job.stop.is_cancelled() {
        let outcome = worker.run_once(job, job.clock.now()).await;
        let go_on = match outcome {
            Ok(0) => {
                backoff = Duration::from_secs(1);
                job.pause_or_nudge(poll, &idle).await
            }
            Ok(_) => {
                backoff = Duration::from_secs(1);
                true
            }
            Err(error) => {
                report(worker.name(), Err(error), "trying again after a pause");
                let wait = backoff;
                backoff = (backoff * 2).min(MAX_BACKOFF);
                job.pause(wait).await
            }
        };
        if !go_on {
            break;
        }
    }
}

fn report(name: &str, outcome: Result<usize, WorkError>, then: &str) {
    match outcome {
        Ok(0) => {}
        Ok(items) => tracing::debug!(worker = name, items, "pass done"),
        Err(error) => tracing::warn!(worker = name, %error, "a pass failed; {then}"),
    }
}
