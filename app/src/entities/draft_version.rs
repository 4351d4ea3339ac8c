//! One imported version of a hearing's draft document.

use sea_orm::entity::prelude::*;

/// One row of `draft_version`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draft_version")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    pub version_no: i32,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub source_markdown: String,
    pub source_sha256: String,
    pub imported_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
