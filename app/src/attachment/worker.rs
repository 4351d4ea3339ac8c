//! The background job that extracts attachments' text. The `attachment` rows in state
//! `pending` are its queue, so nothing is lost when the process dies: on start it carries
//! on. Several processes share the queue: each claims a few files at a time ([`claim`], the
//! claim names the process and runs out), so every file is extracted by one of them. Each
//! file is read by a child process (`ordet extract-text`) with a time limit; the child limits
//! its own memory. A file whose child keeps dying is given up after [`MAX_ATTEMPTS`] and
//! flagged.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType, Order, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
};
use tokio::process::Command;
use tokio::sync::Notify;

use super::extract::{EXIT_ENCRYPTED, EXIT_MALFORMED};
use super::{Extraction, store::kind_of};
use crate::blob::Storage;
use crate::entities::attachment;
use crate::error::AppError;
use crate::instance::Instance;
use crate::jobs::{Job, Schedule, WorkError, Worker};
use crate::search::outbox;

/// Tries per file before it is flagged as failed.
pub const MAX_ATTEMPTS: i32 = 3;

/// How text is extracted: which program runs `extract-text`, and how long it may take.
#[derive(Clone, Debug)]
pub struct Extractor {
    /// The `ordet` binary.
    pub program: PathBuf,
    /// Time allowed per file.
    pub timeout: Duration,
}

/// Files claimed at once.
const BATCH: u64 = 4;

/// How long a claim lasts: every file of a batch may take the whole timeout, and a minute
/// more for the database. A process that dies leaves its files to another after this.
fn claim_ttl(extractor: &Extractor) -> TimeDelta {
    let batch = u32::try_from(BATCH).unwrap_or(1);
    TimeDelta::from_std(extractor.timeout * batch).unwrap_or(TimeDelta::hours(1))
        + TimeDelta::minutes(1)
}

/// The extraction worker: extracts pending files, woken by `nudge` when files arrive (or
/// every minute). A file being extracted when the process stops is abandoned (its child
/// killed) and handed back by whoever stops the process ([`hand_back`]).
#[derive(Clone, Debug)]
pub struct Extract {
    /// Where the files are.
    pub storage: Storage,
    /// The child process that reads them.
    pub extractor: Extractor,
    /// Wakes the worker when files arrived.
    pub nudge: Arc<Notify>,
}

impl Worker for Extract {
    fn name(&self) -> &'static str {
        "attachments"
    }

    fn schedule(&self) -> Schedule {
        Schedule::Queue {
            poll: Duration::from_secs(60),
            nudge: Some(self.nudge.clone()),
        }
    }

    async fn run_once(&mut self, job: &Job, _: DateTime<Utc>) -> Result<usize, WorkError> {
        Ok(extract_pending(job, &self.storage, &self.extractor).await?)
    }
}

/// Claims up to [`BATCH`] waiting files for this process and extracts them; returns how
/// many it claimed.
pub async fn extract_pending(
    job: &Job,
    storage: &Storage,
    extractor: &Extractor,
) -> Result<usize, AppError> {
    let now = job.clock.now();
    let rows = claim(&job.db, &job.instance, now, claim_ttl(extractor)).await?;
    let claimed = rows.len();
    for row in rows {
        if job.stop.is_cancelled() {
            break;
        }
        extract_one(job, storage, extractor, row).await?;
    }
    Ok(claimed)
}

/// Claims waiting files for `holder` and counts an attempt on each, in one statement that
/// returns them: a file nobody holds, or whose holder's claim has run out. PostgreSQL skips
/// rows another process is claiming (`FOR UPDATE SKIP LOCKED`); on SQLite, with one writer
/// at a time, the UPDATE is the claim.
async fn claim(
    db: &DatabaseConnection,
    holder: &Instance,
    now: DateTime<Utc>,
    ttl: TimeDelta,
) -> Result<Vec<attachment::Model>, DbErr> {
    let free = Condition::any()
        .add(attachment::Column::ClaimedUntil.is_null())
        .add(attachment::Column::ClaimedUntil.lt(now));
    let waiting = Query::select()
        .column(attachment::Column::Id)
        .from(attachment::Entity)
        .and_where(attachment::Column::ExtractionState.eq(Extraction::Pending))
        .cond_where(free)
        .order_by(attachment::Column::Id, Order::Asc)
        .limit(BATCH)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    let attempts = Expr::col(attachment::Column::ExtractionAttempts).add(1);
    let mut rows = attachment::Entity::update_many()
        .col_expr(attachment::Column::ClaimedBy, Expr::value(holder.id()))
        .col_expr(attachment::Column::ClaimedUntil, Expr::value(now + ttl))
        .col_expr(attachment::Column::ExtractionAttempts, attempts)
        .filter(attachment::Column::Id.in_subquery(waiting))
        .exec_with_returning(db)
        .await?;
    rows.sort_by_key(|row| row.id);
    Ok(rows)
}

