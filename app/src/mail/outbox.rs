//! The mail outbox table: queue, pick due rows, mark them sent or failed.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType, Order, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};

use super::Mailer;
use crate::entities::mail_outbox;
use crate::instance::Instance;
use crate::jobs::{Job, Schedule, WorkError, Worker};
use crate::vocab::MailStatus;

/// After this many failed attempts a message is left as `failed` for officials to see.
pub const MAX_ATTEMPTS: i32 = 8;

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMail {
    /// Recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
}

/// Queues a message; call it inside the transaction of the change that causes it.
pub async fn queue(
    db: &impl ConnectionTrait,
    mail: NewMail,
    now: DateTime<Utc>,
) -> Result<i64, sea_orm::DbErr> {
    let row = pending(None, mail, None, now).insert(db).await?;
    Ok(row.id)
}

/// Queues a message to a respondent about `response_id` (a verification link, a receipt, a
/// notice), so erasing the response takes the message too (`retention::erase`).
pub async fn queue_about(
    db: &impl ConnectionTrait,
    response_id: i32,
    mail: NewMail,
    now: DateTime<Utc>,
) -> Result<i64, sea_orm::DbErr> {
    let mut row = pending(None, mail, None, now);
    row.response_id = Set(Some(response_id));
    Ok(row.insert(db).await?.id)
}

/// Queues a message once per `key` (a digest to one recipient, a party's letter), with an
/// HTML alternative when `html` is given; `false` when a message with that key exists.
pub async fn queue_once(
    db: &impl ConnectionTrait,
    key: String,
    mail: NewMail,
    html: Option<String>,
    now: DateTime<Utc>,
) -> Result<bool, sea_orm::DbErr> {
    insert_once(db, pending(Some(key), mail, html, now)).await
}

/// Queues a message to a respondent once per `key`, about `response_id` (so erasing the
/// response takes the message too, as [`queue_about`]); `false` when the key exists.
pub async fn queue_once_about(
    db: &impl ConnectionTrait,
    key: String,
    response_id: i32,
    mail: NewMail,
    now: DateTime<Utc>,
) -> Result<bool, sea_orm::DbErr> {
    let mut row = pending(Some(key), mail, None, now);
    row.response_id = Set(Some(response_id));
    insert_once(db, row).await
}

/// Inserts `row` unless a row with its dedupe key exists.
async fn insert_once(
    db: &impl ConnectionTrait,
    row: mail_outbox::ActiveModel,
) -> Result<bool, sea_orm::DbErr> {
    let result = mail_outbox::Entity::insert(row)
        .on_conflict_do_nothing_on([mail_outbox::Column::DedupeKey])
        .exec_without_returning(db)
        .await?;
    Ok(matches!(result, sea_orm::TryInsertResult::Inserted(n) if n > 0))
}

/// A new outbox row, due now.
fn pending(
    key: Option<String>,
    mail: NewMail,
    html: Option<String>,
    now: DateTime<Utc>,
) -> mail_outbox::ActiveModel {
    mail_outbox::ActiveModel {
        dedupe_key: Set(key),
        to_addr: Set(mail.to),
        subject: Set(mail.subject),
        body_text: Set(mail.text),
        body_html: Set(html),
        status: Set(MailStatus::Pending),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        response_id: Set(None),
        ..Default::default()
    }
}

/// Sends every due message once; returns how many were sent. Rows are claimed first for
/// `holder` (see [`claim_due`]), so several server processes on one database never send the
/// same row.
pub async fn send_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    holder: &Instance,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let mut sent = 0;
    for row in claim_due(db, holder, now).await? {
        sent += usize::from(deliver(db, mailer, holder, row, now).await?);
    }
    Ok(sent)
}

/// Sends one claimed row and records the outcome, if `holder` still holds it; whether it
/// was sent.
async fn deliver(
    db: &DatabaseConnection,
    mailer: &Mailer,
    holder: &Instance,
    row: mail_outbox::Model,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = mailer.send(&row).await;
    let attempts = row.attempts + 1;
    let update = mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(mail_outbox::Column::ClaimedBy, Expr::value(None::<String>))
        .filter(mail_outbox::Column::Id.eq(row.id))
        .filter(mail_outbox::Column::ClaimedBy.eq(holder.id()));
    let update = match &result {
        Ok(()) => update
            .col_expr(mail_outbox::Column::Status, Expr::value(MailStatus::Sent))
            .col_expr(mail_outbox::Column::SentAt, Expr::value(now)),
        Err(error) => {
            let error = crate::log_safe::Scrubbed(error);
            tracing::warn!(%error, mail = row.id, attempts, "sending mail failed; will retry");
            let status = if attempts >= MAX_ATTEMPTS {
                MailStatus::Failed
            } else {
                MailStatus::Pending
            };
            update
                .col_expr(mail_outbox::Column::Status, Expr::value(status))
                .col_expr(
                    mail_outbox::Column::LastError,
                    Expr::value(error.to_string()),
                )
                .col_expr(
                    mail_outbox::Column::NextAttemptAt,
                    Expr::value(now + backoff(attempts)),
                )
        }
    };
    update.exec(db).await?;
    Ok(result.is_ok())
}

