//! A response (høringssvar) to a hearing.

use sea_orm::entity::prelude::*;

/// One row of `response`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "response")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    pub respondent_id: i32,
    pub seq: i32,
    #[sea_orm(unique)]
    pub svarnummer: String,
    pub draft_version_id: Option<i32>,
    pub section_id: Option<i32>,
    pub paragraph_id: Option<i32>,
    pub stance: crate::vocab::Stance,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub language: Option<String>,
    pub channel: crate::vocab::Channel,
    pub status: crate::vocab::ResponseStatus,
    /// Why the response is held back (`personal_data`, …), when it is.
    pub held_reason: Option<String>,
    /// The language the respondent used the site in (`da`, `en`), for e-mails sent later.
    pub locale: String,
    pub submitted_at: DateTimeUtc,
    pub verified_at: Option<DateTimeUtc>,
    pub published_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    /// The text the public sees after an official redacted passages; `None`: `body` as it is.
    #[sea_orm(column_type = "Text", nullable)]
    pub public_body: Option<String>,
    /// The response this one repeats, when an official marked it as a duplicate.
    pub duplicate_of_id: Option<i32>,
    /// When its respondent's personal data was erased (the legal record stays).
    pub personal_data_erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
