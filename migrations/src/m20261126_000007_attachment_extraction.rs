//! What the text-extraction job needs: why a file could not be read, how often it was tried
//! (a file whose extraction keeps dying is given up), an index to find waiting files and
//! shared content; and the language the respondent used the site in, for later e-mails.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachment {
    Table,
    ExtractionState,
    ExtractionNote,
    ExtractionAttempts,
    Sha256,
}

#[derive(DeriveIden)]
enum Response {
    Table,
    Locale,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            string_null(Attachment::ExtractionNote),
            integer(Attachment::ExtractionAttempts)
                .default(0)
                .to_owned(),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Attachment::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .add_column(string(Response::Locale).default("da"))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_attachment_state", Attachment::ExtractionState),
            ("idx_attachment_sha256", Attachment::Sha256),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Attachment::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["idx_attachment_state", "idx_attachment_sha256"] {
            manager
                .drop_index(Index::drop().name(name).table(Attachment::Table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .drop_column(Response::Locale)
                    .to_owned(),
            )
            .await?;
        for column in [Attachment::ExtractionNote, Attachment::ExtractionAttempts] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Attachment::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
