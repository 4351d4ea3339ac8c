//! Ordet's schema as sea-orm migrations. `Migrator::up` runs at start-up and on every test
//! database; the same files create the schema on SQLite and on PostgreSQL.

// `MigrationTrait` is an async_trait whose signatures name `&SchemaManager` without `<'_>`;
// writing the lifetime makes the impls mismatch the trait.
#![expect(elided_lifetimes_in_paths)]

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_create_hearing;
mod m20261125_000002_create_draft;
mod m20261125_000003_create_response;
mod m20261125_000004_create_outbox;
mod m20261126_000005_create_response_token;
mod m20261126_000006_add_response_held_reason;
mod m20261126_000007_attachment_extraction;
mod m20261126_000008_create_account;
mod m20261126_000009_create_account_token;
mod m20261127_000010_hearing_admin;
mod m20261127_000020_create_consulted_party;
mod m20261127_000040_moderation_tools;
mod m20261127_000050_themes;
mod m20261127_000060_digest;
mod m20261210_000165_attachment_release;
mod m20261210_001600_create_server_secret;
mod m20261216_000010_create_response_counter;
mod m20261220_000100_create_rate_limit;
mod m20261220_000110_create_submission_key;
mod m20261220_000200_create_index_outbox_pruned;
mod m20261220_000301_job_claims;
mod m20261230_000100_retention;
mod m20261230_000200_respondent_rights;
mod m20261230_000300_derived;
mod m20261231_000100_public_aggregates;
mod m20270101_000190_inbox_indexes;
mod m20270102_000100_inbox_tally;
mod m20270102_000200_page_stamp;
mod m20270103_000100_page_stamp_notify;
mod m20270104_000100_vocabulary_check;
mod m20270105_000100_mail_status_check;
mod m20270106_000100_token_and_reason_check;
mod m20270107_000100_section_summary;
mod m20270108_000100_response_vector;
mod m20270109_000100_audit_entity_index;
mod m20270110_000100_hearing_outcome;
mod m20270111_000100_incoming_mail;

pub use m20270103_000100_page_stamp_notify::PAGE_STAMP_CHANNEL;

/// Every migration of Ordet, in the order they apply.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_create_hearing::Migration),
            Box::new(m20261125_000002_create_draft::Migration),
            Box::new(m20261125_000003_create_response::Migration),
            Box::new(m20261125_000004_create_outbox::Migration),
            Box::new(m20261126_000005_create_response_token::Migration),
            Box::new(m20261126_000006_add_response_held_reason::Migration),
            Box::new(m20261126_000007_attachment_extraction::Migration),
            Box::new(m20261126_000008_create_account::Migration),
            Box::new(m20261126_000009_create_account_token::Migration),
            Box::new(m20261127_000010_hearing_admin::Migration),
            Box::new(m20261127_000020_create_consulted_party::Migration),
            Box::new(m20261127_000040_moderation_tools::Migration),
            Box::new(m20261127_000050_themes::Migration),
            Box::new(m20261127_000060_digest::Migration),
            Box::new(m20261210_000165_attachment_release::Migration),
            Box::new(m20261210_001600_create_server_secret::Migration),
            Box::new(m20261216_000010_create_response_counter::Migration),
            Box::new(m20261220_000100_create_rate_limit::Migration),
            Box::new(m20261220_000110_create_submission_key::Migration),
            Box::new(m20261220_000301_job_claims::Migration),
            Box::new(m20261220_000200_create_index_outbox_pruned::Migration),
            Box::new(m20261230_000100_retention::Migration),
            Box::new(m20261230_000200_respondent_rights::Migration),
            Box::new(m20261230_000300_derived::Migration),
            Box::new(m20261231_000100_public_aggregates::Migration),
            Box::new(m20270101_000190_inbox_indexes::Migration),
            Box::new(m20270102_000100_inbox_tally::Migration),
            Box::new(m20270102_000200_page_stamp::Migration),
            Box::new(m20270103_000100_page_stamp_notify::Migration),
            Box::new(m20270104_000100_vocabulary_check::Migration),
            Box::new(m20270105_000100_mail_status_check::Migration),
            Box::new(m20270106_000100_token_and_reason_check::Migration),
            Box::new(m20270107_000100_section_summary::Migration),
            Box::new(m20270108_000100_response_vector::Migration),
            Box::new(m20270109_000100_audit_entity_index::Migration),
            Box::new(m20270110_000100_hearing_outcome::Migration),
            Box::new(m20270111_000100_incoming_mail::Migration),
        ]
    }
}

/// Runs each of `statements` (raw SQL for the connection's database; blank ones skipped), in
/// order: the migrations whose triggers and functions sea-query cannot write.
pub(crate) async fn run_sql(
    manager: &SchemaManager<'_>,
    statements: &[String],
) -> Result<(), DbErr> {
    let backend = manager.get_database_backend();
    for sql in statements
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        manager
            .get_connection()
            .execute_raw(sea_orm_migration::sea_orm::Statement::from_string(
                backend,
                sql.to_owned(),
            ))
            .await?;
    }
    Ok(())
}

/// A foreign key from `table.column` to `target.id` whose rows go when their parent goes.
pub(crate) fn cascade_fk(
    table: impl IntoIden,
    column: impl IntoIden,
    target: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(target, Alias::new("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}
