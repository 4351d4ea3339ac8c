//! The scheduler task: on start and then every half minute, in one server process at a time
//! (a lease), for every published hearing not yet decided that has recipients, queue the
//! digests that are due (see [`super::schedule`]) and wake the mail worker.
//! Starting is the catch-up: a digest whose time came while the server was down goes out
//! now, as long as the final-proposal milestone has not passed.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use tokio::sync::Notify;

use super::queue::{self, Queued};
use super::schedule::{self, Timeline};
use super::settings;
use crate::entities::{digest_recipient, hearing};
use crate::error::AppError;
use crate::hearing::store::{milestone_rows, zone};
use crate::jobs::{Job, Schedule, WorkError, Worker};
use crate::vocab::HearingState;

/// How often the scheduler looks.
const EVERY: Duration = Duration::from_secs(30);

/// The timeline of `hearing` as the schedule reads it.
pub async fn timeline(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
) -> Result<Timeline, AppError> {
    let final_proposal = milestone_rows(db, hearing.id)
        .await?
        .into_iter()
        .find(|m| m.kind == crate::vocab::MilestoneKind::FinalProposal)
        .map(|m| m.date);
    Ok(Timeline {
        opens_at: hearing.opens_at,
        closes_at: hearing.closes_at,
        final_proposal,
        zone: zone(hearing),
    })
}

/// Queues every digest due at `now`; returns how many digests were queued.
pub async fn tick(
    db: &DatabaseConnection,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    // Only hearings that are out and not yet decided, and that have someone to write to.
    let with_recipients = Query::select()
        .column(digest_recipient::Column::HearingId)
        .from(digest_recipient::Entity)
        .to_owned();
    let hearings = hearing::Entity::find()
        .filter(hearing::Column::Status.is_in([HearingState::Published, HearingState::Processing]))
        .filter(hearing::Column::Id.in_subquery(with_recipients))
        .all(db)
        .await?;
    let mut queued = 0;
    for hearing in hearings {
        let timeline = timeline(db, &hearing).await?;
        let settings = settings::read(db, hearing.id).await?;
        for slot in schedule::due(&timeline, &settings, now) {
            if let Queued::Now { .. } = queue::queue(db, &hearing, &slot, now, base_url).await? {
                queued += 1;
            }
        }
    }
    Ok(queued)
}

/// The lease of the scheduler: one process at a time queues digests.
pub const LEASE: &str = "digest.scheduler";

/// The scheduler as a worker: a tick now (the catch-up), then one every [`EVERY`], in the
/// process that holds [`LEASE`]; wakes the mail worker when it queued digests.
#[derive(Clone, Debug)]
pub struct Scheduler {
    /// The public address, for the links in the digests.
    pub base_url: String,
    /// Wakes the mail worker.
    pub mail: Arc<Notify>,
}

impl Worker for Scheduler {
    fn name(&self) -> &'static str {
        LEASE
    }

    fn schedule(&self) -> Schedule {
        Schedule::leased(EVERY)
    }

    async fn run_once(&mut self, job: &Job, now: DateTime<Utc>) -> Result<usize, WorkError> {
        let queued = tick(&job.db, &self.base_url, now).await?;
        if queued > 0 {
            self.mail.notify_one();
        }
        Ok(queued)
    }
}
