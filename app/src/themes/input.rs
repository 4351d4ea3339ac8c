//! What a theme run reads from the database: the hearing's themed responses and the themes,
//! memberships and campaigns as they are.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::disclosure::public;
use crate::entities::{campaign, campaign_member, response, theme, theme_member};
use crate::vocab::ResponseStatus;

/// One response as themes need it.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// `response.id`.
    pub id: i32,
    /// Its text as sent with its attachments' text (what campaigns compare, and officials'
    /// labels and quotes are made of).
    pub text: String,
    /// Its published text, while it is publicly shown: what public labels and quotes are
    /// made of.
    pub public: Option<PublicText>,
    /// The language detected at intake.
    pub language: Option<String>,
    /// The response it repeats, as marked by an official.
    pub duplicate_of: Option<i32>,
}

/// A publicly shown response's published text (with the files the public may have) and the
/// state of the row it was read from ([`super::public_words::fingerprint`]).
#[derive(Clone, Debug, PartialEq)]
pub struct PublicText {
    /// The text.
    pub text: String,
    /// The row's fingerprint when read.
    pub fingerprint: String,
}

/// The hearing's themed responses (confirmed, not rejected: [`ResponseStatus::COUNTED`]), by id.
pub async fn responses(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Vec<Response>, DbErr> {
    let rows = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Status.is_in(ResponseStatus::COUNTED))
        .order_by_asc(response::Column::Id)
        .all(db)
        .await?;
    let files = crate::search::load::files_by_response(db, rows.iter().map(|r| r.id)).await?;
    let published = public::published_originals(db, &rows).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let files = files.get(&row.id).map(Vec::as_slice).unwrap_or_default();
            Response {
                id: row.id,
                text: public::officials_text_with_files(&row, files),
                public: public::is_shown(&row, &published).then(|| PublicText {
                    text: public::text_with_files(&row, files),
                    fingerprint: super::public_words::fingerprint(&row),
                }),
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
        themes: super::store::live_themes(db, hearing_id).await?,
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
