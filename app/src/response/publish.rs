//! The "after the deadline" publication policy (the state's høringsportal practice): verified
//! responses stay unpublished until the hearing closes, then appear together. A background
//! task checks every minute, in one server process at a time (a lease); a process that was
//! down catches up when it starts.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, QueryTrait};

use crate::entities::{hearing, response};
use crate::error::AppError;
use crate::jobs::{Job, Schedule, WorkError, Worker};
use crate::search::outbox;
use crate::vocab::{PublicationPolicy, ResponseStatus};

/// The policy this module carries out.
pub const AFTER_DEADLINE: PublicationPolicy = PublicationPolicy::AfterDeadline;

/// Publishes the verified (not held) responses of every closed after-deadline hearing, and
/// queues each for the search index in the same transaction; returns how many.
pub async fn publish_after_deadline(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    let closed = hearing::Entity::find()
        .select_only()
        .column(hearing::Column::Id)
        .filter(hearing::Column::PublicationPolicy.eq(AFTER_DEADLINE))
        .filter(hearing::Column::ClosesAt.lte(now));
    let txn = crate::db::begin_write(db).await?;
    let ids: Vec<i32> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::HearingId.in_subquery(closed.into_query()))
        .filter(response::Column::Status.eq(ResponseStatus::Verified))
        .into_tuple()
        .all(&txn)
        .await?;
    if ids.is_empty() {
        return Ok(0);
    }
    // Still `verified`: on PostgreSQL an official may have decided on one meanwhile.
    let result = response::Entity::update_many()
        .col_expr(
            response::Column::Status,
            Expr::value(ResponseStatus::Published),
        )
        .col_expr(response::Column::PublishedAt, Expr::value(now))
        .col_expr(response::Column::UpdatedAt, Expr::value(now))
        .filter(response::Column::Id.is_in(ids.iter().copied()))
        .filter(response::Column::Status.eq(ResponseStatus::Verified))
        .exec(&txn)
        .await?;
    for id in ids {
        outbox::enqueue(&txn, id, outbox::Change::Published, now).await?;
    }
    txn.commit().await?;
    tracing::info!(count = result.rows_affected, "published after the deadline");
    Ok(result.rows_affected)
}

/// The lease of the publisher: one process at a time publishes.
pub const LEASE: &str = "response.publisher";

/// [`publish_after_deadline`] as a worker: now and every minute, in the process that holds
/// [`LEASE`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Publisher;

impl Worker for Publisher {
    fn name(&self) -> &'static str {
        LEASE
    }

    fn schedule(&self) -> Schedule {
        Schedule::leased(Duration::from_secs(60))
    }

    async fn run_once(&mut self, job: &Job, now: DateTime<Utc>) -> Result<usize, WorkError> {
        let published = publish_after_deadline(&job.db, now).await?;
        Ok(usize::try_from(published).unwrap_or(usize::MAX))
    }
}
