//! The audit log for export: entries in batches of [`BATCH`] by rising id, filtered by
//! hearing and by dates on Copenhagen's calendar, each with its actor's name and hearing's
//! slug; written as CSV (UTF-8 with a byte-order mark) or as a JSON array.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;

use crate::entities::{account, audit_log, hearing};
use crate::error::AppError;

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
    /// From this moment.
    pub from: Option<DateTime<Utc>>,
    /// Before this moment.
    pub until: Option<DateTime<Utc>>,
}

/// Midnight starting `date` in Copenhagen, in UTC.
pub fn day_start(date: NaiveDate) -> Option<DateTime<Utc>> {
    let midnight = date.and_hms_opt(0, 0, 0)?;
    chrono_tz::Europe::Copenhagen
        .from_local_datetime(&midnight)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

/// The midnight that ends `date` in Copenhagen (the `to` date is included).
pub fn day_end(date: NaiveDate) -> Option<DateTime<Utc>> {
    day_start(date.checked_add_days(Days::new(1))?)
}

/// One exported entry.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AuditRecord {
    /// Its id (rising).
    pub id: i64,
    /// When (UTC).
    pub at: DateTime<Utc>,
    /// Who (account id); absent for the system.
    pub actor_id: Option<i32>,
    /// Their name.
    pub actor_name: Option<String>,
    /// What, e.g. `moderation.hold`.
    pub action: String,
    /// Which kind of row.
    pub entity: String,
    /// Which row.
    pub entity_id: i32,
    /// The hearing's id.
    pub hearing_id: Option<i32>,
    /// The hearing's slug.
    pub hearing: Option<String>,
    /// The reason given.
    pub reason: Option<String>,
    /// The row's fields before.
    pub before: serde_json::Value,
    /// And after.
    pub after: serde_json::Value,
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
    if let Some(from) = filter.from {
        query = query.filter(audit_log::Column::At.gte(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(audit_log::Column::At.lt(until));
    }
    let rows = query.all(db).await?;
    let last = rows.last().map_or(after_id, |r| r.id);
    let names: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(rows.iter().filter_map(|r| r.actor_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let slugs: HashMap<i32, String> = hearing::Entity::find()
        .filter(hearing::Column::Id.is_in(rows.iter().filter_map(|r| r.hearing_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|h| (h.id, h.slug))
        .collect();
    let json = |s: Option<String>| {
        s.and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default()
    };
    let records = rows
        .into_iter()
        .map(|r| AuditRecord {
            id: r.id,
            at: r.at,
            actor_name: r.actor_id.and_then(|id| names.get(&id).cloned()),
            actor_id: r.actor_id,
            action: r.action,
            entity: r.entity,
            entity_id: r.entity_id,
            hearing: r.hearing_id.and_then(|id| slugs.get(&id).cloned()),
            hearing_id: r.hearing_id,
            reason: r.reason,
            before: json(r.before_json),
            after: json(r.after_json),
        })
        .collect();
    Ok((records, last))
}

/// The CSV's first chunk: the byte-order mark and the header row.
pub fn csv_head() -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend(csv_encode(std::iter::once(
        COLUMNS.iter().map(|c| c.to_string()).collect(),
    )));
    out
}

/// A batch as CSV rows.
pub fn csv_rows(records: &[AuditRecord]) -> Vec<u8> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let number = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
    csv_encode(records.iter().map(|r| {
        vec![
            r.id.to_string(),
            r.at.to_rfc3339(),
            number(r.actor_id),
            text(&r.actor_name),
            r.action.clone(),
            r.entity.clone(),
            r.entity_id.to_string(),
            number(r.hearing_id),
            text(&r.hearing),
            text(&r.reason),
            r.before.to_string(),
            r.after.to_string(),
        ]
    }))
}

fn csv_encode(records: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        // Writing to memory cannot fail.
        let _ = writer.write_record(&record);
    }
    writer.into_inner().unwrap_or_default()
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
    fn dates_are_days_on_copenhagens_calendar() {
        let date = NaiveDate::from_ymd_opt(2010, 11, 24).unwrap();
        assert_eq!(
            day_start(date).unwrap().to_rfc3339(),
            "2010-11-23T23:00:00+00:00"
        );
        assert_eq!(
            day_end(date).unwrap().to_rfc3339(),
            "2010-11-24T23:00:00+00:00"
        );
        let summer = NaiveDate::from_ymd_opt(2011, 6, 1).unwrap();
        assert_eq!(
            day_start(summer).unwrap().to_rfc3339(),
            "2011-05-31T22:00:00+00:00"
        );
    }

    #[test]
    fn the_csv_starts_with_a_byte_order_mark_and_quotes_json_cells() {
        assert!(csv_head().starts_with(b"\xEF\xBB\xBFid,at,actor_id"));
        let record = AuditRecord {
            id: 1,
            at: DateTime::from_timestamp(0, 0).unwrap(),
            actor_id: Some(2),
            actor_name: Some("Åse".into()),
            action: "account.create".into(),
            entity: "account".into(),
            entity_id: 3,
            hearing_id: None,
            hearing: None,
            reason: None,
            before: serde_json::json!({}),
            after: serde_json::json!({"a": 1}),
        };
        let out = String::from_utf8(csv_rows(&[record])).unwrap();
        assert_eq!(
            out,
            "1,1970-01-01T00:00:00+00:00,2,Åse,account.create,account,3,,,,{},\"{\"\"a\"\":1}\"\n"
        );
    }
}
