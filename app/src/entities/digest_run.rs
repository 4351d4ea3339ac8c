//! A digest queued for a hearing's recipients: one per hearing, kind and period (the unique
//! key that makes a digest go out once, whatever crashes or how many servers run).

use sea_orm::entity::prelude::*;

/// One row of `digest_run`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "digest_run")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    /// `weekly`, `final` or `manual`.
    pub kind: crate::vocab::DigestKind,
    /// `2011-W33` (weekly), the milestone's date (final), the instant (manual).
    pub period: String,
    pub scheduled_for: DateTimeUtc,
    /// Responses counted up to this instant ("new since the last digest" starts here).
    pub cutoff: DateTimeUtc,
    #[sea_orm(column_type = "Text")]
    pub subject: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
