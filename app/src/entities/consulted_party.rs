//! A party on a hearing's høringsliste: someone the hearing is sent to.

use sea_orm::entity::prelude::*;

/// One row of `consulted_party`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consulted_party")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    pub name: String,
    /// The name normalised for matching and for the unique index (case, spaces, punctuation).
    pub name_key: String,
    pub kind: crate::vocab::PartyKind,
    pub email: String,
    pub cvr: Option<String>,
    pub contact_person: Option<String>,
    /// The party's own deadline; empty means the hearing's.
    pub deadline: Option<DateTimeUtc>,
    /// An official's verdict: `yes`, `no`, or empty for the automatic match.
    pub answered_override: Option<String>,
    /// A response an official linked to the party by hand.
    pub linked_response_id: Option<i32>,
    pub invited_at: Option<DateTimeUtc>,
    pub reminded_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
