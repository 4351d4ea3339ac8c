//! A hearing (høring).

use sea_orm::entity::prelude::*;

/// One row of `hearing`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hearing")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub journal_number: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub committee: String,
    /// Administrative state: draft, published, processing or decided.
    pub status: crate::vocab::HearingState,
    pub publication_policy: crate::vocab::PublicationPolicy,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    pub time_zone: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Months personal data is kept after the hearing was decided; `None`: the installation's
    /// default.
    pub retention_months: Option<i32>,
    /// When the status moved to `decided`.
    pub decided_at: Option<DateTimeUtc>,
    /// When its responses' personal data was erased (retention ran out).
    pub personal_data_erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
