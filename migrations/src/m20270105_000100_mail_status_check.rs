//! `mail_outbox.status` became a typed vocabulary (`app::vocab::MailStatus`) after the first
//! vocabulary check: an upgrade stops, as there, when a row holds a status outside the set,
//! naming it, and changes nothing.

use sea_orm_migration::prelude::*;

use crate::m20270104_000100_vocabulary_check::check;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The set as it stood when this migration was written.
const SETS: &[(&str, &str, &[&str])] = &[("mail_outbox", "status", &["pending", "sent", "failed"])];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        check(manager.get_connection(), SETS).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
