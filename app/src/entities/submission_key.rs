//! A submission's idempotency key (`response::idempotency`): the same key for the same
//! hearing answers with the response stored first.

use sea_orm::entity::prelude::*;

/// One row of `submission_key`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_key")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    /// SHA-256 (hex) of the key, with where it came from (`api:` or `form:`).
    pub key_sha256: String,
    /// SHA-256 (hex) of the submission as checked: its fields and its files' hashes.
    pub request_sha256: String,
    /// The response stored under the key (set in the same transaction that claimed it).
    pub response_id: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
