//! How far the index outbox has been pruned: one row, id 1.

use sea_orm::entity::prelude::*;

/// The row of `index_outbox_pruned`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "index_outbox_pruned")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    /// Every outbox row with an id up to this one may be gone.
    pub through_id: i64,
    pub pruned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
