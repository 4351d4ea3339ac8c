//! An official's release of a file whose text could not be checked for personal data (or
//! that seems to hold a CPR number): when, and by whom. Until then such a file is not public.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachment {
    Table,
    ReleasedAt,
    ReleasedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for mut column in [
            timestamp_with_time_zone_null(Attachment::ReleasedAt),
            integer_null(Attachment::ReleasedBy),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Attachment::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Attachment::ReleasedBy, Attachment::ReleasedAt] {
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
