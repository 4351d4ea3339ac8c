//! The public's words of a theme (`theme.public_json`): terms and quotes made from published
//! text alone, beside the officials' words. Every hearing with themes is queued for a run, so
//! its public words are made once the server starts; until then the public sees no generated
//! theme labels.

use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Theme {
    Table,
    PublicJson,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Theme::Table)
                    .add_column(text_null(Theme::PublicJson))
                    .to_owned(),
            )
            .await?;
        let backend = manager.get_database_backend();
        // Written as sea-orm writes times on each backend (RFC 3339 text on SQLite).
        let now = match backend {
            DatabaseBackend::Sqlite => "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')",
            _ => "CURRENT_TIMESTAMP",
        };
        let sql = format!(
            "INSERT INTO theme_outbox (hearing_id, reason, created_at, attempts) \
             SELECT DISTINCT hearing_id, 'requested', {now}, 0 FROM theme \
             WHERE retired_at IS NULL"
        );
        manager
            .get_connection()
            .execute_raw(Statement::from_string(backend, sql))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Theme::Table)
                    .drop_column(Theme::PublicJson)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
