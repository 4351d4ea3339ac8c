//! When a hearing's committee digest goes out (a missing row: the defaults).

use sea_orm::entity::prelude::*;

/// One row of `digest_setting`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "digest_setting")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hearing_id: i32,
    /// ISO weekday of the weekly digest: 1 Monday … 7 Sunday.
    pub weekday: i32,
    /// Hour of the day (Copenhagen time) of both digests.
    pub hour: i32,
    /// Days before the final-proposal milestone the final digest goes out.
    pub lead_days: i32,
    /// Whether the weekly digest is sent while the hearing is open.
    pub weekly: bool,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
