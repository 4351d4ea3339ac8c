//! Hearings and their timetable (milestones).

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub(crate) enum Hearing {
    Table,
    Id,
    Slug,
    JournalNumber,
    Title,
    Summary,
    Committee,
    Status,
    PublicationPolicy,
    OpensAt,
    ClosesAt,
    TimeZone,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Milestone {
    Table,
    Id,
    HearingId,
    Date,
    Label,
    Kind,
    Position,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Hearing::Table)
                    .col(pk_auto(Hearing::Id))
                    .col(string_uniq(Hearing::Slug))
                    .col(string(Hearing::JournalNumber))
                    .col(string(Hearing::Title))
                    .col(text(Hearing::Summary))
                    .col(string(Hearing::Committee))
                    .col(string(Hearing::Status))
                    .col(string(Hearing::PublicationPolicy))
                    .col(timestamp_with_time_zone(Hearing::OpensAt))
                    .col(timestamp_with_time_zone(Hearing::ClosesAt))
                    .col(string(Hearing::TimeZone))
                    .col(timestamp_with_time_zone(Hearing::CreatedAt))
                    .col(timestamp_with_time_zone(Hearing::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Milestone::Table)
                    .col(pk_auto(Milestone::Id))
                    .col(integer(Milestone::HearingId))
                    .col(date(Milestone::Date))
                    .col(string(Milestone::Label))
                    .col(string(Milestone::Kind))
                    .col(integer(Milestone::Position))
                    .foreign_key(&mut cascade_fk(
                        Milestone::Table,
                        Milestone::HearingId,
                        Hearing::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_milestone_hearing")
                    .table(Milestone::Table)
                    .col(Milestone::HearingId)
                    .col(Milestone::Position)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Milestone::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Hearing::Table).to_owned())
            .await
    }
}
