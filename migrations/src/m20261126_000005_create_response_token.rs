//! One-time links sent by e-mail (verify a response, later: manage it), stored hashed.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ResponseToken {
    Table,
    Id,
    ResponseId,
    Purpose,
    TokenSha256,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Response {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ResponseToken::Table)
                    .col(pk_auto(ResponseToken::Id))
                    .col(integer(ResponseToken::ResponseId))
                    .col(string(ResponseToken::Purpose))
                    .col(string_uniq(ResponseToken::TokenSha256))
                    .col(timestamp_with_time_zone(ResponseToken::ExpiresAt))
                    .col(timestamp_with_time_zone_null(ResponseToken::UsedAt))
                    .col(timestamp_with_time_zone(ResponseToken::CreatedAt))
                    .foreign_key(&mut cascade_fk(
                        ResponseToken::Table,
                        ResponseToken::ResponseId,
                        Response::Table,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ResponseToken::Table).to_owned())
            .await
    }
}
