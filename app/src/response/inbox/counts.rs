//! How many of a hearing's responses have each filter value, counted by the database
//! (`GROUP BY`), never by loading the responses.

use std::collections::BTreeMap;

use sea_orm::sea_query::{Condition, Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::filter::UNKNOWN_LANGUAGE;
use crate::entities::{attachment, respondent, response, response_tag, section};
use crate::error::AppError;
use crate::moderation::PERSONAL_DATA;

/// Filter → value → how many responses of the hearing have it.
pub type Counts = BTreeMap<String, BTreeMap<String, u64>>;

/// The counts of every inbox filter over the whole hearing, or over the responses `within`
/// (the ids a search found) when given.
pub async fn of_hearing(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    within: Option<&[i32]>,
) -> Result<Counts, AppError> {
    let group = |value: Expr| grouped(hearing_id, within, value);
    let mut counts = Counts::new();
    for (name, column) in [
        ("status", response::Column::Status),
        ("channel", response::Column::Channel),
        ("language", response::Column::Language),
    ] {
        let stmt = group(Expr::col((response::Entity, column)));
        counts.insert(name.into(), run(db, stmt).await?);
    }
    let kind = group(Expr::col((respondent::Entity, respondent::Column::Kind)))
        .inner_join(
            respondent::Entity,
            Expr::col((respondent::Entity, respondent::Column::Id))
                .equals((response::Entity, response::Column::RespondentId)),
        )
        .to_owned();
    counts.insert("kind".into(), run(db, kind).await?);
    let sections = group(Expr::col((section::Entity, section::Column::Anchor)))
        .inner_join(
            section::Entity,
            Expr::col((section::Entity, section::Column::Id))
                .equals((response::Entity, response::Column::SectionId)),
        )
        .to_owned();
    counts.insert("section".into(), run(db, sections).await?);
    let tags = group(Expr::col((response_tag::Entity, response_tag::Column::Tag)))
        .inner_join(
            response_tag::Entity,
            Expr::col((response_tag::Entity, response_tag::Column::ResponseId))
                .equals((response::Entity, response::Column::Id)),
        )
        .to_owned();
    counts.insert("tag".into(), run(db, tags).await?);
    let total: u64 = counts.get("status").map_or(0, |c| c.values().sum());
    for (name, yes) in flags() {
        let yes = response::Entity::find()
            .filter(response::Column::HearingId.eq(hearing_id))
            .filter(Condition::all().add_option(among(within)))
            .filter(yes)
            .count(db)
            .await?;
        let both = [("true", yes), ("false", total.saturating_sub(yes))];
        counts.insert(name.into(), both.map(|(k, n)| (k.to_owned(), n)).into());
    }
    Ok(counts)
}

/// The yes/no filters, each as the condition that means yes.
fn flags() -> [(&'static str, Expr); 3] {
    let with_files = Query::select()
        .column(attachment::Column::ResponseId)
        .from(attachment::Entity)
        .and_where(attachment::Column::ResponseId.is_not_null())
        .to_owned();
    [
        (
            "has_attachments",
            response::Column::Id.in_subquery(with_files),
        ),
        (
            "personal_data",
            response::Column::HeldReason.eq(PERSONAL_DATA),
        ),
        ("duplicate", response::Column::DuplicateOfId.is_not_null()),
    ]
}

/// `response.id IN within`, when `within` is given.
fn among(within: Option<&[i32]>) -> Option<Expr> {
    within.map(|ids| Expr::col((response::Entity, response::Column::Id)).is_in(ids.iter().copied()))
}

/// `SELECT value AS v, COUNT(response.id) AS n FROM response WHERE hearing [AND id IN within]
/// GROUP BY value`.
fn grouped(hearing_id: i32, within: Option<&[i32]>, value: Expr) -> SelectStatement {
    Query::select()
        .expr_as(value.clone(), "v")
        .expr_as(
            Expr::col((response::Entity, response::Column::Id)).count(),
            "n",
        )
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
        let n: i64 = row.try_get("", "n")?;
        *values.entry(value).or_default() += u64::try_from(n).unwrap_or(0);
    }
    Ok(values)
}
