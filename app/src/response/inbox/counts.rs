//! How many of a hearing's responses have each filter value: over a whole hearing read from
//! what the database keeps (`super::tally`); over the responses a search found counted by
//! the database (`GROUP BY`), never by loading the responses. Five statements whatever the hearing's size:
//! the response's own columns (status, channel, language, personal data, duplicate) grouped
//! together in one pass over one covering index (`idx_response_inbox_counts`), then the
//! sender's kind, the section, the tags and the files, each driven from the smaller side.

use std::collections::BTreeMap;

use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryResult};

use super::filter::UNKNOWN_LANGUAGE;
use crate::entities::{attachment, respondent, response, response_tag, section};
use crate::error::AppError;
use crate::response::lifecycle::PERSONAL_DATA;

/// Filter → value → how many responses of the hearing have it.
pub type Counts = BTreeMap<String, BTreeMap<String, u64>>;

/// The response columns counted in one pass, as grouped.
const OWN: [(&str, response::Column); 5] = [
    ("status", response::Column::Status),
    ("channel", response::Column::Channel),
    ("language", response::Column::Language),
    ("held_reason", response::Column::HeldReason),
    ("duplicate_of_id", response::Column::DuplicateOfId),
];

/// The counts of every inbox filter over the whole hearing (kept by the database:
/// [`super::tally`]), or over the responses `within` (the ids a search found) when given.
pub async fn of_hearing(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    within: Option<&[i32]>,
) -> Result<Counts, AppError> {
    match within {
        None => super::tally::read(db, hearing_id).await,
        Some(_) => counted(db, hearing_id, within).await,
    }
}

/// The counts of every inbox filter over the responses of the hearing (`within`, when
/// given), counted now; what [`super::tally`] keeps for the whole hearing.
pub async fn counted(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    within: Option<&[i32]>,
) -> Result<Counts, AppError> {
    let mut counts = own(db, hearing_id, within).await?;
    let total: u64 = counts.get("status").map_or(0, |c| c.values().sum());
    let kind = grouped(
        hearing_id,
        within,
        col(respondent::Entity, respondent::Column::Kind),
    )
    .inner_join(
        respondent::Entity,
        col(respondent::Entity, respondent::Column::Id)
            .equals((response::Entity, response::Column::RespondentId)),
    )
    .to_owned();
    counts.insert("kind".into(), run(db, kind).await?);
    counts.insert("section".into(), sections(db, hearing_id, within).await?);
    let tags = grouped(
        hearing_id,
        within,
        col(response_tag::Entity, response_tag::Column::Tag),
    )
    .inner_join(
        response_tag::Entity,
        col(response_tag::Entity, response_tag::Column::ResponseId)
            .equals((response::Entity, response::Column::Id)),
    )
    .to_owned();
    counts.insert("tag".into(), run(db, tags).await?);
    let with_files = files(db, hearing_id, within).await?;
    counts.insert("has_attachments".into(), yes_no(with_files, total));
    Ok(counts)
}

fn col<T: sea_orm::Iden + 'static, C: sea_orm::Iden + 'static>(table: T, column: C) -> Expr {
    Expr::col((table, column))
}

/// Status, channel and language counts, and the personal-data and duplicate flags, from one
/// statement grouped by the columns themselves (so both databases aggregate in index order).
async fn own(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    within: Option<&[i32]>,
) -> Result<Counts, AppError> {
    let mut stmt = Query::select();
    for (name, column) in OWN {
        stmt.expr_as(col(response::Entity, column), Alias::new(name));
    }
    stmt.expr_as(col(response::Entity, response::Column::Id).count(), "n")
        .from(response::Entity)
        .and_where(response::Column::HearingId.eq(hearing_id))
        .and_where_option(among(within))
        .add_group_by(OWN.map(|(_, column)| col(response::Entity, column)));
    let mut counts = Counts::new();
    let (mut personal, mut duplicates, mut total) = (0, 0, 0);
    for row in db.query_all(&stmt).await? {
        let n = number(&row)?;
        for name in ["status", "channel", "language"] {
            let value = row
                .try_get::<Option<String>>("", name)?
                .unwrap_or_else(|| UNKNOWN_LANGUAGE.to_owned());
            *counts
                .entry(name.into())
                .or_default()
                .entry(value)
                .or_default() += n;
        }
        let reason: Option<String> = row.try_get("", "held_reason")?;
        personal += n * u64::from(reason.as_deref() == Some(PERSONAL_DATA));
        let original: Option<i32> = row.try_get("", "duplicate_of_id")?;
        duplicates += n * u64::from(original.is_some());
        total += n;
    }
    counts.insert("personal_data".into(), yes_no(personal, total));
    counts.insert("duplicate".into(), yes_no(duplicates, total));
    Ok(counts)
}

