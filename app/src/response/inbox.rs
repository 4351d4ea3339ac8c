//! Every response of a hearing as officials see it, whatever its status: the seed of the
//! officials' inbox, read by `ordet responses` until the workspace exists.

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
}

/// All responses of a hearing, oldest first.
pub async fn all(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Vec<InboxItem>, AppError> {
    let rows = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .order_by_asc(response::Column::Seq)
        .all(db)
        .await?;
    let respondents = respondent::Entity::find()
        .filter(respondent::Column::Id.is_in(rows.iter().map(|r| r.respondent_id)))
        .all(db)
        .await?;
    let files = attachment::Entity::find()
        .filter(attachment::Column::ResponseId.is_in(rows.iter().map(|r| r.id)))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| InboxItem {
            respondent: respondents
                .iter()
                .find(|r| r.id == row.respondent_id)
                .cloned(),
            files: files
                .iter()
                .filter(|f| f.response_id == Some(row.id))
                .cloned()
                .collect(),
            response: row,
        })
        .collect())
}
