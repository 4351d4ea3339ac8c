//! How far the index outbox has been pruned. Every process follows the outbox with its own
//! cursor; a process whose cursor is below the pruned ids may have missed rows and must
//! rebuild its index from the tables. One row (id 1), raised by every prune, never lowered.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IndexOutboxPruned {
    Table,
    Id,
    ThroughId,
    PrunedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(IndexOutboxPruned::Table)
            .col(integer(IndexOutboxPruned::Id).primary_key())
            .col(big_integer(IndexOutboxPruned::ThroughId))
            .col(timestamp_with_time_zone(IndexOutboxPruned::PrunedAt))
            .to_owned();
        manager.create_table(table).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IndexOutboxPruned::Table).to_owned())
            .await
    }
}