/// Hands back the files `holder` claimed and did not finish (a process stopping): waiting
/// again for any process, the unfinished attempt not counted. Returns how many.
pub async fn hand_back(db: &impl ConnectionTrait, holder: &Instance) -> Result<u64, DbErr> {
    let attempts = Expr::col(attachment::Column::ExtractionAttempts).sub(1);
    let handed = attachment::Entity::update_many()
        .col_expr(attachment::Column::ClaimedBy, Expr::value(None::<String>))
        .col_expr(
            attachment::Column::ClaimedUntil,
            Expr::value(None::<DateTime<Utc>>),
        )
        .col_expr(attachment::Column::ExtractionAttempts, attempts)
        .filter(attachment::Column::ClaimedBy.eq(holder.id()))
        .filter(attachment::Column::ExtractionState.eq(Extraction::Pending))
        .exec(db)
        .await?;
    Ok(handed.rows_affected)
}

/// What became of one file.
struct Outcome {
    state: Extraction,
    text: Option<String>,
    note: Option<String>,
}

/// Extracts one claimed file (its attempt already counted) and records the outcome; a file
/// tried too often is given up without running the child.
async fn extract_one(
    job: &Job,
    storage: &Storage,
    extractor: &Extractor,
    row: attachment::Model,
) -> Result<(), AppError> {
    let outcome = if row.extraction_attempts > MAX_ATTEMPTS {
        failed("gave up after repeated crashes")
    } else {
        match job
            .finish_within(Duration::ZERO, run_child(storage, extractor, &row))
            .await
        {
            Some(outcome) => outcome,
            None => return Ok(()),
        }
    };
    tracing::info!(
        attachment = row.id,
        state = outcome.state.as_str(),
        "text extraction"
    );
    if !record(job, &row, outcome).await? {
        tracing::warn!(
            attachment = row.id,
            "the claim ran out and another process took the file; this outcome is dropped"
        );
    }
    Ok(())
}

/// Stores the outcome and releases the claim, only while this process still holds it, with
/// the search index's outbox row and the personal-data hold in the same transaction; `false`
/// when the claim was lost.
async fn record(job: &Job, row: &attachment::Model, outcome: Outcome) -> Result<bool, AppError> {
    let personal_data = outcome
        .text
        .as_deref()
        .is_some_and(crate::respondent::contains_cpr);
    let now = job.clock.now();
    let txn = crate::db::begin_write(&job.db).await?;
    let updated = attachment::Entity::update_many()
        .col_expr(
            attachment::Column::ExtractionState,
            Expr::value(outcome.state.as_str()),
        )
        .col_expr(attachment::Column::ExtractedText, Expr::value(outcome.text))
        .col_expr(
            attachment::Column::ExtractionNote,
            Expr::value(outcome.note),
        )
        .col_expr(attachment::Column::ClaimedBy, Expr::value(None::<String>))
        .col_expr(
            attachment::Column::ClaimedUntil,
            Expr::value(None::<DateTime<Utc>>),
        )
        .filter(attachment::Column::Id.eq(row.id))
        .filter(attachment::Column::ClaimedBy.eq(job.instance.id()))
        .filter(attachment::Column::ExtractionState.eq(Extraction::Pending))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Ok(false);
    }
    if let Some(response_id) = row.response_id {
        outbox::enqueue(&txn, response_id, outbox::Change::Files, now).await?;
        if personal_data {
            crate::response::personal_data::hold_for_personal_data(&txn, response_id, now).await?;
        }
    }
    txn.commit().await?;
    Ok(true)
}

async fn run_child(storage: &Storage, extractor: &Extractor, row: &attachment::Model) -> Outcome {
    let Some(kind) = kind_of(row) else {
        return failed("unknown kind");
    };
    // The child reads a path: the stored file itself, or a copy deleted when `file` drops
    // (after the child ended or was killed).
    let file = match storage.local_file(&row.sha256).await {
        Ok(file) => file,
        Err(error) => {
            tracing::error!(%error, attachment = row.id, "cannot read a stored attachment");
            return failed("the stored file could not be read");
        }
    };
    let child = Command::new(&extractor.program)
        .arg("extract-text")
        .arg("--kind")
        .arg(kind.as_str())
        .arg(file.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn();
    let child = match child {
        Ok(child) => child,
        Err(error) => {
            tracing::error!(%error, program = %extractor.program.display(), "cannot start the text extractor");
            return failed("the text extractor could not be started");
        }
    };
    let output = match tokio::time::timeout(extractor.timeout, child.wait_with_output()).await {
        Err(_) => {
            return Outcome {
                state: Extraction::TimedOut,
                text: None,
                note: Some(format!("took longer than {:?}", extractor.timeout)),
            };
        }
        Ok(Err(error)) => return failed(&error.to_string()),
        Ok(Ok(output)) => output,
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    let note = stderr.lines().last().map(str::to_owned);
    match output.status.code() {
        Some(0) => {
            let text = String::from_utf8_lossy(&output.stdout).into_owned();
            let state = if text.trim().is_empty() {
                Extraction::NoText
            } else {
                Extraction::Extracted
            };
            Outcome {
                state,
                text: (state == Extraction::Extracted).then_some(text),
                note: None,
            }
        }
        Some(EXIT_ENCRYPTED) => Outcome {
            state: Extraction::Encrypted,
            text: None,
            note,
        },
        Some(EXIT_MALFORMED) => Outcome {
            state: Extraction::Failed,
            text: None,
            note,
        },
        _ => failed(&format!(
            "the extractor stopped ({}): {}",
            output.status,
            note.unwrap_or_default()
        )),
    }
}

fn failed(note: &str) -> Outcome {
    Outcome {
        state: Extraction::Failed,
        text: None,
        note: Some(note.to_owned()),
    }
}
