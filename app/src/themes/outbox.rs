//! The theme outbox: a row per hearing whose themes are to be computed again, and what the
//! theme worker reads of it. The rows are written through [`crate::search::theme_queue`]: by
//! the indexer in the transaction that records responses as indexed (so themes never read an
//! index that lacks the responses that triggered them), and as `requested` rows by
//! `ordet themes --refresh`. The worker waits until a hearing has been quiet for a while
//! ([`due`]) so a burst of responses costs one clustering.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::theme_outbox;
use crate::vocab::ThemeReason;

/// A hearing is clustered once no row has arrived for this long …
pub const QUIET: TimeDelta = TimeDelta::seconds(20);
/// … or once its oldest pending row is this old, however busy it is.
pub const MAX_WAIT: TimeDelta = TimeDelta::minutes(3);

/// The pending rows of one hearing: the newest id, the oldest and newest times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pending {
    /// The hearing.
    pub hearing_id: i32,
    /// The highest pending row id (rows up to it are covered by a run that starts now).
    pub last_id: i64,
    /// When the oldest pending row was written.
    pub oldest: DateTime<Utc>,
    /// When the newest pending row was written.
    pub newest: DateTime<Utc>,
    /// Whether an official asked (then there is no waiting).
    pub requested: bool,
}

/// Every hearing with pending rows.
pub async fn pending(db: &impl ConnectionTrait) -> Result<Vec<Pending>, DbErr> {
    let rows = theme_outbox::Entity::find()
        .filter(theme_outbox::Column::ProcessedAt.is_null())
        .order_by_asc(theme_outbox::Column::Id)
        .all(db)
        .await?;
    let mut by_hearing: BTreeMap<i32, Pending> = BTreeMap::new();
    for row in rows {
        let entry = by_hearing.entry(row.hearing_id).or_insert(Pending {
            hearing_id: row.hearing_id,
            last_id: row.id,
            oldest: row.created_at,
            newest: row.created_at,
            requested: false,
        });
        entry.last_id = Ord::max(entry.last_id, row.id);
        entry.oldest = Ord::min(entry.oldest, row.created_at);
        entry.newest = Ord::max(entry.newest, row.created_at);
        entry.requested |= row.reason == ThemeReason::Requested;
    }
    Ok(by_hearing.into_values().collect())
}

/// Whether a hearing's pending rows should be worked on at `now`: asked for, quiet for
/// [`QUIET`], or waiting for [`MAX_WAIT`].
pub fn due(pending: &Pending, now: DateTime<Utc>) -> bool {
    pending.requested || now - pending.newest >= QUIET || now - pending.oldest >= MAX_WAIT
}

/// The rows `pending` stands for: its hearing's unprocessed rows up to its last id.
fn rows_of(pending: &Pending) -> Condition {
    Condition::all()
        .add(theme_outbox::Column::HearingId.eq(pending.hearing_id))
        .add(theme_outbox::Column::Id.lte(pending.last_id))
        .add(theme_outbox::Column::ProcessedAt.is_null())
}

/// Marks a hearing's rows up to `last_id` processed.
pub async fn mark_processed(
    db: &impl ConnectionTrait,
    pending: &Pending,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    theme_outbox::Entity::update_many()
        .col_expr(theme_outbox::Column::ProcessedAt, Expr::value(now))
        .filter(rows_of(pending))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed run on a hearing's rows; they stay pending.
pub async fn record_failure(
    db: &impl ConnectionTrait,
    pending: &Pending,
    error: &str,
) -> Result<(), DbErr> {
    theme_outbox::Entity::update_many()
        .col_expr(
            theme_outbox::Column::Attempts,
            Expr::col(theme_outbox::Column::Attempts).add(1),
        )
        .col_expr(theme_outbox::Column::LastError, Expr::value(error))
        .filter(rows_of(pending))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes rows processed before `before`.
pub async fn prune(db: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, DbErr> {
    let done = theme_outbox::Entity::delete_many()
        .filter(theme_outbox::Column::ProcessedAt.lt(before))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(oldest: i64, newest: i64, requested: bool) -> Pending {
        let at = |s| DateTime::from_timestamp(s, 0).unwrap();
        Pending {
            hearing_id: 1,
            last_id: 9,
            oldest: at(oldest),
            newest: at(newest),
            requested,
        }
    }

    #[test]
    fn a_burst_waits_until_quiet_or_too_long() {
        let now = DateTime::from_timestamp(1_000, 0).unwrap();
        assert!(
            !due(&pending(990, 995, false), now),
            "5 s quiet is too soon"
        );
        assert!(due(&pending(970, 975, false), now), "25 s quiet is enough");
        assert!(
            due(&pending(800, 999, false), now),
            "200 s waiting is too long"
        );
        assert!(
            due(&pending(999, 999, true), now),
            "an official's request is not delayed"
        );
    }
}
