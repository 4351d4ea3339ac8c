//! Since issue 20 every closed set of values Ordet stores as text is a Rust enum
//! (`app::vocab`), and a row holding a value outside its set can no longer be read: sea-orm
//! refuses it. Before, nothing kept these columns in their sets. This migration reads each of
//! them once and stops the upgrade naming the table, the column and the values it found, so
//! the operator corrects them (or asks) before Ordet runs on the database. It changes nothing.
//!
//! The sets are written out here as they stood when the migration was written: a migration
//! describes the schema of its day, and later additions to a set come with their own.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

const STATUSES: &[&str] = &[
    "awaiting_verification",
    "verified",
    "published",
    "held",
    "rejected",
    "withdrawn",
];

/// Table, column and the values allowed in it.
const SETS: &[(&str, &str, &[&str])] = &[
    ("response", "status", STATUSES),
    ("response_tally", "status", STATUSES),
    (
        "response",
        "stance",
        &["support", "oppose", "mixed", "none"],
    ),
    (
        "response",
        "channel",
        &["web", "email", "letter", "meeting"],
    ),
    (
        "respondent",
        "kind",
        &["resident", "association", "company", "public_body"],
    ),
    (
        "attachment",
        "extraction_state",
        &[
            "pending",
            "extracted",
            "no_text",
            "encrypted",
            "failed",
            "timed_out",
        ],
    ),
    (
        "hearing",
        "status",
        &["draft", "published", "processing", "decided"],
    ),
    (
        "hearing",
        "publication_policy",
        &["after_verification", "after_moderation", "after_deadline"],
    ),
    (
        "milestone",
        "kind",
        &[
            "synopsis",
            "meeting",
            "hearing_opens",
            "hearing_closes",
            "final_proposal",
            "adoption",
            "other",
        ],
    ),
    (
        "paragraph",
        "kind",
        &["text", "ordered_list", "bullet_list", "table"],
    ),
    (
        "account_role",
        "role",
        &["admin", "official", "moderator", "reader"],
    ),
    (
        "consulted_party",
        "kind",
        &[
            "council",
            "public_body",
            "association",
            "union",
            "employers",
            "company",
        ],
    ),
    ("digest_run", "kind", &["weekly", "final", "manual"]),
    ("erasure_request", "status", &["pending", "carried_out"]),
    ("hvidbog_remark", "target", &["response", "theme"]),
];

/// The values of `table.column` outside `allowed` (at most ten, each once).
async fn strays(
    db: &impl ConnectionTrait,
    (table, column, allowed): (&str, &str, &[&str]),
) -> Result<Vec<String>, DbErr> {
    let list: Vec<String> = allowed.iter().map(|v| format!("'{v}'")).collect();
    let sql = format!(
        "SELECT DISTINCT {column} AS value FROM {table} WHERE {column} NOT IN ({}) \
         ORDER BY 1 LIMIT 10",
        list.join(", ")
    );
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    Ok(rows
        .iter()
        .filter_map(|row| row.try_get::<String>("", "value").ok())
        .collect())
}

/// Stops the upgrade, naming every column of `sets` that holds a value outside its set; a
/// later migration that types another column checks it with this too.
pub(crate) async fn check(
    db: &impl ConnectionTrait,
    sets: &[(&str, &str, &[&str])],
) -> Result<(), DbErr> {
    let mut found = Vec::new();
    for set in sets {
        let values = strays(db, *set).await?;
        if !values.is_empty() {
            let (table, column, allowed) = set;
            found.push(format!(
                "{table}.{column} holds {} (allowed: {})",
                values.join(", "),
                allowed.join(", ")
            ));
        }
    }
    if found.is_empty() {
        return Ok(());
    }
    Err(DbErr::Migration(format!(
        "values outside their sets, which this version cannot read; correct them and \
         start again: {}",
        found.join("; ")
    )))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        check(manager.get_connection(), SETS).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
