//! Rate-limit buckets in the database, shared by every server process: one row per bucket
//! (an HMAC of the action and the network or e-mail address, never the address itself) with
//! its theoretical arrival time in milliseconds (GCRA). A check is one upsert; rows whose
//! time has passed are full buckets again and are deleted now and then (the index on `tat`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimit {
    Table,
    Bucket,
    Tat,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(RateLimit::Table)
            .col(string_len(RateLimit::Bucket, 64).primary_key())
            .col(big_integer(RateLimit::Tat))
            .to_owned();
        manager.create_table(table).await?;
        let index = Index::create()
            .name("idx_rate_limit_tat")
            .table(RateLimit::Table)
            .col(RateLimit::Tat)
            .to_owned();
        manager.create_index(index).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RateLimit::Table).to_owned())
            .await
    }
}
