//! A paragraph (text, list or table) of a draft version, with its stable anchor.

use sea_orm::entity::prelude::*;

/// One row of `paragraph`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "paragraph")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub draft_version_id: i32,
    pub section_id: i32,
    pub anchor: String,
    pub number: String,
    pub position: i32,
    pub kind: crate::vocab::BlockKind,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub list_start: Option<i32>,
    pub content_sha256: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
