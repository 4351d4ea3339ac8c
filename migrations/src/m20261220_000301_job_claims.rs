//! Background jobs shared by several server processes on one database: named leases for the
//! jobs one process at a time should run (`lease`), and who holds a claim on an attachment
//! waiting for text extraction and on a mail being sent, so a stopping process hands back
//! exactly its own and a dead process's claim runs out.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Lease {
    Table,
    Name,
    Holder,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Attachment {
    Table,
    ClaimedBy,
    ClaimedUntil,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    ClaimedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(Lease::Table)
            .col(string_len(Lease::Name, 128).primary_key())
            .col(string_len(Lease::Holder, 128))
            .col(timestamp_with_time_zone(Lease::ExpiresAt))
            .to_owned();
        manager.create_table(table).await?;
        // SQLite adds one column per ALTER TABLE.
        for mut column in [
            string_len_null(Attachment::ClaimedBy, 128),
            timestamp_with_time_zone_null(Attachment::ClaimedUntil),
        ] {
            let alter = Table::alter()
                .table(Attachment::Table)
                .add_column(&mut column)
                .to_owned();
            manager.alter_table(alter).await?;
        }
        let alter = Table::alter()
            .table(MailOutbox::Table)
            .add_column(string_len_null(MailOutbox::ClaimedBy, 128))
            .to_owned();
        manager.alter_table(alter).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let alter = Table::alter()
            .table(MailOutbox::Table)
            .drop_column(MailOutbox::ClaimedBy)
            .to_owned();
        manager.alter_table(alter).await?;
        for column in [Attachment::ClaimedUntil, Attachment::ClaimedBy] {
            let alter = Table::alter()
                .table(Attachment::Table)
                .drop_column(column)
                .to_owned();
            manager.alter_table(alter).await?;
        }
        manager
            .drop_table(Table::drop().table(Lease::Table).to_owned())
            .await
    }
}