pub(super) fn yes_no(yes: u64, total: u64) -> BTreeMap<String, u64> {
    let both = [("true", yes), ("false", total.saturating_sub(yes))];
    both.map(|(k, n)| (k.to_owned(), n)).into()
}

/// Responses per section anchor: grouped by `section_id` over the covering index first, the
/// few groups then named (an anchor may span draft versions).
async fn sections(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    within: Option<&[i32]>,
) -> Result<BTreeMap<String, u64>, AppError> {
    let by_id = grouped(
        hearing_id,
        within,
        col(response::Entity, response::Column::SectionId),
    );
    let g = Alias::new("g");
    let stmt = Query::select()
        .expr_as(col(section::Entity, section::Column::Anchor), "v")
        .expr_as(
            Expr::col((g.clone(), Alias::new("n")))
                .sum()
                .cast_as("BIGINT"),
            "n",
        )
        .from_subquery(by_id, g.clone())
        .join(
            JoinType::InnerJoin,
            section::Entity,
            col(section::Entity, section::Column::Id).equals((g, Alias::new("v"))),
        )
        .add_group_by([col(section::Entity, section::Column::Anchor)])
        .to_owned();
    run(db, stmt).await
}

/// How many responses have files: driven from the files, each response counted once.
async fn files(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    within: Option<&[i32]>,
) -> Result<u64, AppError> {
    let file_of = col(attachment::Entity, attachment::Column::ResponseId);
    let stmt = Query::select()
        .expr_as(file_of.clone().count_distinct(), "n")
        .from(attachment::Entity)
        .inner_join(
            response::Entity,
            col(response::Entity, response::Column::Id)
                .equals((attachment::Entity, attachment::Column::ResponseId)),
        )
        .and_where(response::Column::HearingId.eq(hearing_id))
        .and_where_option(among(within))
        .to_owned();
    match db.query_one(&stmt).await? {
        Some(row) => Ok(number(&row)?),
        None => Ok(0),
    }
}

fn number(row: &QueryResult) -> Result<u64, DbErr> {
    let n: i64 = row.try_get("", "n")?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// `response.id IN within`, when `within` is given.
fn among(within: Option<&[i32]>) -> Option<Expr> {
    within.map(|ids| col(response::Entity, response::Column::Id).is_in(ids.iter().copied()))
}

/// `SELECT value AS v, COUNT(response.id) AS n FROM response WHERE hearing [AND id IN within]
/// GROUP BY value`.
fn grouped(hearing_id: i32, within: Option<&[i32]>, value: Expr) -> SelectStatement {
    Query::select()
        .expr_as(value.clone(), "v")
        .expr_as(col(response::Entity, response::Column::Id).count(), "n")
        .from(response::Entity)
        .and_where(response::Column::HearingId.eq(hearing_id))
        .and_where_option(among(within))
        .add_group_by([value])
        .to_owned()
}

async fn run(
    db: &impl ConnectionTrait,
    stmt: SelectStatement,
) -> Result<BTreeMap<String, u64>, AppError> {
    let mut values = BTreeMap::new();
    for row in db.query_all(&stmt).await? {
        let value = row
            .try_get::<Option<String>>("", "v")?
            .unwrap_or_else(|| UNKNOWN_LANGUAGE.to_owned());
        *values.entry(value).or_default() += number(&row)?;
    }
    Ok(values)
}
