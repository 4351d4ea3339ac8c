//! The erase primitive: what every erasure of a respondent's data goes through — the
//! purge of unconfirmed submissions, a hearing's retention running out, a respondent's
//! request. It writes in the caller's connection (give it a transaction: everything or
//! nothing), queues the responses for the search index and the hearings of confirmed ones for a
//! theme run (whose labels and terms were made from the erased words too; the indexer alone
//! cannot queue the hearing of a response that is gone), and writes one audit entry per response
//! holding counts only, never the data.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::json;

use super::links::{self, PerResponse};
use super::{Erased, Keep, audit_text, nothing, record};
use crate::audit::{self, Entry};
use crate::entities::{respondent, response};
use crate::error::AppError;
use crate::search::outbox::{self, Change};
use crate::search::theme_queue;
use crate::vocab::{ResponseStatus, ThemeReason};

/// Responses erased per round of statements (each `IN (…)` list stays short on both
/// databases).
const CHUNK: usize = 500;

/// Erases the responses `response_ids` (unknown ids are skipped), keeping what `keep` says,
/// and returns what went, summed. `actor` is the official who asked, `None` for the system.
///
/// Files whose content no row holds any more are only queued for the store (`blob_orphan`):
/// after the transaction commits, call [`super::blobs::collect`] to delete them at once; the
/// purge job collects them otherwise.
pub async fn erase_responses(
    db: &impl ConnectionTrait,
    response_ids: &[i32],
    keep: Keep,
    actor: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Erased, AppError> {
    let mut total = Erased::default();
    let unique: BTreeSet<i32> = response_ids.iter().copied().collect();
    let unique: Vec<i32> = unique.into_iter().collect();
    let mut themed = BTreeSet::new();
    for chunk in unique.chunks(CHUNK) {
        total += erase_chunk(db, chunk, keep, (actor, now), &mut themed).await?;
    }
    for hearing_id in themed {
        theme_queue::enqueue(db, hearing_id, ThemeReason::Indexed, now).await?;
    }
    Ok(total)
}

/// Erases the responses `ids` (one chunk) and adds the hearings of the confirmed ones to
/// `themed`, whose themes are then to be computed again.
async fn erase_chunk(
    db: &impl ConnectionTrait,
    ids: &[i32],
    keep: Keep,
    (actor, now): (Option<i32>, DateTime<Utc>),
    themed: &mut BTreeSet<i32>,
) -> Result<Erased, AppError> {
    let rows = response::Entity::find()
        .filter(response::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(Erased::default());
    }
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let respondents: HashMap<i32, respondent::Model> = respondent::Entity::find()
        .filter(respondent::Column::Id.is_in(rows.iter().map(|r| r.respondent_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut per = PerResponse::new();
    links::tokens_and_keys(db, &ids, &mut per).await?;
    links::mails(db, &rows, &respondents, &mut per).await?;
    audit_text::erase(db, &ids, &mut per).await?;
    let mut reindex: BTreeSet<i32> = ids.iter().copied().collect();
    match keep {
        Keep::Record => record::erase(db, &rows, &respondents, &mut per, now).await?,
        Keep::Nothing => reindex.extend(nothing::delete(db, &rows, &mut per, now).await?),
    }
    for id in reindex {
        outbox::enqueue(db, id, Change::Erased, now).await?;
    }
    themed.extend(
        rows.iter()
            .filter(|r| r.status != ResponseStatus::AwaitingVerification)
            .map(|r| r.hearing_id),
    );
    let mut total = Erased::default();
    for row in &rows {
        let erased = per.remove(&row.id).unwrap_or_default();
        audit_entry(db, row, keep, actor, &erased, now).await?;
        total += erased;
    }
    Ok(total)
}

/// The audit entry of one response's erasure: its status before and after, and the counts.
async fn audit_entry(
    db: &impl ConnectionTrait,
    row: &response::Model,
    keep: Keep,
    actor: Option<i32>,
    erased: &Erased,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let status_after = match keep {
        Keep::Record => row.status.as_str(),
        Keep::Nothing => "deleted",
    };
    let entry = Entry {
        actor_id: actor,
        action: keep.action(),
        entity: "response",
        entity_id: row.id,
        hearing_id: Some(row.hearing_id),
        reason: None,
        before: json!({"status": row.status}),
        after: json!({"status": status_after, "erased": erased.to_json()}),
    };
    audit::record(db, entry, now).await
}
