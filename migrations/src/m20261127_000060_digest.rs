//! The committee digest and the hvidbog: each hearing's digest schedule, one row per digest
//! queued (unique per hearing, kind and period: the exactly-once key), and the
//! administration's remarks ("forvaltningens bemærkninger") on responses and themes.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Hearing {
    Table,
}

#[derive(DeriveIden)]
enum DigestSetting {
    Table,
    HearingId,
    Weekday,
    Hour,
    LeadDays,
    Weekly,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DigestRun {
    Table,
    Id,
    HearingId,
    Kind,
    Period,
    ScheduledFor,
    Cutoff,
    Subject,
    CreatedAt,
}

#[derive(DeriveIden)]
enum HvidbogRemark {
    Table,
    Id,
    HearingId,
    Target,
    TargetId,
    Remark,
    GivesChange,
    UpdatedBy,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(digest_setting()).await?;
        manager.create_table(digest_run()).await?;
        manager.create_table(hvidbog_remark()).await?;
        let once = Index::create()
            .name("digest_run_once")
            .table(DigestRun::Table)
            .col(DigestRun::HearingId)
            .col(DigestRun::Kind)
            .col(DigestRun::Period)
            .unique()
            .to_owned();
        manager.create_index(once).await?;
        let one_remark = Index::create()
            .name("hvidbog_remark_target")
            .table(HvidbogRemark::Table)
            .col(HvidbogRemark::HearingId)
            .col(HvidbogRemark::Target)
            .col(HvidbogRemark::TargetId)
            .unique()
            .to_owned();
        manager.create_index(one_remark).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            HvidbogRemark::Table.into_iden(),
            DigestRun::Table.into_iden(),
            DigestSetting::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

fn digest_setting() -> TableCreateStatement {
    Table::create()
        .table(DigestSetting::Table)
        .col(integer(DigestSetting::HearingId).primary_key())
        .col(integer(DigestSetting::Weekday))
        .col(integer(DigestSetting::Hour))
        .col(integer(DigestSetting::LeadDays))
        .col(boolean(DigestSetting::Weekly).default(true))
        .col(timestamp_with_time_zone(DigestSetting::UpdatedAt))
        .foreign_key(&mut cascade_fk(
            DigestSetting::Table,
            DigestSetting::HearingId,
            Hearing::Table,
        ))
        .to_owned()
}

fn digest_run() -> TableCreateStatement {
    Table::create()
        .table(DigestRun::Table)
        .col(pk_auto(DigestRun::Id))
        .col(integer(DigestRun::HearingId))
        .col(string(DigestRun::Kind))
        .col(string(DigestRun::Period))
        .col(timestamp_with_time_zone(DigestRun::ScheduledFor))
        .col(timestamp_with_time_zone(DigestRun::Cutoff))
        .col(text(DigestRun::Subject))
        .col(timestamp_with_time_zone(DigestRun::CreatedAt))
        .foreign_key(&mut cascade_fk(
            DigestRun::Table,
            DigestRun::HearingId,
            Hearing::Table,
        ))
        .to_owned()
}

fn hvidbog_remark() -> TableCreateStatement {
    Table::create()
        .table(HvidbogRemark::Table)
        .col(pk_auto(HvidbogRemark::Id))
        .col(integer(HvidbogRemark::HearingId))
        .col(string(HvidbogRemark::Target))
        .col(integer(HvidbogRemark::TargetId))
        .col(text(HvidbogRemark::Remark))
        .col(boolean_null(HvidbogRemark::GivesChange))
        .col(integer_null(HvidbogRemark::UpdatedBy))
        .col(timestamp_with_time_zone(HvidbogRemark::UpdatedAt))
        .foreign_key(&mut cascade_fk(
            HvidbogRemark::Table,
            HvidbogRemark::HearingId,
            Hearing::Table,
        ))
        .to_owned()
}
