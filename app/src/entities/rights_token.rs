//! A resident's one-time link to their data (`link`) or the short-lived grant it opens
//! (`grant`), for one e-mail address; the token is kept as its SHA-256 only.

use sea_orm::entity::prelude::*;

/// A row of `rights_token`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rights_token")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key)]
    pub id: i32,
    pub purpose: crate::vocab::RightsTokenPurpose,
    /// The address it opens, in lower case.
    pub email: String,
    /// The token's SHA-256, hex.
    #[sea_orm(unique)]
    pub token_sha256: String,
    /// When it stops working.
    pub expires_at: DateTimeUtc,
    /// When a link was spent.
    pub used_at: Option<DateTimeUtc>,
    /// When it was made.
    pub created_at: DateTimeUtc,
}

/// No relations are navigated.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
