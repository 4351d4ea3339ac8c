//! Every response of a hearing as officials see it, whatever its status: the inbox, a page at
//! a time with its filters applied by the database (`page`), and the whole list for
//! `ordet responses` (`all`).

mod counts;
mod filter;
mod item;
mod tally;

pub use counts::{Counts, counted, of_hearing as counts};
pub use filter::{Period, UNKNOWN_LANGUAGE, condition};
pub use item::{Extras, InboxPage, page, svarnumre, tags_of, with_extras};

use std::collections::HashMap;

use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{attachment, respondent, response};
use crate::error::AppError;

/// One response with its respondent and files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InboxItem {
    /// The response.
    pub response: response::Model,
    /// Who sent it (e-mail included: officials may write back).
    pub respondent: Option<respondent::Model>,
    /// Its files with their extraction state.
    pub files: Vec<attachment::Model>,
    /// What the inbox shows beside it (empty from [`all`]).
    pub extras: Extras,
}

/// All responses of a hearing, oldest first.
pub async fn all(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Vec<InboxItem>, AppError> {
    let rows = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .order_by_asc(response::Column::Seq)
        .all(db)
        .await?;
    // Subqueries, not lists of ids: a hearing with 100,000 responses would exceed the
    // databases' limits on bound parameters.
    let of_hearing = |column: response::Column| {
        Query::select()
            .column(column)
            .from(response::Entity)
            .and_where(response::Column::HearingId.eq(hearing_id))
            .to_owned()
    };
    let mut respondents: HashMap<i32, respondent::Model> = respondent::Entity::find()
        .filter(respondent::Column::Id.in_subquery(of_hearing(response::Column::RespondentId)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut files: HashMap<i32, Vec<attachment::Model>> = HashMap::new();
    for file in attachment::Entity::find()
        .filter(attachment::Column::ResponseId.in_subquery(of_hearing(response::Column::Id)))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?
    {
        if let Some(id) = file.response_id {
            files.entry(id).or_default().push(file);
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| InboxItem {
            respondent: respondents.remove(&row.respondent_id),
            files: files.remove(&row.id).unwrap_or_default(),
            response: row,
            extras: Extras::default(),
        })
        .collect())
}
