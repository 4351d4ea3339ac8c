//! A theme of a hearing's responses: what the clustering found (label, terms, quotes) and what
//! officials decided about it (name, pin, merge, split).

use sea_orm::entity::prelude::*;

/// One row of `theme`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "theme")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hearing_id: i32,
    /// The generated label: its distinctive terms joined (officials' words: every confirmed
    /// response's text as sent).
    #[sea_orm(column_type = "Text")]
    pub label: String,
    /// The distinctive terms, readable, as a JSON array of strings.
    #[sea_orm(column_type = "Text")]
    pub terms_json: String,
    /// Candidate quotes, best first, as JSON (`[{"response_id", "sentence"}]`).
    #[sea_orm(column_type = "Text")]
    pub quotes_json: String,
    /// What the public may read of it: terms and quotes made from published text alone, with
    /// their sources (`themes::public_words::PublicWords` as JSON); `None` until a run made them.
    #[sea_orm(column_type = "Text", nullable)]
    pub public_json: Option<String>,
    /// The name an official gave it; shown instead of the label.
    #[sea_orm(column_type = "Text", nullable)]
    pub name: Option<String>,
    /// Re-clustering never changes a pinned theme.
    pub pinned: bool,
    /// Its members stay in it when re-clustered (it came from a merge or a split).
    pub kept: bool,
    /// Another theme was merged into it: several clusters may map onto it.
    pub merged: bool,
    /// The theme it was merged into, once retired that way.
    pub merged_into_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// When re-clustering (or a merge) retired it; retired themes have no members.
    pub retired_at: Option<DateTimeUtc>,
}

impl Model {
    /// What people see: the official's name, else the generated label.
    pub fn title(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.label)
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
