//! One rate-limit bucket shared by every server process (`limit::bucket`).

use sea_orm::entity::prelude::*;

/// One row of `rate_limit`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rate_limit")]
pub struct Model {
    /// HMAC-SHA256 (hex) of the action and the network or e-mail address.
    #[sea_orm(primary_key, auto_increment = false)]
    pub bucket: String,
    /// The theoretical arrival time, Unix milliseconds: the bucket is full again then.
    pub tat: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
