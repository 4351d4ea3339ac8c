//! An annex (bilag) of a hearing.

use sea_orm::entity::prelude::*;

/// One row of `annex`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "annex")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    pub number: i32,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub url: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
