//! The outcome of a hearing: the committee's decision, published once (issue 23).

use sea_orm::entity::prelude::*;

/// One row of `hearing_outcome` (at most one per hearing).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hearing_outcome")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub hearing_id: i32,
    /// The day the committee decided.
    pub decided_on: Date,
    /// The committee that decided.
    pub committee: String,
    /// Where the minutes can be read.
    #[sea_orm(column_type = "Text", nullable)]
    pub minutes_url: Option<String>,
    /// What was decided, in plain words.
    #[sea_orm(column_type = "Text")]
    pub decision: String,
    /// The draft version residents were consulted on (fixed at publication).
    pub consulted_version: Option<i32>,
    /// The adopted text's version (fixed at publication).
    pub adopted_version: Option<i32>,
    /// What changed between them, section by section (`hearing::SectionChange` as JSON; fixed
    /// at publication).
    #[sea_orm(column_type = "Text", nullable)]
    pub changes_json: Option<String>,
    /// When it was published; nothing of it is public before.
    pub published_at: Option<DateTimeUtc>,
    pub published_by: Option<i32>,
    pub updated_by: Option<i32>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
