//! "Kort fortalt" (issue 21): a short plain-language summary of a draft's section, written by
//! officials, one per section and language. A summary belongs to the section's anchor, not to
//! one version, so it stays with the section while its heading is unchanged; `lang` is a code
//! of the interface's languages (`app::i18n::Locale`), checked where it is written, so that
//! adding a language stays one line of configuration. Writing one moves the hearing's
//! `public_stamp`, as every change a public page shows does. `section_sha256` is the section's
//! text it was written for, so officials see which summaries a later version has outdated.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;
use crate::m20261125_000001_create_hearing::Hearing;
use crate::m20270102_000200_page_stamp::hearing_table_triggers;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SectionSummary {
    Table,
    Id,
    HearingId,
    SectionAnchor,
    Lang,
    Summary,
    SectionSha256,
    UpdatedBy,
    UpdatedAt,
}

const TABLE: &str = "section_summary";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(SectionSummary::Table)
            .col(pk_auto(SectionSummary::Id))
            .col(integer(SectionSummary::HearingId))
            .col(string(SectionSummary::SectionAnchor))
            .col(string_len(SectionSummary::Lang, 16))
            .col(text(SectionSummary::Summary))
            .col(string_len(SectionSummary::SectionSha256, 64))
            .col(integer_null(SectionSummary::UpdatedBy))
            .col(timestamp_with_time_zone(SectionSummary::UpdatedAt))
            .foreign_key(&mut cascade_fk(
                SectionSummary::Table,
                SectionSummary::HearingId,
                Hearing::Table,
            ))
            .to_owned();
        manager.create_table(table).await?;
        let one = Index::create()
            .name("section_summary_one")
            .table(SectionSummary::Table)
            .col(SectionSummary::HearingId)
            .col(SectionSummary::SectionAnchor)
            .col(SectionSummary::Lang)
            .unique()
            .to_owned();
        manager.create_index(one).await?;
        let (create, _) = hearing_table_triggers(manager.get_database_backend(), TABLE);
        crate::run_sql(manager, &create).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let (_, drop) = hearing_table_triggers(manager.get_database_backend(), TABLE);
        crate::run_sql(manager, &drop).await?;
        manager
            .drop_table(Table::drop().table(SectionSummary::Table).to_owned())
            .await
    }
}
