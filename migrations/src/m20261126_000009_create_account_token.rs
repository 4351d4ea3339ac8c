//! One-time links for officials: sign-in by e-mail link.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Account {
    Table,
}

#[derive(DeriveIden)]
enum AccountToken {
    Table,
    Id,
    AccountId,
    Purpose,
    TokenSha256,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AccountToken::Table)
                    .col(pk_auto(AccountToken::Id))
                    .col(integer(AccountToken::AccountId))
                    .col(string(AccountToken::Purpose))
                    .col(string_uniq(AccountToken::TokenSha256))
                    .col(timestamp_with_time_zone(AccountToken::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountToken::UsedAt))
                    .col(timestamp_with_time_zone(AccountToken::CreatedAt))
                    .foreign_key(&mut cascade_fk(
                        AccountToken::Table,
                        AccountToken::AccountId,
                        Account::Table,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AccountToken::Table).to_owned())
            .await
    }
}
