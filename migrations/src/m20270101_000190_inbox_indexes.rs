//! Indexes that let the inbox and its counts read narrow index entries instead of response
//! rows (issue 19, measured by `make bench-inbox`):
//! - `idx_response_inbox_counts` (hearing, status, channel, language, held reason, duplicate
//!   of): the counts of every response column the inbox filters on, in one pass in index
//!   order; its prefix also serves the status filter;
//! - `idx_response_hearing_seq_id` (hearing, seq, id) and `idx_response_hearing_status_seq`
//!   (hearing, status, seq, id): a page's ids in svarnummer order from the index alone, however
//!   deep the page (PostgreSQL's index-only scan needs the id in the index; SQLite's indexes
//!   carry the rowid anyway);
//! - `idx_response_hearing_respondent` and `idx_response_hearing_section`: the sender-kind and
//!   section counts.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Response {
    Table,
    Id,
    HearingId,
    Seq,
    Status,
    Channel,
    Language,
    HeldReason,
    DuplicateOfId,
    RespondentId,
    SectionId,
}

fn indexes() -> Vec<(&'static str, Vec<Response>)> {
    use Response::*;
    vec![
        (
            "idx_response_inbox_counts",
            vec![
                HearingId,
                Status,
                Channel,
                Language,
                HeldReason,
                DuplicateOfId,
            ],
        ),
        ("idx_response_hearing_seq_id", vec![HearingId, Seq, Id]),
        (
            "idx_response_hearing_status_seq",
            vec![HearingId, Status, Seq, Id],
        ),
        (
            "idx_response_hearing_respondent",
            vec![HearingId, RespondentId],
        ),
        ("idx_response_hearing_section", vec![HearingId, SectionId]),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, columns) in indexes() {
            let mut index = Index::create();
            index.name(name).table(Response::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, _) in indexes() {
            manager
                .drop_index(Index::drop().name(name).table(Response::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}
