//! A hearing's response counts without loading its responses: `response_tally` (responses per
//! paragraph and status, kept by triggers on `response` in the transaction that changes a
//! response — see the migration `m20261231_000100_public_aggregates`) less the duplicates
//! the public rule shows elsewhere ([`public::shown_elsewhere`]), found through an index of
//! the hearing's duplicates. What either costs grows with the hearing's paragraphs and
//! duplicates, not with its responses.

use std::collections::BTreeMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, Statement,
};

use super::ResponseCounts;
use crate::disclosure::public;
use crate::entities::{paragraph, response, response_tally};
use crate::error::AppError;
use crate::vocab::ResponseStatus;

/// Responses per (paragraph id, status); `None`: about no paragraph.
type Tally = BTreeMap<(Option<i32>, ResponseStatus), i64>;

/// The maintained tally of `hearing_id`'s counted responses (`ResponseStatus::COUNTED`).
async fn tallied(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Tally, DbErr> {
    let rows = response_tally::Entity::find()
        .filter(response_tally::Column::HearingId.eq(hearing_id))
        .filter(response_tally::Column::Status.is_in(ResponseStatus::COUNTED))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let paragraph = Some(r.paragraph_key).filter(|k| *k != 0);
            ((paragraph, r.status), r.n)
        })
        .collect())
}

/// The counted duplicates of `hearing_id` the public sees as their original, per (paragraph,
/// status): what the counts leave out.
async fn shown_elsewhere(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Tally, DbErr> {
    let rows: Vec<(Option<i32>, ResponseStatus, i64)> = response::Entity::find()
        .select_only()
        .column(response::Column::ParagraphId)
        .column(response::Column::Status)
        .column_as(response::Column::Id.count(), "n")
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Status.is_in(ResponseStatus::COUNTED))
        .filter(public::shown_elsewhere())
        .group_by(response::Column::ParagraphId)
        .group_by(response::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(p, s, n)| ((p, s), n)).collect())
}

/// How many confirmed (not rejected) and publicly shown responses a hearing has, and per
/// paragraph anchor; a duplicate shown as its original counts once, as the original.
pub async fn counts(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<ResponseCounts, AppError> {
    let mut tally = tallied(db, hearing_id).await?;
    for (key, n) in shown_elsewhere(db, hearing_id).await? {
        *tally.entry(key).or_default() -= n;
    }
    let anchors: BTreeMap<i32, String> = paragraph::Entity::find()
        .select_only()
        .column(paragraph::Column::Id)
        .column(paragraph::Column::Anchor)
        .filter(paragraph::Column::Id.is_in(tally.keys().filter_map(|(id, _)| *id)))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut counts = ResponseCounts::default();
    for ((paragraph_id, status), n) in tally {
        let n = u64::try_from(n).unwrap_or(0);
        counts.verified += n;
        if status == ResponseStatus::Published {
            counts.published += n;
        }
        if let Some(anchor) = paragraph_id.and_then(|id| anchors.get(&id)) {
            *counts.by_paragraph.entry(anchor.clone()).or_default() += n;
        }
    }
    counts.by_paragraph.retain(|_, n| *n > 0);
    Ok(counts)
}

/// How many of `hearing_id`'s responses are publicly shown: the public list's length.
pub async fn publicly_shown(db: &impl ConnectionTrait, hearing_id: i32) -> Result<u64, DbErr> {
    let published = response_tally::Entity::find()
        .filter(response_tally::Column::HearingId.eq(hearing_id))
        .filter(response_tally::Column::Status.eq(ResponseStatus::Published))
        .all(db)
        .await?
        .iter()
        .map(|r| r.n)
        .sum::<i64>();
    let elsewhere: i64 = shown_elsewhere(db, hearing_id)
        .await?
        .into_iter()
        .filter(|((_, status), _)| *status == ResponseStatus::Published)
        .map(|(_, n)| n)
        .sum();
    Ok(u64::try_from(published - elsewhere).unwrap_or(0))
}

/// Counts every response again into `response_tally`, replacing what it held (the triggers
/// keep it from then on). For a repair, and the test that the triggers keep it right.
pub async fn rebuild(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    for sql in [
        "DELETE FROM response_tally",
        "INSERT INTO response_tally (hearing_id, paragraph_key, status, n) \
         SELECT hearing_id, COALESCE(paragraph_id, 0), status, COUNT(*) FROM response \
         GROUP BY hearing_id, COALESCE(paragraph_id, 0), status",
    ] {
        db.execute_raw(Statement::from_string(backend, sql)).await?;
    }
    Ok(())
}

/// Every tally row with a count, in key order: (hearing, paragraph key, status, n).
pub async fn snapshot(db: &impl ConnectionTrait) -> Result<Vec<(i32, i32, String, i64)>, DbErr> {
    let mut rows: Vec<(i32, i32, String, i64)> = response_tally::Entity::find()
        .filter(response_tally::Column::N.ne(0))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.hearing_id, r.paragraph_key, r.status.to_string(), r.n))
        .collect();
    rows.sort();
    Ok(rows)
}
