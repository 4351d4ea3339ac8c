//! An official's tag on a response (e.g. `bolig`, `svar-fra-forvaltningen`); never public.

use sea_orm::entity::prelude::*;

/// One row of `response_tag`; a response has a tag at most once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "response_tag")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub response_id: i32,
    pub tag: String,
    pub account_id: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
