//! Respondents, their responses (høringssvar) and attached files.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;
use crate::m20261125_000001_create_hearing::Hearing;
use crate::m20261125_000002_create_draft::{DraftVersion, Section};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Respondent {
    Table,
    Id,
    Kind,
    Name,
    Organisation,
    ContactRole,
    Cvr,
    Email,
    PostalCode,
    PublishName,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Response {
    Table,
    Id,
    HearingId,
    RespondentId,
    Seq,
    Svarnummer,
    DraftVersionId,
    SectionId,
    ParagraphId,
    Stance,
    Body,
    Language,
    Channel,
    Status,
    SubmittedAt,
    VerifiedAt,
    PublishedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Paragraph {
    Table,
}

#[derive(DeriveIden)]
enum Attachment {
    Table,
    Id,
    ResponseId,
    Filename,
    ContentType,
    SizeBytes,
    Sha256,
    ExtractionState,
    ExtractedText,
    CreatedAt,
}

fn optional_fk(
    table: impl IntoIden,
    column: impl IntoIden,
    target: impl IntoIden,
) -> ForeignKeyCreateStatement {
    cascade_fk(table, column, target)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Respondent::Table)
                    .col(pk_auto(Respondent::Id))
                    .col(string(Respondent::Kind))
                    .col(string(Respondent::Name))
                    .col(string_null(Respondent::Organisation))
                    .col(string_null(Respondent::ContactRole))
                    .col(string_null(Respondent::Cvr))
                    .col(string(Respondent::Email))
                    .col(string_null(Respondent::PostalCode))
                    .col(boolean(Respondent::PublishName))
                    .col(timestamp_with_time_zone(Respondent::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Response::Table)
                    .col(pk_auto(Response::Id))
                    .col(integer(Response::HearingId))
                    .col(integer(Response::RespondentId))
                    .col(integer(Response::Seq))
                    .col(string_uniq(Response::Svarnummer))
                    .col(integer_null(Response::DraftVersionId))
                    .col(integer_null(Response::SectionId))
                    .col(integer_null(Response::ParagraphId))
                    .col(string(Response::Stance))
                    .col(text(Response::Body))
                    .col(string_null(Response::Language))
                    .col(string(Response::Channel))
                    .col(string(Response::Status))
                    .col(timestamp_with_time_zone(Response::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Response::VerifiedAt))
                    .col(timestamp_with_time_zone_null(Response::PublishedAt))
                    .col(timestamp_with_time_zone(Response::UpdatedAt))
                    .foreign_key(&mut cascade_fk(
                        Response::Table,
                        Response::HearingId,
                        Hearing::Table,
                    ))
                    .foreign_key(&mut cascade_fk(
                        Response::Table,
                        Response::RespondentId,
                        Respondent::Table,
                    ))
                    .foreign_key(&mut optional_fk(
                        Response::Table,
                        Response::DraftVersionId,
                        DraftVersion::Table,
                    ))
                    .foreign_key(&mut optional_fk(
                        Response::Table,
                        Response::SectionId,
                        Section::Table,
                    ))
                    .foreign_key(&mut optional_fk(
                        Response::Table,
                        Response::ParagraphId,
                        Paragraph::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_response_hearing_seq")
                    .table(Response::Table)
                    .col(Response::HearingId)
                    .col(Response::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_response_hearing_status")
                    .table(Response::Table)
                    .col(Response::HearingId)
                    .col(Response::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Attachment::Table)
                    .col(pk_auto(Attachment::Id))
                    .col(integer_null(Attachment::ResponseId))
                    .col(string(Attachment::Filename))
                    .col(string(Attachment::ContentType))
                    .col(big_integer(Attachment::SizeBytes))
                    .col(string(Attachment::Sha256))
                    .col(string(Attachment::ExtractionState))
                    .col(text_null(Attachment::ExtractedText))
                    .col(timestamp_with_time_zone(Attachment::CreatedAt))
                    .foreign_key(&mut cascade_fk(
                        Attachment::Table,
                        Attachment::ResponseId,
                        Response::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_attachment_response")
                    .table(Attachment::Table)
                    .col(Attachment::ResponseId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Attachment::Table.into_iden(),
            Response::Table.into_iden(),
            Respondent::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
