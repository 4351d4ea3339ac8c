//! A hearing's last response number: the series every svarnummer is taken from
//! (`response::next_seq`), incremented in the database, never read and written back.

use sea_orm::entity::prelude::*;

/// One row of `response_counter`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "response_counter")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hearing_id: i32,
    /// The highest number handed out in the hearing.
    pub last_seq: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
