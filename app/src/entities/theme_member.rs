//! A response's theme: set by the clustering, or by an official (`manual`), which always wins.

use sea_orm::entity::prelude::*;

/// One row of `theme_member`; a response is in one theme at most.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "theme_member")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub theme_id: i32,
    #[sea_orm(unique)]
    pub response_id: i32,
    pub hearing_id: i32,
    /// An official put it here; re-clustering leaves it.
    pub manual: bool,
    pub assigned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
