//! Sentence vectors of responses (issue 22): what the multilingual model makes of a response's
//! text, computed once by the theme run that first needs it and kept, so that later runs and
//! every process read it instead of running the model again. Derived data: rebuildable from the
//! response, gone with it (cascade), made again when the text (`text_sha256`) or the model
//! (`model`) changes. `vector` is the numbers as little-endian `f32`.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;
use crate::m20261125_000001_create_hearing::Hearing;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Response {
    Table,
}

#[derive(DeriveIden)]
enum ResponseVector {
    Table,
    ResponseId,
    HearingId,
    Model,
    TextSha256,
    Vector,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(ResponseVector::Table)
            .col(integer(ResponseVector::ResponseId).primary_key())
            .col(integer(ResponseVector::HearingId))
            .col(string_len(ResponseVector::Model, 100))
            .col(string_len(ResponseVector::TextSha256, 64))
            .col(blob(ResponseVector::Vector))
            .foreign_key(&mut cascade_fk(
                ResponseVector::Table,
                ResponseVector::ResponseId,
                Response::Table,
            ))
            .foreign_key(&mut cascade_fk(
                ResponseVector::Table,
                ResponseVector::HearingId,
                Hearing::Table,
            ))
            .to_owned();
        manager.create_table(table).await?;
        let by_hearing = Index::create()
            .name("response_vector_hearing")
            .table(ResponseVector::Table)
            .col(ResponseVector::HearingId)
            .to_owned();
        manager.create_index(by_hearing).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ResponseVector::Table).to_owned())
            .await
    }
}
