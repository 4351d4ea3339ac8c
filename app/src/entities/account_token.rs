//! A one-time link for an official (sign-in by e-mail); only its SHA-256 is stored.

use sea_orm::entity::prelude::*;

/// One row of `account_token`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account_token")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub account_id: i32,
    pub purpose: crate::vocab::AccountTokenPurpose,
    #[sea_orm(unique)]
    pub token_sha256: String,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
