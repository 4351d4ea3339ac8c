//! Secrets every server process on this database shares (the key that signs the response
//! form's render time). The value is made by the first process that needs it, not here: a
//! migration's text is public, and the row is inserted once by name, so every process reads
//! the same one.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ServerSecret {
    Table,
    Name,
    Value,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(ServerSecret::Table)
            .col(string_len(ServerSecret::Name, 64).primary_key())
            .col(string_len(ServerSecret::Value, 128))
            .col(timestamp_with_time_zone(ServerSecret::CreatedAt))
            .to_owned();
        manager.create_table(table).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ServerSecret::Table).to_owned())
            .await
    }
}
