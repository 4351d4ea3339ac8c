//! A hearing's retention: its respondents' personal data is kept for `retention_months`
//! (the installation's default when the hearing does not say) after the hearing was decided,
//! then every response is erased keeping the record ([`Keep::Record`]) and the hearing is
//! marked. The job runs daily under lease [`LEASE`]; `ordet retention [--dry-run]` runs the
//! same code, a dry run in a transaction that is rolled back, so its counts are exactly what
//! a real run would erase.

use std::time::Duration;

use chrono::{DateTime, Months, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect,
};
use serde_json::json;

use super::{Erased, Keep, blobs, erase_responses};
use crate::audit::{self, Entry};
use crate::blob::Storage;
use crate::entities::{hearing, response};
use crate::error::AppError;
use crate::jobs::{Job, Schedule, WorkError, Worker};
use crate::vocab::HearingState;

/// The retention job's lease.
pub const LEASE: &str = "retention";

/// How often the retention job looks for hearings whose retention ran out.
pub const EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// When a hearing decided at `decided_at` with `months` of retention is due for erasure.
pub fn due_at(decided_at: DateTime<Utc>, months: u32) -> Option<DateTime<Utc>> {
    decided_at.checked_add_months(Months::new(months))
}

/// The months a hearing keeps personal data: its own, else `default_months`.
pub fn months_of(hearing: &hearing::Model, default_months: u32) -> u32 {
    hearing
        .retention_months
        .and_then(|m| u32::try_from(m).ok())
        .filter(|m| *m > 0)
        .unwrap_or(default_months)
}

/// One hearing's erasure, done or (dry run) counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HearingErasure {
    /// The hearing.
    pub hearing_id: i32,
    /// Its URL name.
    pub slug: String,
    /// When it was decided.
    pub decided_at: DateTime<Utc>,
    /// Its months of retention.
    pub months: u32,
    /// What was (or would be) erased.
    pub erased: Erased,
}

/// The decided hearings whose retention has run out at `now` and whose personal data is
/// still there, oldest decision first.
pub async fn due_hearings(
    db: &impl ConnectionTrait,
    default_months: u32,
    now: DateTime<Utc>,
) -> Result<Vec<hearing::Model>, AppError> {
    let mut decided = hearing::Entity::find()
        .filter(hearing::Column::Status.eq(HearingState::Decided))
        .filter(hearing::Column::DecidedAt.is_not_null())
        .filter(hearing::Column::PersonalDataErasedAt.is_null())
        .all(db)
        .await?;
    decided.retain(|h| {
        h.decided_at
            .and_then(|at| due_at(at, months_of(h, default_months)))
            .is_some_and(|due| due <= now)
    });
    decided.sort_by_key(|h| (h.decided_at, h.id));
    Ok(decided)
}

/// Erases the personal data of every hearing due at `now` (each in its own transaction),
/// or with `dry_run` counts what would go and changes nothing.
pub async fn run(
    db: &DatabaseConnection,
    storage: &Storage,
    default_months: u32,
    dry_run: bool,
    now: DateTime<Utc>,
) -> Result<Vec<HearingErasure>, AppError> {
    let mut done = Vec::new();
    for hearing in due_hearings(db, default_months, now).await? {
        let months = months_of(&hearing, default_months);
        let erased = erase_hearing(db, &hearing, months, dry_run, now).await?;
        done.push(HearingErasure {
            hearing_id: hearing.id,
            slug: hearing.slug,
            decided_at: hearing.decided_at.unwrap_or(now),
            months,
            erased,
        });
    }
    if !dry_run && !done.is_empty() {
        blobs::collect(db, storage).await?;
    }
    Ok(done)
}

/// Erases one hearing's responses keeping the record, marks the hearing and writes its audit
/// entry, in one transaction, committed unless `dry_run`.
async fn erase_hearing(
    db: &DatabaseConnection,
    hearing: &hearing::Model,
    months: u32,
    dry_run: bool,
    now: DateTime<Utc>,
) -> Result<Erased, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let marked = hearing::Entity::update_many()
        .col_expr(hearing::Column::PersonalDataErasedAt, Expr::value(now))
        .filter(hearing::Column::Id.eq(hearing.id))
        .filter(hearing::Column::PersonalDataErasedAt.is_null())
        .exec(&txn)
        .await?;
    if marked.rows_affected == 0 {
        // Another process erased it meanwhile.
        return Ok(Erased::default());
    }
    let ids: Vec<i32> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::HearingId.eq(hearing.id))
        .into_tuple()
        .all(&txn)
        .await?;
    let mut erased = erase_responses(&txn, &ids, Keep::Record, None, now).await?;
    erased.incoming_mails = super::incoming_mail::erase(&txn, hearing.id, now).await?;
    let entry = Entry {
        actor_id: None,
        action: "retention.hearing",
        entity: "hearing",
        entity_id: hearing.id,
        hearing_id: Some(hearing.id),
        reason: None,
        before: json!({"decided_at": hearing.decided_at, "retention_months": months}),
        after: json!({"personal_data_erased_at": now, "erased": erased.to_json()}),
    };
    audit::record(&txn, entry, now).await?;
    if dry_run {
        txn.rollback().await?;
    } else {
        txn.commit().await?;
        tracing::info!(hearing.id = hearing.id, erased = %erased.summary(), "retention ran out; personal data erased");
    }
    Ok(erased)
}

/// [`run`] as a worker: now and every [`EVERY`], in the process that holds [`LEASE`].
#[derive(Clone, Debug)]
pub struct Retention {
    /// The attachment store.
    pub storage: Storage,
    /// Months a decided hearing keeps personal data unless it says otherwise.
    pub default_months: u32,
}

impl Worker for Retention {
    fn name(&self) -> &'static str {
        LEASE
    }

    fn schedule(&self) -> Schedule {
        Schedule::leased(EVERY)
    }

    async fn run_once(&mut self, job: &Job, now: DateTime<Utc>) -> Result<usize, WorkError> {
        let erased = run(&job.db, &self.storage, self.default_months, false, now).await?;
        Ok(erased.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn retention_runs_out_whole_months_after_the_decision() {
        let decided = Utc.with_ymd_and_hms(2026, 1, 31, 12, 0, 0).unwrap();
        let due = due_at(decided, 1).unwrap();
        assert_eq!(due, Utc.with_ymd_and_hms(2026, 2, 28, 12, 0, 0).unwrap());
        let due = due_at(decided, 12).unwrap();
        assert_eq!(due, Utc.with_ymd_and_hms(2027, 1, 31, 12, 0, 0).unwrap());
    }
}
