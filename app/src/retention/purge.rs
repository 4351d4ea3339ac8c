//! The purge: what was never confirmed, and what served its purpose, goes. Every
//! [`EVERY`], in the one process holding lease [`LEASE`]:
//!
//! - a submission still awaiting verification whose link has expired (7 days,
//!   `response::store::VERIFY_TTL_DAYS`) is deleted whole ([`Keep::Nothing`]): it can never be
//!   confirmed any more;
//! - verification tokens once expired (used or not: until then a second click on a used link
//!   says "already confirmed"); the private-link (`manage`) tokens of confirmed responses are
//!   NOT purged here: the receipt's link is how a respondent reaches their response to use
//!   their rights, so it lives until the hearing's personal data is erased
//!   ([`super::schedule`]) or the response is;
//! - officials' sign-in links once used or expired, and sessions past their end or idle
//!   timeout;
//! - a resident's links to their data and the grants they opened, once expired (they hold the
//!   address);
//! - mail that was sent (or given up on) more than [`KEEP_MAIL`] ago: it holds addresses and
//!   text;
//! - stored files no row holds any more ([`super::blobs::collect`]).

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect,
};
use serde::Serialize;

use super::{Erased, Keep, blobs, erase_responses};
use crate::blob::Storage;
use crate::entities::{
    account_token, mail_outbox, response, response_token, rights_token, session,
};
use crate::error::AppError;
use crate::jobs::{Job, Schedule, WorkError, Worker};
use crate::vocab::ResponseTokenPurpose;
use crate::vocab::{MailStatus, ResponseStatus};

/// The purge's lease: one process at a time purges.
pub const LEASE: &str = "purge";

/// How often the purge runs.
pub const EVERY: Duration = Duration::from_secs(15 * 60);

/// How long after a process starts its first purge runs: a process starting is busy enough,
/// and the purge has no hurry.
pub const FIRST_AFTER: Duration = Duration::from_secs(60);

/// Sent (or failed) mail is kept this long.
pub const KEEP_MAIL: TimeDelta = TimeDelta::days(30);

/// Unconfirmed submissions deleted per transaction.
const BATCH: u64 = 200;

/// What one purge removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Purged {
    /// Submissions never confirmed, deleted whole, and what went with them.
    pub unconfirmed: Erased,
    /// Expired verification tokens of confirmed responses.
    pub response_tokens: u64,
    /// Used or expired sign-in links.
    pub account_tokens: u64,
    /// Ended sessions.
    pub sessions: u64,
    /// Expired links to a resident's data and expired grants.
    pub rights_tokens: u64,
    /// Old sent or failed mail.
    pub mails: u64,
    /// Stored files deleted.
    pub files: u64,
}

/// What the purge needs beside the database.
#[derive(Clone, Debug)]
pub struct Purge {
    /// The attachment store.
    pub storage: Storage,
    /// An official's session ends after this long without a request.
    pub session_idle: TimeDelta,
}

impl Purge {
    /// Purges everything due at `now`.
    pub async fn run(
        &self,
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> Result<Purged, AppError> {
        let mut purged = Purged {
            unconfirmed: unconfirmed(db, now).await?,
            ..Purged::default()
        };
        let verify_expired = Condition::all()
            .add(response_token::Column::Purpose.eq(ResponseTokenPurpose::Verify))
            .add(response_token::Column::ExpiresAt.lt(now));
        purged.response_tokens = response_token::Entity::delete_many()
            .filter(verify_expired)
            .exec(db)
            .await?
            .rows_affected;
        purged.account_tokens = account_token::Entity::delete_many()
            .filter(
                Condition::any()
                    .add(account_token::Column::UsedAt.is_not_null())
                    .add(account_token::Column::ExpiresAt.lt(now)),
            )
            .exec(db)
            .await?
            .rows_affected;
        purged.sessions = session::Entity::delete_many()
            .filter(
                Condition::any()
                    .add(session::Column::ExpiresAt.lte(now))
                    .add(session::Column::LastSeenAt.lte(now - self.session_idle)),
            )
            .exec(db)
            .await?
            .rows_affected;
        purged.rights_tokens = rights_token::Entity::delete_many()
            .filter(rights_token::Column::ExpiresAt.lt(now))
            .exec(db)
            .await?
            .rows_affected;
        purged.mails = old_mail(db, now).await?;
        purged.files = blobs::collect(db, &self.storage).await?;
        Ok(purged)
    }
}

/// Deletes the submissions whose verification link expired before `now` unconfirmed, a
/// batch per transaction.
async fn unconfirmed(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Erased, AppError> {
    let mut total = Erased::default();
    loop {
        let txn = crate::db::begin_write(db).await?;
        let ids = expired_unconfirmed(&txn, now).await?;
        if ids.is_empty() {
            return Ok(total);
        }
        total += erase_responses(&txn, &ids, Keep::Nothing, None, now).await?;
        txn.commit().await?;
    }
}

/// Up to [`BATCH`] responses awaiting verification whose verification link expired.
async fn expired_unconfirmed(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Vec<i32>, AppError> {
    use sea_orm::QueryTrait;
    let expired = response_token::Entity::find()
        .select_only()
        .column(response_token::Column::ResponseId)
        .filter(response_token::Column::Purpose.eq(ResponseTokenPurpose::Verify))
        .filter(response_token::Column::ExpiresAt.lt(now))
        .into_query();
    Ok(response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::Status.eq(ResponseStatus::AwaitingVerification))
        .filter(response::Column::Id.in_subquery(expired))
        .limit(BATCH)
        .into_tuple()
        .all(db)
        .await?)
}

/// Deletes mail sent, or given up on, more than [`KEEP_MAIL`] before `now`.
async fn old_mail(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, AppError> {
    let before = now - KEEP_MAIL;
    let sent = Condition::all()
        .add(mail_outbox::Column::Status.eq(MailStatus::Sent))
        .add(mail_outbox::Column::SentAt.lt(before));
    let failed = Condition::all()
        .add(mail_outbox::Column::Status.eq(MailStatus::Failed))
        .add(mail_outbox::Column::CreatedAt.lt(before));
    Ok(mail_outbox::Entity::delete_many()
        .filter(Condition::any().add(sent).add(failed))
        .exec(db)
        .await?
        .rows_affected)
}

/// The purge as a worker: after `first_after`, then every [`EVERY`], in the process that
/// holds [`LEASE`].
#[derive(Clone, Debug)]
pub struct PurgeWorker {
    /// What the purge needs.
    pub purge: Purge,
    /// Before the first pass ([`FIRST_AFTER`] in a server: not in the middle of start-up).
    pub first_after: Duration,
}

impl Worker for PurgeWorker {
    fn name(&self) -> &'static str {
        LEASE
    }

    fn schedule(&self) -> Schedule {
        Schedule::Leased {
            period: EVERY,
            first_after: self.first_after,
        }
    }

    async fn run_once(&mut self, job: &Job, now: DateTime<Utc>) -> Result<usize, WorkError> {
        let purged = self.purge.run(&job.db, now).await?;
        if purged == Purged::default() {
            return Ok(0);
        }
        tracing::info!(
            unconfirmed = %purged.unconfirmed.summary(),
            response_tokens = purged.response_tokens,
            account_tokens = purged.account_tokens,
            sessions = purged.sessions,
            rights_tokens = purged.rights_tokens,
            mails = purged.mails,
            files = purged.files,
            "purged"
        );
        Ok(1)
    }
}
