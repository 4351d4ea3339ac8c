//! A hearing whose themes are to be computed again, written by the indexer in the transaction
//! that records its responses as indexed (or by an official asking for it).

use sea_orm::entity::prelude::*;

/// One row of `theme_outbox`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "theme_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub hearing_id: i32,
    /// Why (`indexed`: responses changed; `requested`: an official or the CLI asked).
    pub reason: crate::vocab::ThemeReason,
    pub created_at: DateTimeUtc,
    pub processed_at: Option<DateTimeUtc>,
    pub attempts: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
