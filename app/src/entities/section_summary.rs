//! A "kort fortalt": the plain-language summary of a draft's section in one language.

use sea_orm::entity::prelude::*;

/// One row of `section_summary`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "section_summary")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    /// The section's anchor (stable while its heading is unchanged).
    pub section_anchor: String,
    /// The language's code (`crate::i18n::Locale::code`).
    pub lang: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// `draft::summaries::fingerprint` of the section's text it was written for.
    pub section_sha256: String,
    pub updated_by: Option<i32>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
