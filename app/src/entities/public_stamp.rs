//! A hearing's public stamp: moved on by triggers with every change to its responses, themes,
//! memberships and campaigns; beside it the public themes as computed at `themes_stamp`, and the officials' at
//! `officials_stamp`.

use sea_orm::entity::prelude::*;

/// One row of `public_stamp`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "public_stamp")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hearing_id: i32,
    /// Moves on with every change that may change what the public sees.
    pub stamp: i64,
    /// The stamp the stored themes were computed at.
    pub themes_stamp: Option<i64>,
    /// The public themes (JSON), current while `themes_stamp` equals `stamp`.
    pub themes_json: Option<String>,
    /// The stamp the stored officials' themes were computed at.
    pub officials_stamp: Option<i64>,
    /// The officials' themes (JSON), current while `officials_stamp` equals `stamp`.
    pub officials_json: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
