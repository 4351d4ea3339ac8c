//! The høringsliste: the parties a hearing is sent to, and each hearing's reminder setting.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Hearing {
    Table,
}

#[derive(DeriveIden)]
enum Response {
    Table,
}

#[derive(DeriveIden)]
enum ConsultedParty {
    Table,
    Id,
    HearingId,
    Name,
    NameKey,
    Kind,
    Email,
    Cvr,
    ContactPerson,
    Deadline,
    AnsweredOverride,
    LinkedResponseId,
    InvitedAt,
    RemindedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PartyReminder {
    Table,
    HearingId,
    DaysBefore,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConsultedParty::Table)
                    .col(pk_auto(ConsultedParty::Id))
                    .col(integer(ConsultedParty::HearingId))
                    .col(string(ConsultedParty::Name))
                    .col(string(ConsultedParty::NameKey))
                    .col(string(ConsultedParty::Kind))
                    .col(string(ConsultedParty::Email))
                    .col(string_null(ConsultedParty::Cvr))
                    .col(string_null(ConsultedParty::ContactPerson))
                    .col(timestamp_with_time_zone_null(ConsultedParty::Deadline))
                    .col(string_null(ConsultedParty::AnsweredOverride))
                    .col(integer_null(ConsultedParty::LinkedResponseId))
                    .col(timestamp_with_time_zone_null(ConsultedParty::InvitedAt))
                    .col(timestamp_with_time_zone_null(ConsultedParty::RemindedAt))
                    .col(timestamp_with_time_zone(ConsultedParty::CreatedAt))
                    .col(timestamp_with_time_zone(ConsultedParty::UpdatedAt))
                    .foreign_key(&mut cascade_fk(
                        ConsultedParty::Table,
                        ConsultedParty::HearingId,
                        Hearing::Table,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConsultedParty::Table, ConsultedParty::LinkedResponseId)
                            .to(Response::Table, Alias::new("id"))
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consulted_party_name")
                    .table(ConsultedParty::Table)
                    .col(ConsultedParty::HearingId)
                    .col(ConsultedParty::NameKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PartyReminder::Table)
                    .col(integer(PartyReminder::HearingId).primary_key())
                    .col(integer(PartyReminder::DaysBefore))
                    .col(timestamp_with_time_zone(PartyReminder::UpdatedAt))
                    .foreign_key(&mut cascade_fk(
                        PartyReminder::Table,
                        PartyReminder::HearingId,
                        Hearing::Table,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PartyReminder::Table.into_iden(),
            ConsultedParty::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
