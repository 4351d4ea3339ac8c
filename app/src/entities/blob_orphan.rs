//! A stored file whose last row may be gone: the attachment store's object is deleted once no
//! attachment row holds its content (`retention::blobs`).

use sea_orm::entity::prelude::*;

/// One row of `blob_orphan`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "blob_orphan")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The content's SHA-256, lower-case hex (its key in the store).
    pub sha256: String,
    pub queued_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
