//! What a theme run reads from the database: the hearing's themed responses and the themes,
//! memberships and campaigns as they are.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{attachment, response};
use crate::entities::{campaign, campaign_member, theme, theme_member};

/// The statuses whose responses are grouped into themes (confirmed and not rejected).
pub const THEMED_STATUSES: [&str; 3] = ["verified", "published", "held"];

/// One response as themes need it.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// `response.id`.
    pub id: i32,
    /// Its text with its attachments' text (what campaigns compare and quotes quote).
    pub text: String,
    /// The language detected at intake.
    pub language: Option<String>,
    /// The response it repeats, as marked by an official.
    pub duplicate_of: Option<i32>,
}

/// The hearing's themed responses, by id.
pub async fn responses(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Vec<Response>, DbErr> {
    let rows = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Status.is_in(THEMED_STATUSES))
        .order_by_asc(response::Column::Id)
        .all(db)
        .await?;
    let files = attachment::Entity::find()
        .filter(attachment::Column::ResponseId.is_in(rows.iter().map(|r| r.id)))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let mut text = row.body.clone();
            for file in files.iter().filter(|f| f.response_id == Some(row.id)) {
                if let Some(extracted) = file.extracted_text.as_deref() {
                    text.push_str("\n\n");
                    text.push_str(extracted);
                }
            }
            Response {
                id: row.id,
                text,
                language: row.language,
                duplicate_of: row.duplicate_of_id,
            }
        })
        .collect())
}

/// The themes, memberships and campaigns of a hearing as they are.
#[derive(Clone, Debug, Default)]
pub struct State {
    /// Themes not retired, by id.
    pub themes: Vec<theme::Model>,
    /// Every membership.
    pub members: Vec<theme_member::Model>,
    /// Campaigns.
    pub campaigns: Vec<campaign::Model>,
    /// Campaign memberships.
    pub campaign_members: Vec<campaign_member::Model>,
}

impl State {
    /// Whether theme `id` is pinned.
    pub fn is_pinned(&self, id: i32) -> bool {
        self.themes.iter().any(|t| t.id == id && t.pinned)
    }
}

/// Reads the state of hearing `hearing_id`.
pub async fn state(db: &impl ConnectionTrait, hearing_id: i32) -> Result<State, DbErr> {
    Ok(State {
        themes: theme::Entity::find()
            .filter(theme::Column::HearingId.eq(hearing_id))
            .filter(theme::Column::RetiredAt.is_null())
            .order_by_asc(theme::Column::Id)
            .all(db)
            .await?,
        members: theme_member::Entity::find()
            .filter(theme_member::Column::HearingId.eq(hearing_id))
            .order_by_asc(theme_member::Column::ResponseId)
            .all(db)
            .await?,
        campaigns: campaign::Entity::find()
            .filter(campaign::Column::HearingId.eq(hearing_id))
            .order_by_asc(campaign::Column::Id)
            .all(db)
            .await?,
        campaign_members: campaign_member::Entity::find()
            .filter(campaign_member::Column::HearingId.eq(hearing_id))
            .order_by_asc(campaign_member::Column::ResponseId)
            .all(db)
            .await?,
    })
}
