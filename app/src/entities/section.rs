//! A heading of a draft version and the paragraphs under it.

use sea_orm::entity::prelude::*;

/// One row of `section`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "section")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub draft_version_id: i32,
    pub anchor: String,
    pub number: String,
    pub heading: String,
    pub level: i32,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
