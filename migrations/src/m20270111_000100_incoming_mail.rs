//! E-mailed høringssvar taken straight into a hearing (issue 24): one row per message the
//! administration's mailbox handed to `ordet ingest-mail`. Its key (the `Message-ID`, else
//! the SHA-256 of the whole message) is unique per hearing, so a message delivered twice is
//! registered once. A message that could not be read as a response is kept whole in the file
//! store (`sha256`) with the reason (`problem`) until an official has dealt with it
//! (`resolved_at`, `resolved_by`); a registered one points at its response instead.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;
use crate::m20261125_000001_create_hearing::Hearing;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IncomingMail {
    Table,
    Id,
    HearingId,
    MessageKey,
    ResponseId,
    Sha256,
    SizeBytes,
    Sender,
    Subject,
    Problem,
    ReceivedAt,
    ResolvedAt,
    ResolvedBy,
}

#[derive(DeriveIden)]
enum Response {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(IncomingMail::Table)
            .col(pk_auto(IncomingMail::Id))
            .col(integer(IncomingMail::HearingId))
            .col(string(IncomingMail::MessageKey))
            .col(integer_null(IncomingMail::ResponseId))
            .col(string_null(IncomingMail::Sha256))
            .col(big_integer(IncomingMail::SizeBytes))
            .col(text_null(IncomingMail::Sender))
            .col(text_null(IncomingMail::Subject))
            .col(text_null(IncomingMail::Problem))
            .col(timestamp_with_time_zone(IncomingMail::ReceivedAt))
            .col(timestamp_with_time_zone_null(IncomingMail::ResolvedAt))
            .col(integer_null(IncomingMail::ResolvedBy))
            .foreign_key(&mut cascade_fk(
                IncomingMail::Table,
                IncomingMail::HearingId,
                Hearing::Table,
            ))
            .foreign_key(
                ForeignKey::create()
                    .from(IncomingMail::Table, IncomingMail::ResponseId)
                    .to(Response::Table, Response::Id)
                    .on_delete(ForeignKeyAction::SetNull),
            )
            .to_owned();
        manager.create_table(table).await?;
        manager
            .create_index(
                Index::create()
                    .name("incoming_mail_message_key")
                    .table(IncomingMail::Table)
                    .col(IncomingMail::HearingId)
                    .col(IncomingMail::MessageKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IncomingMail::Table).to_owned())
            .await
    }
}
