//! A campaign: responses that share most of their text (a form letter), one voice with many
//! signers.

use sea_orm::entity::prelude::*;

/// One row of `campaign`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "campaign")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    /// The member whose text stands for the template.
    pub representative_id: i32,
    /// How many responses share the text (the representative included).
    pub signers: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
