//! A message the administration's mailbox handed to Ordet (issue 24): registered as a
//! response, or kept whole for an official when it could not be read as one.

use sea_orm::entity::prelude::*;

/// One row of `incoming_mail`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "incoming_mail")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    /// The `Message-ID`, else `sha256:` and the whole message's hash; unique per hearing.
    pub message_key: String,
    /// The response it became.
    pub response_id: Option<i32>,
    /// The whole message in the file store, while it waits for an official (quarantine).
    pub sha256: Option<String>,
    pub size_bytes: i64,
    /// The `From` header as sent, when it could be read.
    #[sea_orm(column_type = "Text", nullable)]
    pub sender: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub subject: Option<String>,
    /// Why it could not be registered (officials' language: Danish).
    #[sea_orm(column_type = "Text", nullable)]
    pub problem: Option<String>,
    pub received_at: DateTimeUtc,
    /// When an official dealt with a quarantined message, and who.
    pub resolved_at: Option<DateTimeUtc>,
    pub resolved_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
