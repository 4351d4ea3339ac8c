//! The audit log for export: entries in batches of [`BATCH`] by rising id, filtered by
//! hearing and by dates on Copenhagen's calendar, each with its actor's name and hearing's
//! slug; written as CSV (UTF-8 with a byte-order mark) or as a JSON array.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;

use crate::audit::{self, AuditEntry};
use crate::entities::{audit_log, hearing};
use crate::error::AppError;
use crate::export::csv_out;
use crate::response::inbox::Period;

/// Entries read per query.
pub const BATCH: u64 = 1000;

/// The CSV columns, in order.
pub const COLUMNS: [&str; 12] = [
    "id",
    "at",
    "actor_id",
    "actor_name",
    "action",
    "entity",
    "entity_id",
    "hearing_id",
    "hearing",
    "reason",
    "before",
    "after",
];

/// Which entries to export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only this hearing's.
    pub hearing_id: Option<i32>,
    /// Only entries made in this period (Copenhagen days, as in the inbox).
    pub period: Period,
}

/// One exported entry: the entry officials see, with its hearing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AuditRecord {
    /// The entry, its actor's name included.
    #[serde(flatten)]
    pub entry: AuditEntry,
    /// The hearing's id.
    pub hearing_id: Option<i32>,
    /// The hearing's slug.
    pub hearing: Option<String>,
}

/// The entries after `after_id` (exclusive), at most [`BATCH`]; empty when done. The second
/// value is the last id read.
pub async fn batch(
    db: &impl ConnectionTrait,
    filter: AuditFilter,
    after_id: i64,
) -> Result<(Vec<AuditRecord>, i64), AppError> {
    let mut query = audit_log::Entity::find()
        .filter(audit_log::Column::Id.gt(after_id))
        .order_by_asc(audit_log::Column::Id)
        .limit(BATCH);
    if let Some(id) = filter.hearing_id {
        query = query.filter(audit_log::Column::HearingId.eq(id));
    }
    if let Some(from) = filter.period.from {
        query = query.filter(audit_log::Column::At.gte(from));
    }
    if let Some(until) = filter.period.until {
        query = query.filter(audit_log::Column::At.lt(until));
    }
    let rows = query.all(db).await?;
    let last = rows.last().map_or(after_id, |r| r.id);
    let hearing_ids: Vec<Option<i32>> = rows.iter().map(|r| r.hearing_id).collect();
    let slugs: HashMap<i32, String> = hearing::Entity::find()
        .filter(hearing::Column::Id.is_in(hearing_ids.iter().flatten().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|h| (h.id, h.slug))
        .collect();
    let records = audit::with_names(db, rows)
        .await?
        .into_iter()
        .zip(hearing_ids)
        .map(|(entry, hearing_id)| AuditRecord {
            entry,
            hearing: hearing_id.and_then(|id| slugs.get(&id).cloned()),
            hearing_id,
        })
        .collect();
    Ok((records, last))
}

/// The CSV's first chunk: the byte-order mark and the header row.
pub fn csv_head() -> Vec<u8> {
    csv_out::with_bom(&COLUMNS)
}

/// A batch as CSV rows.
pub fn csv_rows(records: &[AuditRecord]) -> Vec<u8> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let number = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
    csv_out::encode(records.iter().map(|record| {
        let r = &record.entry;
        vec![
            r.id.to_string(),
            r.at.to_rfc3339(),
            number(r.actor_id),
            text(&r.actor_name),
            r.action.clone(),
            r.entity.clone(),
            r.entity_id.to_string(),
            number(record.hearing_id),
            text(&record.hearing),
            text(&r.reason),
            r.before.to_string(),
            r.after.to_string(),
        ]
    }))
}

/// A batch as JSON array elements; `first` leaves out the leading comma.
pub fn json_rows(records: &[AuditRecord], first: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, record) in records.iter().enumerate() {
        if !(first && i == 0) {
            out.extend_from_slice(b",\n");
        }
        // Serialising plain values to memory cannot fail.
        let _ = serde_json::to_writer(&mut out, record);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csv_starts_with_a_byte_order_mark_and_quotes_json_cells() {
        assert!(csv_head().starts_with(b"\xEF\xBB\xBFid,at,actor_id"));
        let entry = AuditEntry {
            id: 1,
            at: chrono::DateTime::from_timestamp(0, 0).unwrap(),
            actor_id: Some(2),
            actor_name: Some("Åse".into()),
            action: "account.create".into(),
            entity: "account".into(),
            entity_id: 3,
            reason: None,
            before: serde_json::json!({}),
            after: serde_json::json!({"a": 1}),
        };
        let record = AuditRecord {
            entry,
            hearing_id: None,
            hearing: None,
        };
        let out = String::from_utf8(csv_rows(&[record])).unwrap();
        assert_eq!(
            out,
            "1,1970-01-01T00:00:00+00:00,2,Åse,account.create,account,3,,,,{},\"{\"\"a\"\":1}\"\n"
        );
    }
}
