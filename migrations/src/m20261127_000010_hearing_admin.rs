//! Hearing administration: the people who get the committee digest of a hearing.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Hearing {
    Table,
}

#[derive(DeriveIden)]
enum DigestRecipient {
    Table,
    Id,
    HearingId,
    Name,
    Email,
    Position,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DigestRecipient::Table)
                    .col(pk_auto(DigestRecipient::Id))
                    .col(integer(DigestRecipient::HearingId))
                    .col(string(DigestRecipient::Name))
                    .col(string(DigestRecipient::Email))
                    .col(integer(DigestRecipient::Position))
                    .foreign_key(&mut cascade_fk(
                        DigestRecipient::Table,
                        DigestRecipient::HearingId,
                        Hearing::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("digest_recipient_hearing_email")
                    .table(DigestRecipient::Table)
                    .col(DigestRecipient::HearingId)
                    .col(DigestRecipient::Email)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DigestRecipient::Table).to_owned())
            .await
    }
}
