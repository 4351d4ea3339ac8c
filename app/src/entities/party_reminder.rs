//! A hearing's reminder setting for its consulted parties.

use sea_orm::entity::prelude::*;

/// One row of `party_reminder` (absent: the default).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "party_reminder")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hearing_id: i32,
    /// Remind this many days before a party's deadline; 0 is off.
    pub days_before: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
