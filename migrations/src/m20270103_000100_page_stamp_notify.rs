//! PostgreSQL tells every Ordet process when a hearing's `public_stamp` moved (issue 19), so a
//! process can trust the stamp it read last instead of asking on every request for a kept
//! page (`server::page_cache`): a statement trigger on `public_stamp` sends a notification on
//! [`PAGE_STAMP_CHANNEL`], which PostgreSQL delivers when the transaction commits (several in
//! one transaction arrive as one). SQLite has no notifications; its processes watch
//! `PRAGMA data_version` instead, and this migration does nothing there.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

/// The channel the notification is sent on (`LISTEN ordet_page_stamp`).
pub const PAGE_STAMP_CHANNEL: &str = "ordet_page_stamp";

#[derive(DeriveMigrationName)]
pub struct Migration;

fn up_sql() -> Vec<String> {
    vec![
        format!(
            "CREATE FUNCTION ordet_page_stamp_notify() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN PERFORM pg_notify('{PAGE_STAMP_CHANNEL}', ''); RETURN NULL; END $$"
        ),
        "CREATE TRIGGER public_stamp_notify AFTER INSERT OR UPDATE OR DELETE ON public_stamp \
         FOR EACH STATEMENT EXECUTE FUNCTION ordet_page_stamp_notify()"
            .to_owned(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        crate::run_sql(manager, &up_sql()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let statements = [
            "DROP TRIGGER public_stamp_notify ON public_stamp".to_owned(),
            "DROP FUNCTION ordet_page_stamp_notify()".to_owned(),
        ];
        crate::run_sql(manager, &statements).await
    }
}
