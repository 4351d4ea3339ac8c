//! A response's place in a campaign, with what it adds beyond the template.

use sea_orm::entity::prelude::*;

/// One row of `campaign_member`; a response is in one campaign at most.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "campaign_member")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub campaign_id: i32,
    #[sea_orm(unique)]
    pub response_id: i32,
    pub hearing_id: i32,
    /// Jaccard similarity of its word shingles to the representative's.
    pub similarity: f64,
    /// Its words that are not in the representative's text; empty when none.
    #[sea_orm(column_type = "Text")]
    pub additions: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
