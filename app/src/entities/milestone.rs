//! A dated step of a hearing's timetable.

use sea_orm::entity::prelude::*;

/// One row of `milestone`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "milestone")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    pub date: Date,
    pub label: String,
    pub kind: crate::vocab::MilestoneKind,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
