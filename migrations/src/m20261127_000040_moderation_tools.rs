//! Officials' tools on a response: the published text after redaction (the original `body`
//! stays for the record), a mark as duplicate of another response, internal notes and tags.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Response {
    Table,
    PublicBody,
    DuplicateOfId,
}

#[derive(DeriveIden)]
enum ResponseNote {
    Table,
    Id,
    ResponseId,
    AccountId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ResponseTag {
    Table,
    Id,
    ResponseId,
    Tag,
    AccountId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            text_null(Response::PublicBody),
            integer_null(Response::DuplicateOfId),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Response::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ResponseNote::Table)
                    .col(pk_auto(ResponseNote::Id))
                    .col(integer(ResponseNote::ResponseId))
                    .col(integer(ResponseNote::AccountId))
                    .col(text(ResponseNote::Body))
                    .col(timestamp_with_time_zone(ResponseNote::CreatedAt))
                    .foreign_key(&mut cascade_fk(
                        ResponseNote::Table,
                        ResponseNote::ResponseId,
                        Response::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ResponseTag::Table)
                    .col(pk_auto(ResponseTag::Id))
                    .col(integer(ResponseTag::ResponseId))
                    .col(string(ResponseTag::Tag))
                    .col(integer(ResponseTag::AccountId))
                    .col(timestamp_with_time_zone(ResponseTag::CreatedAt))
                    .foreign_key(&mut cascade_fk(
                        ResponseTag::Table,
                        ResponseTag::ResponseId,
                        Response::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("response_tag_once")
                    .table(ResponseTag::Table)
                    .col(ResponseTag::ResponseId)
                    .col(ResponseTag::Tag)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // The inbox's tag filter, the duplicate checks and a response's notes look these up.
        for (name, table, column) in [
            (
                "response_tag_tag",
                ResponseTag::Table.into_iden(),
                ResponseTag::Tag.into_iden(),
            ),
            (
                "response_note_response",
                ResponseNote::Table.into_iden(),
                ResponseNote::ResponseId.into_iden(),
            ),
            (
                "response_duplicate_of",
                Response::Table.into_iden(),
                Response::DuplicateOfId.into_iden(),
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("response_duplicate_of")
                    .table(Response::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ResponseTag::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ResponseNote::Table).to_owned())
            .await?;
        for column in [Response::DuplicateOfId, Response::PublicBody] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Response::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
