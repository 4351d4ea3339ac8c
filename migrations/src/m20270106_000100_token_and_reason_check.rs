//! The three tokens' purposes and the theme outbox's reason became typed vocabularies
//! (`app::vocab::AccountTokenPurpose`, `ResponseTokenPurpose`, `RightsTokenPurpose`,
//! `ThemeReason`): an upgrade stops, as the first vocabulary check does, when a row holds a
//! value outside its set, naming it, and changes nothing.

use sea_orm_migration::prelude::*;

use crate::m20270104_000100_vocabulary_check::check;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The sets as they stood when this migration was written.
const SETS: &[(&str, &str, &[&str])] = &[
    ("account_token", "purpose", &["login", "reset"]),
    ("response_token", "purpose", &["verify", "manage"]),
    ("rights_token", "purpose", &["link", "grant"]),
    ("theme_outbox", "reason", &["indexed", "requested"]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        check(manager.get_connection(), SETS).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
