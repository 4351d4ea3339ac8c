//! Writing the audit log (in the transaction of the change it records) and reading it:
//! pages of the whole log, one row's history, the officials' names.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryOrder, Set};
use std::collections::HashMap;

use sea_orm::{ColumnTrait, QueryFilter};

use super::AuditEntry;
use crate::entities::{account, audit_log};
use crate::error::AppError;
use crate::paging::{PageSize, Paging};

/// One change to record.
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    /// The official; `None` for the system.
    pub actor_id: Option<i32>,
    /// What was done, e.g. `moderation.publish`.
    pub action: &'a str,
    /// The kind of row, e.g. `response`.
    pub entity: &'a str,
    /// The row's id.
    pub entity_id: i32,
    /// Its hearing.
    pub hearing_id: Option<i32>,
    /// The reason given.
    pub reason: Option<&'a str>,
    /// The row's relevant fields before.
    pub before: serde_json::Value,
    /// And after.
    pub after: serde_json::Value,
}

/// Appends an entry.
pub async fn record(
    db: &impl ConnectionTrait,
    entry: Entry<'_>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    audit_log::ActiveModel {
        at: Set(now),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.into()),
        entity: Set(entry.entity.into()),
        entity_id: Set(entry.entity_id),
        hearing_id: Set(entry.hearing_id),
        reason: Set(entry.reason.map(str::to_owned)),
        before_json: Set(Some(entry.before.to_string())),
        after_json: Set(Some(entry.after.to_string())),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A page of the log: 100 entries unless asked, at most 500.
pub const PAGE_SIZE: PageSize = PageSize {
    default: 100,
    max: 500,
};

/// Page `paging` of the log, newest first (a page past the end is empty).
pub async fn page(
    db: &impl ConnectionTrait,
    paging: Paging,
) -> Result<(u64, Vec<AuditEntry>), AppError> {
    let paginator = audit_log::Entity::find()
        .order_by_desc(audit_log::Column::Id)
        .paginate(db, paging.per_page());
    let total = paginator.num_items().await?;
    let rows = paginator.fetch_page(paging.page() - 1).await?;
    let entries = with_names(db, rows).await?;
    Ok((total, entries))
}

/// Every entry about one row (e.g. `response` 17), oldest first.
pub async fn of_entity(
    db: &impl ConnectionTrait,
    entity: &str,
    entity_id: i32,
) -> Result<Vec<AuditEntry>, AppError> {
    let rows = audit_log::Entity::find()
        .filter(audit_log::Column::Entity.eq(entity))
        .filter(audit_log::Column::EntityId.eq(entity_id))
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await?;
    with_names(db, rows).await
}

/// Rows as entries, with the names of the officials who acted.
pub(crate) async fn with_names(
    db: &impl ConnectionTrait,
    rows: Vec<audit_log::Model>,
) -> Result<Vec<AuditEntry>, AppError> {
    let json = |s: Option<String>| {
        s.and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default()
    };
    let names: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(rows.iter().filter_map(|r| r.actor_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| AuditEntry {
            id: r.id,
            at: r.at,
            actor_id: r.actor_id,
            actor_name: r.actor_id.and_then(|id| names.get(&id).cloned()),
            action: r.action,
            entity: r.entity,
            entity_id: r.entity_id,
            reason: r.reason,
            before: json(r.before_json),
            after: json(r.after_json),
        })
        .collect())
}
