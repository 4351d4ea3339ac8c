//! The draft document: versions, sections, paragraphs (with stable anchors) and annexes.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;
use crate::m20261125_000001_create_hearing::Hearing;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub(crate) enum DraftVersion {
    Table,
    Id,
    HearingId,
    VersionNo,
    Title,
    SourceMarkdown,
    SourceSha256,
    ImportedAt,
}

#[derive(DeriveIden)]
pub(crate) enum Section {
    Table,
    Id,
    DraftVersionId,
    Anchor,
    Number,
    Heading,
    Level,
    Position,
}

#[derive(DeriveIden)]
enum Paragraph {
    Table,
    Id,
    DraftVersionId,
    SectionId,
    Anchor,
    Number,
    Position,
    Kind,
    Body,
    ListStart,
    ContentSha256,
}

#[derive(DeriveIden)]
enum Annex {
    Table,
    Id,
    HearingId,
    Number,
    Title,
    Description,
    Url,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DraftVersion::Table)
                    .col(pk_auto(DraftVersion::Id))
                    .col(integer(DraftVersion::HearingId))
                    .col(integer(DraftVersion::VersionNo))
                    .col(string(DraftVersion::Title))
                    .col(text(DraftVersion::SourceMarkdown))
                    .col(string(DraftVersion::SourceSha256))
                    .col(timestamp_with_time_zone(DraftVersion::ImportedAt))
                    .foreign_key(&mut cascade_fk(
                        DraftVersion::Table,
                        DraftVersion::HearingId,
                        Hearing::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_draft_version_hearing_no")
                    .table(DraftVersion::Table)
                    .col(DraftVersion::HearingId)
                    .col(DraftVersion::VersionNo)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Section::Table)
                    .col(pk_auto(Section::Id))
                    .col(integer(Section::DraftVersionId))
                    .col(string(Section::Anchor))
                    .col(string(Section::Number))
                    .col(string(Section::Heading))
                    .col(integer(Section::Level))
                    .col(integer(Section::Position))
                    .foreign_key(&mut cascade_fk(
                        Section::Table,
                        Section::DraftVersionId,
                        DraftVersion::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_section_version_anchor")
                    .table(Section::Table)
                    .col(Section::DraftVersionId)
                    .col(Section::Anchor)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Paragraph::Table)
                    .col(pk_auto(Paragraph::Id))
                    .col(integer(Paragraph::DraftVersionId))
                    .col(integer(Paragraph::SectionId))
                    .col(string(Paragraph::Anchor))
                    .col(string(Paragraph::Number))
                    .col(integer(Paragraph::Position))
                    .col(string(Paragraph::Kind))
                    .col(text(Paragraph::Body))
                    .col(integer_null(Paragraph::ListStart))
                    .col(string(Paragraph::ContentSha256))
                    .foreign_key(&mut cascade_fk(
                        Paragraph::Table,
                        Paragraph::DraftVersionId,
                        DraftVersion::Table,
                    ))
                    .foreign_key(&mut cascade_fk(
                        Paragraph::Table,
                        Paragraph::SectionId,
                        Section::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_paragraph_version_anchor")
                    .table(Paragraph::Table)
                    .col(Paragraph::DraftVersionId)
                    .col(Paragraph::Anchor)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Annex::Table)
                    .col(pk_auto(Annex::Id))
                    .col(integer(Annex::HearingId))
                    .col(integer(Annex::Number))
                    .col(string(Annex::Title))
                    .col(text(Annex::Description))
                    .col(string_null(Annex::Url))
                    .foreign_key(&mut cascade_fk(
                        Annex::Table,
                        Annex::HearingId,
                        Hearing::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_annex_hearing_number")
                    .table(Annex::Table)
                    .col(Annex::HearingId)
                    .col(Annex::Number)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Annex::Table.into_iden(),
            Paragraph::Table.into_iden(),
            Section::Table.into_iden(),
            DraftVersion::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
