//! The responses a digest and the hvidbog count: confirmed ones (verified, published or held;
//! not unconfirmed, rejected or withdrawn), each with its respondent, in svarnummer order.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{respondent, response};
use crate::error::AppError;
use crate::vocab::{RespondentKind, ResponseStatus};

/// A counted response and who sent it.
#[derive(Clone, Debug)]
pub struct Counted {
    /// The response.
    pub response: response::Model,
    /// Its respondent (always there; `None` only if the row vanished meanwhile).
    pub respondent: Option<respondent::Model>,
}

impl Counted {
    /// When it counts as received: confirmed, or registered by an official.
    pub fn received_at(&self) -> DateTime<Utc> {
        self.response
            .verified_at
            .unwrap_or(self.response.submitted_at)
    }

    /// The respondent's kind (a resident when there is no respondent).
    pub fn kind(&self) -> RespondentKind {
        self.respondent
            .as_ref()
            .map_or(RespondentKind::Resident, |r| r.kind)
    }

    /// The name the hvidbog and the digest show (an organisation's name; a resident's name
    /// only if they agreed to publish it).
    pub fn display_name(&self) -> String {
        self.respondent
            .as_ref()
            .map(crate::respondent::display_name)
            .unwrap_or_default()
    }
}

/// The counted responses of hearing `hearing_id` received up to `until`.
pub async fn read(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    until: DateTime<Utc>,
) -> Result<Vec<Counted>, AppError> {
    let responses = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Status.is_in(ResponseStatus::COUNTED))
        .order_by_asc(response::Column::Seq)
        .all(db)
        .await?;
    let mut respondents = HashMap::new();
    let ids: Vec<i32> = responses.iter().map(|r| r.respondent_id).collect();
    for chunk in ids.chunks(500) {
        let rows = respondent::Entity::find()
            .filter(respondent::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        respondents.extend(rows.into_iter().map(|r| (r.id, r)));
    }
    Ok(responses
        .into_iter()
        .map(|response| Counted {
            respondent: respondents.get(&response.respondent_id).cloned(),
            response,
        })
        .filter(|counted| counted.received_at() <= until)
        .collect())
}
