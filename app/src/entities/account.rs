//! An official's account (residents never need one).

use sea_orm::entity::prelude::*;

/// One row of `account`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Lower-case; unique.
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    /// Argon2id in PHC string form; `None` signs in by e-mail link only.
    pub password_hash: Option<String>,
    /// Wrong passwords in a row.
    pub failed_logins: i32,
    /// No sign-in before this.
    pub locked_until: Option<DateTimeUtc>,
    pub disabled: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
