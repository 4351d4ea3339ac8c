//! The public list read by key: newest published first (`published_at`, then `id`, both
//! descending), a page being the rows after (or before) a [`Cursor`] — one range of the index
//! `idx_response_public_order`, whatever page it is. A page asked for by number finds its
//! first key by skipping keys in that index alone (no row is read for the skipped ones); the
//! pager's links then carry cursors, so they stay where they were when responses are
//! published meanwhile (new ones come first and move nothing after them).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};

use crate::disclosure::public;
use crate::entities::response;

/// A place in the list: a response's publication time and id. As a URL parameter
/// `<nanoseconds since 1970>_<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    /// When the response was published.
    pub at: DateTime<Utc>,
    /// Its id.
    pub id: i32,
}

impl Cursor {
    /// The cursor a URL parameter names; `None` for anything else.
    pub fn parse(text: &str) -> Option<Cursor> {
        let (nanos, id) = text.split_once('_')?;
        Some(Cursor {
            at: DateTime::from_timestamp_nanos(nanos.parse().ok()?),
            id: id.parse().ok()?,
        })
    }

    /// As a URL parameter.
    pub fn to_param(self) -> String {
        let nanos = self.at.timestamp_nanos_opt().unwrap_or_default();
        format!("{nanos}_{}", self.id)
    }

    fn of(row: &response::Model) -> Option<Cursor> {
        Some(Cursor {
            at: row.published_at?,
            id: row.id,
        })
    }

    fn key(self) -> Expr {
        Expr::tuple([Expr::value(self.at), Expr::value(self.id)])
    }
}

/// Where a page starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// After this many rows from the top (a page number's offset).
    Skip(u64),
    /// Right after (older than) this response.
    After(Cursor),
    /// Right before (newer than) this response: the page that ends there.
    Before(Cursor),
}

/// A page of the list, in list order, and whether there are rows on either side.
#[derive(Debug, Default)]
pub struct KeyPage {
    /// The rows.
    pub rows: Vec<response::Model>,
    /// Whether newer rows come before them.
    pub newer: bool,
    /// Whether older rows come after them.
    pub older: bool,
}

impl KeyPage {
    /// The cursor of the page before this one (its first row), when there is one.
    pub fn previous(&self) -> Option<Cursor> {
        self.rows
            .first()
            .filter(|_| self.newer)
            .and_then(Cursor::of)
    }

    /// The cursor of the page after this one (its last row), when there is one.
    pub fn next(&self) -> Option<Cursor> {
        self.rows.last().filter(|_| self.older).and_then(Cursor::of)
    }
}

fn shown(hearing_id: i32) -> Select<response::Entity> {
    response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(public::condition())
}

fn list_key() -> Expr {
    Expr::tuple([
        Expr::col(response::Column::PublishedAt),
        Expr::col(response::Column::Id),
    ])
}

/// The page of `per_page` rows of `hearing_id`'s public list starting at `start`.
pub async fn page(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    start: Start,
    per_page: u64,
) -> Result<KeyPage, DbErr> {
    let cursor = match start {
        Start::Skip(0) => None,
        Start::Skip(skip) => match key_at(db, hearing_id, skip - 1).await? {
            Some(cursor) => Some(cursor),
            None => return Ok(KeyPage::default()),
        },
        Start::After(cursor) => Some(cursor),
        Start::Before(cursor) => return newer_than(db, hearing_id, cursor, per_page).await,
    };
    let mut select = shown(hearing_id);
    if let Some(cursor) = cursor {
        select = select.filter(list_key().lt(cursor.key()));
    }
    let mut rows = select
        .order_by_desc(response::Column::PublishedAt)
        .order_by_desc(response::Column::Id)
        .limit(per_page + 1)
        .all(db)
        .await?;
    let older = rows.len() as u64 > per_page;
    rows.truncate(per_page as usize);
    Ok(KeyPage {
        rows,
        newer: cursor.is_some(),
        older,
    })
}

async fn newer_than(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    cursor: Cursor,
    per_page: u64,
) -> Result<KeyPage, DbErr> {
    let mut rows = shown(hearing_id)
        .filter(list_key().gt(cursor.key()))
        .order_by_asc(response::Column::PublishedAt)
        .order_by_asc(response::Column::Id)
        .limit(per_page + 1)
        .all(db)
        .await?;
    let newer = rows.len() as u64 > per_page;
    rows.truncate(per_page as usize);
    rows.reverse();
    Ok(KeyPage {
        rows,
        newer,
        older: true,
    })
}

/// The key of the row `skip` rows from the top, read from the index alone.
async fn key_at(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    skip: u64,
) -> Result<Option<Cursor>, DbErr> {
    let key: Option<(Option<DateTime<Utc>>, i32)> = shown(hearing_id)
        .select_only()
        .column(response::Column::PublishedAt)
        .column(response::Column::Id)
        .order_by_desc(response::Column::PublishedAt)
        .order_by_desc(response::Column::Id)
        .offset(skip)
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(key.and_then(|(at, id)| Some(Cursor { at: at?, id })))
}

/// How many rows of the list come before `cursor` (newer than it): its position.
pub async fn position(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    cursor: Cursor,
) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    shown(hearing_id)
        .filter(list_key().gt(cursor.key()))
        .count(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_from_its_parameter_and_nothing_else_reads() {
        let at = DateTime::from_timestamp(1_285_000_000, 123_456_789).unwrap();
        let cursor = Cursor { at, id: 42 };
        assert_eq!(cursor.to_param(), "1285000000123456789_42");
        assert_eq!(Cursor::parse(&cursor.to_param()), Some(cursor));
        for bad in ["", "42", "x_1", "1_x", "1_2_3", "99999999999999999999_1"] {
            assert_eq!(Cursor::parse(bad), None, "{bad}");
        }
    }
}
