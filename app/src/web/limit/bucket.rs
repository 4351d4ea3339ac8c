//! (ssr) One bucket in the `rate_limit` table: checked and advanced by one statement, so
//! every process on the database counts in the same bucket and two requests at once cannot
//! both take its last place.
//!
//! GCRA: a bucket is its theoretical arrival time `tat` (Unix ms). A request at `now` is
//! allowed when `tat <= now + tolerance` (tolerance = (burst − 1) × interval) and then moves
//! `tat` to `max(tat, now) + interval`; a missing row is a full bucket. As SQL:
//!
//! ```sql
//! INSERT INTO rate_limit (bucket, tat) VALUES (:b, :now + :interval)
//! ON CONFLICT (bucket) DO UPDATE
//!   SET tat = CASE WHEN rate_limit.tat > :now THEN rate_limit.tat ELSE :now END + :interval
//!   WHERE rate_limit.tat <= :now + :tolerance
//! ```
//!
//! One row affected: allowed. None: refused, and the row is as it was. PostgreSQL runs the
//! conflict's update on the latest row version under its lock, so concurrent checks of one
//! bucket queue up; SQLite has one writer. (CASE rather than GREATEST/MAX: portable.)

use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{ConnectionTrait, DbErr, ExprTrait};

use super::Quota;
use crate::entities::rate_limit::{Column, Entity as RateLimit};

/// Takes one place from `bucket` at `now_ms`, when it has one; whether it had.
pub async fn take(
    db: &impl ConnectionTrait,
    bucket: &str,
    quota: Quota,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let tat = || Expr::col((RateLimit, Column::Tat));
    let later = Expr::case(tat().gt(now_ms), tat())
        .finally(now_ms)
        .add(quota.interval_ms);
    let has_room = tat().lte(now_ms.saturating_add(quota.tolerance_ms()));
    let statement = Query::insert()
        .into_table(RateLimit)
        .columns([Column::Bucket, Column::Tat])
        .values_panic([
            bucket.into(),
            now_ms.saturating_add(quota.interval_ms).into(),
        ])
        .on_conflict(
            OnConflict::column(Column::Bucket)
                .value(Column::Tat, later)
                .action_and_where(has_room)
                .to_owned(),
        )
        .to_owned();
    let result = db.execute(&statement).await?;
    Ok(result.rows_affected() == 1)
}

/// Deletes the buckets that are full again at `now_ms` (a missing row means the same), so
/// the table holds recent traffic only; how many went.
pub async fn prune(db: &impl ConnectionTrait, now_ms: i64) -> Result<u64, DbErr> {
    let statement = Query::delete()
        .from_table(RateLimit)
        .and_where(Expr::col(Column::Tat).lte(now_ms))
        .to_owned();
    Ok(db.execute(&statement).await?.rows_affected())
}
