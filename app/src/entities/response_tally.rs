//! How many responses a hearing has per paragraph and status, kept by triggers on `response`
//! in the transaction that changes it (see `response::tally`).

use sea_orm::entity::prelude::*;

/// One row of `response_tally`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "response_tally")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hearing_id: i32,
    /// The paragraph's id, 0 for a response about no paragraph.
    #[sea_orm(primary_key, auto_increment = false)]
    pub paragraph_key: i32,
    /// The responses' status.
    #[sea_orm(primary_key, auto_increment = false)]
    pub status: crate::vocab::ResponseStatus,
    /// How many.
    pub n: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
