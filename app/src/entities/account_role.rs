//! A role an account holds, for every hearing (`hearing_id` empty) or for one.

use sea_orm::entity::prelude::*;

/// One row of `account_role`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account_role")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub account_id: i32,
    /// `admin`, `official`, `moderator` or `reader`.
    pub role: crate::vocab::Role,
    pub hearing_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