/// How long a claimed row is left to the process that claimed it; the sender renews the
/// claim on the rows it has not sent yet every half lease, so a process that dies while
/// sending leaves them to the next after at most this long (a killed process's verification
/// mails went out five minutes late with a fixed five-minute lease).
const LEASE_SECONDS: i64 = 30;

/// How long a message being sent when the process is told to stop may still take.
const SEND_GRACE: Duration = Duration::from_secs(3);

/// Claims up to 50 due rows for `holder` by moving their next attempt past the lease, in one
/// statement that returns them: PostgreSQL skips rows another process has locked (`FOR
/// UPDATE SKIP LOCKED`); SQLite has one writer at a time, so its UPDATE is the claim
/// (sea-query leaves the lock out there).
async fn claim_due(
    db: &DatabaseConnection,
    holder: &Instance,
    now: DateTime<Utc>,
) -> Result<Vec<mail_outbox::Model>, DbErr> {
    let due = Query::select()
        .column(mail_outbox::Column::Id)
        .from(mail_outbox::Entity)
        .and_where(mail_outbox::Column::Status.eq(MailStatus::Pending))
        .and_where(mail_outbox::Column::NextAttemptAt.lte(now))
        .order_by(mail_outbox::Column::Id, Order::Asc)
        .limit(50)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    let lease = now + chrono::Duration::seconds(LEASE_SECONDS);
    let mut rows = mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(lease))
        .col_expr(mail_outbox::Column::ClaimedBy, Expr::value(holder.id()))
        .filter(mail_outbox::Column::Id.in_subquery(due))
        .exec_with_returning(db)
        .await?;
    rows.sort_by_key(|row| row.id);
    Ok(rows)
}

/// Hands back the rows `holder` claimed and has not sent (a process stopping): due again at
/// `now`, for any process. Returns how many.
pub async fn hand_back(
    db: &impl ConnectionTrait,
    holder: &Instance,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let handed = mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(now))
        .col_expr(mail_outbox::Column::ClaimedBy, Expr::value(None::<String>))
        .filter(mail_outbox::Column::ClaimedBy.eq(holder.id()))
        .filter(mail_outbox::Column::Status.eq(MailStatus::Pending))
        .exec(db)
        .await?;
    Ok(handed.rows_affected)
}

/// Extends `holder`'s claim on the rows it has not sent yet by another lease.
async fn renew(
    db: &DatabaseConnection,
    holder: &Instance,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    mail_outbox::Entity::update_many()
        .col_expr(
            mail_outbox::Column::NextAttemptAt,
            Expr::value(now + chrono::Duration::seconds(LEASE_SECONDS)),
        )
        .filter(mail_outbox::Column::ClaimedBy.eq(holder.id()))
        .filter(mail_outbox::Column::Status.eq(MailStatus::Pending))
        .filter(mail_outbox::Column::NextAttemptAt.gt(now))
        .exec(db)
        .await?;
    Ok(())
}

/// 30 s, 1 min, 2 min, … capped at one hour.
fn backoff(attempts: i32) -> chrono::Duration {
    let seconds = 30u64.saturating_mul(1 << attempts.clamp(0, 7)).min(3600);
    chrono::Duration::from_std(Duration::from_secs(seconds)).unwrap_or(chrono::Duration::hours(1))
}

/// The mail worker: sends what is due at the job's time, woken by `nudge` when mail was
/// queued (or every two seconds). When the process stops, a message under way gets
/// [`SEND_GRACE`] to finish; the rows it claimed and did not send are handed back by whoever
/// stops the process ([`hand_back`]).
#[derive(Clone)]
pub struct MailWorker {
    /// How mail goes out.
    pub mailer: Mailer,
    /// Wakes the worker when mail was queued.
    pub nudge: std::sync::Arc<tokio::sync::Notify>,
}

impl Worker for MailWorker {
    fn name(&self) -> &'static str {
        "mail"
    }

    fn schedule(&self) -> Schedule {
        Schedule::Queue {
            poll: Duration::from_secs(2),
            nudge: Some(self.nudge.clone()),
        }
    }

    async fn run_once(&mut self, job: &Job, _: DateTime<Utc>) -> Result<usize, WorkError> {
        Ok(send_claimed(job, &self.mailer).await?)
    }
}

/// Claims the due rows and sends them one by one while the process is not stopping; how
/// many it claimed.
async fn send_claimed(job: &Job, mailer: &Mailer) -> Result<usize, DbErr> {
    let claimed = job.clock.now();
    let mut renewed = claimed;
    let rows = claim_due(&job.db, &job.instance, claimed).await?;
    let count = rows.len();
    for row in rows {
        if job.stop.is_cancelled() {
            break;
        }
        let now = job.clock.now();
        if now - renewed >= chrono::Duration::seconds(LEASE_SECONDS / 2) {
            renew(&job.db, &job.instance, now).await?;
            renewed = now;
        }
        let sending = deliver(&job.db, mailer, &job.instance, row, now);
        match job.finish_within(SEND_GRACE, sending).await {
            Some(done) => done?,
            None => break,
        };
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn back_off_doubles_and_stops_at_an_hour() {
        assert_eq!(backoff(1).num_seconds(), 60);
        assert_eq!(backoff(2).num_seconds(), 120);
        assert_eq!(backoff(20).num_seconds(), 3600);
    }
}
