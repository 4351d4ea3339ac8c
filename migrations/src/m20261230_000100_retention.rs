//! Personal data over its whole life (issue 18): what an official keeps as part of the case
//! file, when a hearing was decided and how long its personal data is kept after that, what
//! has been erased, which response a mail concerns, and the stored files no row holds any
//! more (deleted from the attachment store after the erasing transaction commits).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachment {
    Table,
    CaseFile,
}

#[derive(DeriveIden)]
enum Response {
    Table,
    PersonalDataErasedAt,
}

#[derive(DeriveIden)]
enum Hearing {
    Table,
    RetentionMonths,
    DecidedAt,
    PersonalDataErasedAt,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    ResponseId,
}

#[derive(DeriveIden)]
enum BlobOrphan {
    Table,
    Id,
    Sha256,
    QueuedAt,
}

/// Hearings already decided: the last status change to `decided` in the audit log, else the
/// row's last change.
const BACKFILL_DECIDED_AT: &str = r#"UPDATE hearing SET decided_at = COALESCE(
    (SELECT MAX(a.at) FROM audit_log a
      WHERE a.entity = 'hearing' AND a.entity_id = hearing.id
        AND a.action = 'hearing.status' AND a.after_json LIKE '%"status":"decided"%'),
    updated_at)
  WHERE status = 'decided'"#;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        let columns: Vec<(DynIden, ColumnDef)> = vec![
            (
                Attachment::Table.into_iden(),
                boolean(Attachment::CaseFile).default(false).to_owned(),
            ),
            (
                Response::Table.into_iden(),
                timestamp_with_time_zone_null(Response::PersonalDataErasedAt),
            ),
            (
                Hearing::Table.into_iden(),
                integer_null(Hearing::RetentionMonths),
            ),
            (
                Hearing::Table.into_iden(),
                timestamp_with_time_zone_null(Hearing::DecidedAt),
            ),
            (
                Hearing::Table.into_iden(),
                timestamp_with_time_zone_null(Hearing::PersonalDataErasedAt),
            ),
            (
                MailOutbox::Table.into_iden(),
                integer_null(MailOutbox::ResponseId),
            ),
        ];
        for (table, mut column) in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("mail_outbox_response")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::ResponseId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BlobOrphan::Table)
                    .col(big_pk_auto(BlobOrphan::Id))
                    .col(string(BlobOrphan::Sha256))
                    .col(timestamp_with_time_zone(BlobOrphan::QueuedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(BACKFILL_DECIDED_AT)
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BlobOrphan::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("mail_outbox_response")
                    .table(MailOutbox::Table)
                    .to_owned(),
            )
            .await?;
        let columns: Vec<(DynIden, DynIden)> = vec![
            (
                MailOutbox::Table.into_iden(),
                MailOutbox::ResponseId.into_iden(),
            ),
            (
                Hearing::Table.into_iden(),
                Hearing::PersonalDataErasedAt.into_iden(),
            ),
            (Hearing::Table.into_iden(), Hearing::DecidedAt.into_iden()),
            (
                Hearing::Table.into_iden(),
                Hearing::RetentionMonths.into_iden(),
            ),
            (
                Response::Table.into_iden(),
                Response::PersonalDataErasedAt.into_iden(),
            ),
            (
                Attachment::Table.into_iden(),
                Attachment::CaseFile.into_iden(),
            ),
        ];
        for (table, column) in columns {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
