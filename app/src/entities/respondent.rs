//! Someone who responded: a resident, an association, a company or a public body.

use sea_orm::entity::prelude::*;

/// One row of `respondent`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "respondent")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: crate::vocab::RespondentKind,
    pub name: String,
    pub organisation: Option<String>,
    pub contact_role: Option<String>,
    pub cvr: Option<String>,
    pub email: String,
    pub postal_code: Option<String>,
    pub publish_name: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
