//! A response's sentence vector (`crate::themes::meaning`), kept so the model runs once per text.

use sea_orm::entity::prelude::*;

/// One row of `response_vector`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "response_vector")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub response_id: i32,
    pub hearing_id: i32,
    /// Which model made it (`crate::embedding::Embedder::name`).
    pub model: String,
    /// SHA-256 of the text it was made from.
    pub text_sha256: String,
    /// The numbers, little-endian `f32`.
    #[sea_orm(column_type = "Blob")]
    pub vector: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
