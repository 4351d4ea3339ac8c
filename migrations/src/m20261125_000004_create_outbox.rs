//! Outbox tables: the search index and outgoing mail are derived from rows written here in
//! the same transaction as the change they follow, so a crash never loses one.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IndexOutbox {
    Table,
    Id,
    Entity,
    EntityId,
    Operation,
    CreatedAt,
    ProcessedAt,
    Attempts,
    LastError,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    Id,
    DedupeKey,
    ToAddr,
    Subject,
    BodyText,
    BodyHtml,
    Status,
    Attempts,
    NextAttemptAt,
    LastError,
    CreatedAt,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IndexOutbox::Table)
                    .col(big_pk_auto(IndexOutbox::Id))
                    .col(string(IndexOutbox::Entity))
                    .col(integer(IndexOutbox::EntityId))
                    .col(string(IndexOutbox::Operation))
                    .col(timestamp_with_time_zone(IndexOutbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(IndexOutbox::ProcessedAt))
                    .col(integer(IndexOutbox::Attempts).default(0))
                    .col(text_null(IndexOutbox::LastError))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_index_outbox_pending")
                    .table(IndexOutbox::Table)
                    .col(IndexOutbox::ProcessedAt)
                    .col(IndexOutbox::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .col(big_pk_auto(MailOutbox::Id))
                    .col(string_null(MailOutbox::DedupeKey).unique_key())
                    .col(string(MailOutbox::ToAddr))
                    .col(string(MailOutbox::Subject))
                    .col(text(MailOutbox::BodyText))
                    .col(text_null(MailOutbox::BodyHtml))
                    .col(string(MailOutbox::Status))
                    .col(integer(MailOutbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(MailOutbox::NextAttemptAt))
                    .col(text_null(MailOutbox::LastError))
                    .col(timestamp_with_time_zone(MailOutbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(MailOutbox::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_mail_outbox_due")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::Status)
                    .col(MailOutbox::NextAttemptAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MailOutbox::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(IndexOutbox::Table).to_owned())
            .await
    }
}
