//! A named lease: which process runs a job that one process at a time should run, and until
//! when, unless it renews.

use sea_orm::entity::prelude::*;

/// One row of `lease`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lease")]
pub struct Model {
    /// The job (e.g. `publisher`, `themes:hearing:3`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    /// The holding process's [`crate::instance::Instance`] name.
    pub holder: String,
    /// After this another process may take it.
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
