//! Idempotency keys of submissions: a retried submission (a double click, a client retrying
//! after a timeout or a 502) with the same key for the same hearing is answered with the
//! first one's result instead of being stored twice. The unique index on (hearing, key) holds
//! across processes and races; the key and the request are kept as SHA-256 only, and the row
//! goes with its response.

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
enum SubmissionKey {
    Table,
    Id,
    HearingId,
    KeySha256,
    RequestSha256,
    ResponseId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(SubmissionKey::Table)
            .col(pk_auto(SubmissionKey::Id))
            .col(integer(SubmissionKey::HearingId))
            .col(string_len(SubmissionKey::KeySha256, 64))
            .col(string_len(SubmissionKey::RequestSha256, 64))
            .col(integer_null(SubmissionKey::ResponseId))
            .col(timestamp_with_time_zone(SubmissionKey::CreatedAt))
            .foreign_key(&mut cascade_fk(
                SubmissionKey::Table,
                SubmissionKey::HearingId,
                Hearing::Table,
            ))
            .foreign_key(&mut cascade_fk(
                SubmissionKey::Table,
                SubmissionKey::ResponseId,
                Response::Table,
            ))
            .to_owned();
        manager.create_table(table).await?;
        let unique = Index::create()
            .name("idx_submission_key_hearing_key")
            .table(SubmissionKey::Table)
            .col(SubmissionKey::HearingId)
            .col(SubmissionKey::KeySha256)
            .unique()
            .to_owned();
        manager.create_index(unique).await?;
        let by_response = Index::create()
            .name("idx_submission_key_response")
            .table(SubmissionKey::Table)
            .col(SubmissionKey::ResponseId)
            .to_owned();
        manager.create_index(by_response).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SubmissionKey::Table).to_owned())
            .await
    }
}
