//! The background workers of one process, as its configuration makes them: every one a
//! `app::jobs::Worker`, started together by [`Background::start`] — or, in tests that want
//! each step under their control, not started at all, the test calling [`Background::mail`],
//! [`Background::extract`] and the others' `run_once` itself.

use std::sync::Arc;

use app::attachment::worker::{Extract, Extractor};
use app::blob::Storage;
use app::digest::worker::Scheduler;
use app::jobs::{Job, Sweep, WorkError, Worker};
use app::mail::outbox::MailWorker;
use app::party::remind::Reminders;
use app::response::publish::Publisher;
use app::retention::purge::{self, Purge, PurgeWorker};
use app::retention::schedule::Retention;
use tokio::sync::Notify;

use crate::config::Config;
use crate::shutdown::Workers;

/// Every background worker of a process but the search index's (which follows the index
/// outbox on its own) and the page cache's.
#[derive(Clone)]
pub struct Background {
    /// What each worker is given.
    pub job: Job,
    /// Sends the mail outbox.
    pub mail: MailWorker,
    /// Reads the text of attached files.
    pub extract: Extract,
    /// Queues committee digests.
    pub scheduler: Scheduler,
    /// Publishes responses after the deadline.
    pub publisher: Publisher,
    /// Queues reminders to consulted parties.
    pub reminders: Reminders,
    /// Deletes what was never confirmed and what has expired.
    pub purge: PurgeWorker,
    /// Erases personal data after a decided hearing's retention.
    pub retention: Retention,
    /// Delete what has expired: full rate-limit buckets, the index and theme outboxes'
    /// rows applied more than a week ago.
    pub sweeps: [Sweep; 3],
}

impl Background {
    /// The workers `config` asks for, on `job`, storing files in `attachments`.
    pub fn new(config: &Config, job: Job, attachments: &Storage) -> anyhow::Result<Self> {
        let (mail, extract) = (Arc::new(Notify::new()), Arc::new(Notify::new()));
        let purge = Purge {
            storage: attachments.clone(),
            session_idle: config.session_idle,
        };
        Ok(Background {
            job,
            mail: MailWorker {
                mailer: crate::startup::mailer(config)?,
                nudge: mail.clone(),
            },
            extract: Extract {
                storage: attachments.clone(),
                extractor: Extractor {
                    program: config.extractor.clone(),
                    timeout: config.extract_timeout,
                },
                nudge: extract,
            },
            scheduler: Scheduler {
                base_url: config.base_url.clone(),
                mail: mail.clone(),
            },
            publisher: Publisher,
            reminders: Reminders {
                base_url: config.base_url.clone(),
                mail_nudge: mail,
            },
            purge: PurgeWorker {
                purge,
                first_after: purge::FIRST_AFTER,
            },
            retention: Retention {
                storage: attachments.clone(),
                default_months: config.retention_months,
            },
            sweeps: [
                app::web::limit::PRUNER,
                app::search::horizon::OUTBOX_PRUNER,
                app::themes::worker::OUTBOX_PRUNER,
            ],
        })
    }

    /// Wakes the mail worker (the state's `mail_nudge`).
    pub fn mail_nudge(&self) -> Arc<Notify> {
        self.mail.nudge.clone()
    }

    /// Wakes the extraction worker (the state's `extract_nudge`).
    pub fn extract_nudge(&self) -> Arc<Notify> {
        self.extract.nudge.clone()
    }

    /// Starts every worker; each shares its work with the other processes on the database
    /// (claimed rows or a lease) and stops with the process.
    pub fn start(self, workers: &mut Workers) {
        workers.start(self.mail);
        workers.start(self.scheduler);
        workers.start(self.publisher);
        workers.start(self.reminders);
        workers.start(self.purge);
        workers.start(self.retention);
        workers.start(self.extract);
        for sweep in self.sweeps {
            workers.start(sweep);
        }
    }

    /// One pass of `worker` now, on the job's clock, as its runtime would run it.
    pub async fn pass(&self, mut worker: impl Worker) -> Result<usize, WorkError> {
        worker.run_once(&self.job, self.job.clock.now()).await
    }
}
