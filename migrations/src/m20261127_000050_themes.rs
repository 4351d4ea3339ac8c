//! Themes and campaigns: what the clustering derived from the responses (labels, quotes,
//! memberships), what officials decided about it (names, pins, merges, splits, moves), and the
//! outbox that tells the theme worker a hearing's responses changed.

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
enum Theme {
    Table,
    Id,
    HearingId,
    Label,
    TermsJson,
    QuotesJson,
    Name,
    Pinned,
    Kept,
    Merged,
    MergedIntoId,
    CreatedAt,
    UpdatedAt,
    RetiredAt,
}

#[derive(DeriveIden)]
enum ThemeMember {
    Table,
    Id,
    ThemeId,
    ResponseId,
    HearingId,
    Manual,
    AssignedAt,
}

#[derive(DeriveIden)]
enum Campaign {
    Table,
    Id,
    HearingId,
    RepresentativeId,
    Signers,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CampaignMember {
    Table,
    Id,
    CampaignId,
    ResponseId,
    HearingId,
    Similarity,
    Additions,
}

#[derive(DeriveIden)]
enum ThemeOutbox {
    Table,
    Id,
    HearingId,
    Reason,
    CreatedAt,
    ProcessedAt,
    Attempts,
    LastError,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(theme()).await?;
        manager.create_table(theme_member()).await?;
        manager.create_table(campaign()).await?;
        manager.create_table(campaign_member()).await?;
        manager.create_table(theme_outbox()).await?;
        for (name, table, column) in [
            (
                "theme_hearing",
                Theme::Table.into_iden(),
                Theme::HearingId.into_iden(),
            ),
            (
                "theme_member_theme",
                ThemeMember::Table.into_iden(),
                ThemeMember::ThemeId.into_iden(),
            ),
            (
                "theme_member_hearing",
                ThemeMember::Table.into_iden(),
                ThemeMember::HearingId.into_iden(),
            ),
            (
                "campaign_member_hearing",
                CampaignMember::Table.into_iden(),
                CampaignMember::HearingId.into_iden(),
            ),
            (
                "theme_outbox_pending",
                ThemeOutbox::Table.into_iden(),
                ThemeOutbox::ProcessedAt.into_iden(),
            ),
        ] {
            let index = Index::create()
                .name(name)
                .table(table)
                .col(column)
                .to_owned();
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ThemeOutbox::Table.into_iden(),
            CampaignMember::Table.into_iden(),
            Campaign::Table.into_iden(),
            ThemeMember::Table.into_iden(),
            Theme::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

fn theme() -> TableCreateStatement {
    Table::create()
        .table(Theme::Table)
        .col(pk_auto(Theme::Id))
        .col(integer(Theme::HearingId))
        .col(text(Theme::Label))
        .col(text(Theme::TermsJson))
        .col(text(Theme::QuotesJson))
        .col(text_null(Theme::Name))
        .col(boolean(Theme::Pinned).default(false))
        .col(boolean(Theme::Kept).default(false))
        .col(boolean(Theme::Merged).default(false))
        .col(integer_null(Theme::MergedIntoId))
        .col(timestamp_with_time_zone(Theme::CreatedAt))
        .col(timestamp_with_time_zone(Theme::UpdatedAt))
        .col(timestamp_with_time_zone_null(Theme::RetiredAt))
        .foreign_key(&mut cascade_fk(
            Theme::Table,
            Theme::HearingId,
            Hearing::Table,
        ))
        .to_owned()
}

fn theme_member() -> TableCreateStatement {
    Table::create()
        .table(ThemeMember::Table)
        .col(pk_auto(ThemeMember::Id))
        .col(integer(ThemeMember::ThemeId))
        .col(integer_uniq(ThemeMember::ResponseId))
        .col(integer(ThemeMember::HearingId))
        .col(boolean(ThemeMember::Manual).default(false))
        .col(timestamp_with_time_zone(ThemeMember::AssignedAt))
        .foreign_key(&mut cascade_fk(
            ThemeMember::Table,
            ThemeMember::ThemeId,
            Theme::Table,
        ))
        .foreign_key(&mut cascade_fk(
            ThemeMember::Table,
            ThemeMember::ResponseId,
            Response::Table,
        ))
        .to_owned()
}

fn campaign() -> TableCreateStatement {
    Table::create()
        .table(Campaign::Table)
        .col(pk_auto(Campaign::Id))
        .col(integer(Campaign::HearingId))
        .col(integer(Campaign::RepresentativeId))
        .col(integer(Campaign::Signers))
        .col(timestamp_with_time_zone(Campaign::CreatedAt))
        .col(timestamp_with_time_zone(Campaign::UpdatedAt))
        .foreign_key(&mut cascade_fk(
            Campaign::Table,
            Campaign::HearingId,
            Hearing::Table,
        ))
        .to_owned()
}

fn campaign_member() -> TableCreateStatement {
    Table::create()
        .table(CampaignMember::Table)
        .col(pk_auto(CampaignMember::Id))
        .col(integer(CampaignMember::CampaignId))
        .col(integer_uniq(CampaignMember::ResponseId))
        .col(integer(CampaignMember::HearingId))
        .col(double(CampaignMember::Similarity))
        .col(text(CampaignMember::Additions))
        .foreign_key(&mut cascade_fk(
            CampaignMember::Table,
            CampaignMember::CampaignId,
            Campaign::Table,
        ))
        .foreign_key(&mut cascade_fk(
            CampaignMember::Table,
            CampaignMember::ResponseId,
            Response::Table,
        ))
        .to_owned()
}

fn theme_outbox() -> TableCreateStatement {
    Table::create()
        .table(ThemeOutbox::Table)
        .col(big_pk_auto(ThemeOutbox::Id))
        .col(integer(ThemeOutbox::HearingId))
        .col(string(ThemeOutbox::Reason))
        .col(timestamp_with_time_zone(ThemeOutbox::CreatedAt))
        .col(timestamp_with_time_zone_null(ThemeOutbox::ProcessedAt))
        .col(integer(ThemeOutbox::Attempts).default(0))
        .col(text_null(ThemeOutbox::LastError))
        .foreign_key(&mut cascade_fk(
            ThemeOutbox::Table,
            ThemeOutbox::HearingId,
            Hearing::Table,
        ))
        .to_owned()
}
