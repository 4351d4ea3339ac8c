//! A whole hearing's inbox counts as the database keeps them: `inbox_tally` (migration
//! `m20270102_000100_inbox_tally`), one row per filter and value, moved by triggers in the
//! transaction that changes a response, a tag, a file or a sender's kind. One statement by
//! the table's key, whatever the hearing's size; the same figures [`super::counts`] counts.

use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, DbBackend, Statement};

use super::counts::{Counts, yes_no};
use crate::error::AppError;

/// Filters kept as "true" only; "false" is the rest of the hearing.
const YES_NO: [&str; 3] = ["personal_data", "duplicate", "has_attachments"];

/// Filters shown even when no response has a value in them.
const ALWAYS: [&str; 3] = ["kind", "section", "tag"];

/// The counts of every inbox filter over the whole hearing, read from `inbox_tally`; a
/// section is kept by id and named by its anchor here (an anchor may span draft versions).
pub async fn read(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Counts, AppError> {
    let backend = db.get_database_backend();
    let placeholder = match backend {
        DbBackend::Postgres => "$1",
        _ => "?",
    };
    let sql = format!(
        "SELECT t.filter, COALESCE(s.anchor, t.value) AS v, t.n FROM inbox_tally t \
         LEFT JOIN section s ON s.id = CASE WHEN t.filter = 'section' \
         THEN CAST(t.value AS INTEGER) END \
         WHERE t.hearing_id = {placeholder} AND t.n <> 0 \
         AND (t.filter <> 'section' OR s.id IS NOT NULL)"
    );
    let stmt = Statement::from_sql_and_values(backend, sql, [hearing_id.into()]);
    let mut counts = Counts::new();
    let mut yes: BTreeMap<&str, u64> = BTreeMap::new();
    for row in db.query_all_raw(stmt).await? {
        let filter: String = row.try_get_by_index(0)?;
        let value: String = row.try_get_by_index(1)?;
        let n: i64 = row.try_get_by_index(2)?;
        let n = u64::try_from(n).unwrap_or(0);
        match YES_NO.iter().find(|f| **f == filter) {
            Some(flag) if value == "true" => *yes.entry(flag).or_default() += n,
            Some(_) => {}
            None => *counts.entry(filter).or_default().entry(value).or_default() += n,
        }
    }
    let total: u64 = counts.get("status").map_or(0, |c| c.values().sum());
    for flag in YES_NO {
        let n = yes.get(flag).copied().unwrap_or(0);
        counts.insert(flag.into(), yes_no(n, total));
    }
    for filter in ALWAYS {
        counts.entry(filter.into()).or_default();
    }
    Ok(counts)
}
