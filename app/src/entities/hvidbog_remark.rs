//! The administration's remark (forvaltningens bemærkning) on a response or a theme, for the
//! hvidbog.

use sea_orm::entity::prelude::*;

/// One row of `hvidbog_remark`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hvidbog_remark")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    /// `response` or `theme`.
    pub target: crate::vocab::RemarkTarget,
    pub target_id: i32,
    #[sea_orm(column_type = "Text")]
    pub remark: String,
    /// Giver anledning til ændring: yes, no, or not decided.
    pub gives_change: Option<bool>,
    pub updated_by: Option<i32>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
