//! A respondent's request that a response of theirs be erased, and whether an official has
//! carried it out. It holds no personal data: the response's id (emptied when the response
//! is deleted), its hearing and its number.

use sea_orm::entity::prelude::*;

/// A row of `erasure_request`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erasure_request")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The response (none once it was deleted).
    #[sea_orm(unique)]
    pub response_id: Option<i32>,
    /// The response's hearing.
    pub hearing_id: i32,
    /// The response's number.
    pub svarnummer: String,
    /// When it was asked for.
    pub requested_at: DateTimeUtc,
    /// `pending` or `carried_out`.
    pub status: crate::vocab::ErasureStatus,
    /// When an official carried it out.
    pub carried_out_at: Option<DateTimeUtc>,
    /// Who did.
    pub carried_out_by: Option<i32>,
}

/// No relations are navigated.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
