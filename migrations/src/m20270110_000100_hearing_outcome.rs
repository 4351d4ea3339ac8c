//! The outcome of a hearing (issue 23): the committee's decision — its day, the committee, a
//! link to the minutes and the decision in plain words — written by officials and published
//! once. Until `published_at` is set nothing of it is public; publishing it also freezes
//! what changed between the consulted draft and the adopted text (`changes_json`, the draft
//! versions it compared) and tells every respondent once through the mail outbox. Writing it
//! moves the hearing's `public_stamp`, as every change a public page shows does.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;
use crate::m20261125_000001_create_hearing::Hearing;
use crate::m20270102_000200_page_stamp::hearing_table_triggers;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum HearingOutcome {
    Table,
    Id,
    HearingId,
    DecidedOn,
    Committee,
    MinutesUrl,
    Decision,
    ConsultedVersion,
    AdoptedVersion,
    ChangesJson,
    PublishedAt,
    PublishedBy,
    UpdatedBy,
    UpdatedAt,
}

const TABLE: &str = "hearing_outcome";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(HearingOutcome::Table)
            .col(pk_auto(HearingOutcome::Id))
            .col(integer_uniq(HearingOutcome::HearingId))
            .col(date(HearingOutcome::DecidedOn))
            .col(string(HearingOutcome::Committee))
            .col(text_null(HearingOutcome::MinutesUrl))
            .col(text(HearingOutcome::Decision))
            .col(integer_null(HearingOutcome::ConsultedVersion))
            .col(integer_null(HearingOutcome::AdoptedVersion))
            .col(text_null(HearingOutcome::ChangesJson))
            .col(timestamp_with_time_zone_null(HearingOutcome::PublishedAt))
            .col(integer_null(HearingOutcome::PublishedBy))
            .col(integer_null(HearingOutcome::UpdatedBy))
            .col(timestamp_with_time_zone(HearingOutcome::UpdatedAt))
            .foreign_key(&mut cascade_fk(
                HearingOutcome::Table,
                HearingOutcome::HearingId,
                Hearing::Table,
            ))
            .to_owned();
        manager.create_table(table).await?;
        let (create, _) = hearing_table_triggers(manager.get_database_backend(), TABLE);
        crate::run_sql(manager, &create).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let (_, drop) = hearing_table_triggers(manager.get_database_backend(), TABLE);
        crate::run_sql(manager, &drop).await?;
        manager
            .drop_table(Table::drop().table(HearingOutcome::Table).to_owned())
            .await
    }
}
