//! The audit log found by the row it is about: a row's history (`audit::of_entity`), an
//! author's change looking for the last decision, and an erasure emptying the respondent's
//! words in the entries about the erased responses all ask for `(entity, entity_id)`; without
//! an index each asked the whole log, and a hearing's retention asks once per 500 responses.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Entity,
    EntityId,
}

const NAME: &str = "idx_audit_log_entity";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(NAME)
                    .table(AuditLog::Table)
                    .col(AuditLog::Entity)
                    .col(AuditLog::EntityId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(NAME).table(AuditLog::Table).to_owned())
            .await
    }
}
