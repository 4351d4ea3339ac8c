//! A change the search index has still to apply (or has applied), written in the transaction
//! that made it.

use sea_orm::entity::prelude::*;

/// One row of `index_outbox`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "index_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// What changed: `response`, or `index` for a rebuild request.
    pub entity: String,
    pub entity_id: i32,
    /// Why (`submitted`, `verified`, `moderated`, `edited`, `files`, `rebuild`, …); the indexer
    /// always reads the row's current state, so this is for people reading the table.
    pub operation: String,
    pub created_at: DateTimeUtc,
    pub processed_at: Option<DateTimeUtc>,
    pub attempts: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
