//! What an indexer writes back to the index outbox: `processed_at` on rows it applied first
//! (with the themes of their hearings queued in the same transaction), and failures.
//!
//! Every process applies every row to its own index; only the first to mark a row finds it
//! unmarked (`UPDATE … WHERE processed_at IS NULL`, rows affected), so the themes are queued
//! once, not once per process. The theme worker waits until a hearing has been quiet for 20 s,
//! far longer than any process takes to follow, so the process that computes themes has the
//! responses in its own index by then.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
};

use super::outbox::Change;
use super::theme_queue;
use crate::entities::index_outbox;
use crate::vocab::ThemeReason;

/// Marks `rows` (just applied) processed where no process did yet, and queues the themes of
/// their hearings if this process was the first.
pub async fn applied(
    db: &DatabaseConnection,
    rows: &[index_outbox::Model],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let unmarked: Vec<&index_outbox::Model> =
        rows.iter().filter(|r| r.processed_at.is_none()).collect();
    if unmarked.is_empty() {
        return Ok(());
    }
    let changed: Vec<i32> = unmarked
        .iter()
        .filter(|r| themed(&r.entity, &r.operation))
        .map(|r| r.entity_id)
        .collect();
    let which = index_outbox::Column::Id.is_in(unmarked.iter().map(|r| r.id));
    mark(db, Condition::all().add(which), &changed, now).await
}

/// Marks every row up to `through` processed where no process did yet (after this process
/// rebuilt its index from the tables, which covers them), queueing their hearings' themes.
pub async fn applied_through(
    db: &DatabaseConnection,
    through: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let which = Condition::all().add(index_outbox::Column::Id.lte(through));
    let rows: Vec<(String, i32, String)> = index_outbox::Entity::find()
        .select_only()
        .columns([
            index_outbox::Column::Entity,
            index_outbox::Column::EntityId,
            index_outbox::Column::Operation,
        ])
        .filter(which.clone())
        .filter(index_outbox::Column::ProcessedAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(());
    }
    let changed: Vec<i32> = rows
        .iter()
        .filter(|(entity, _, operation)| themed(entity, operation))
        .map(|(_, id, _)| *id)
        .collect();
    mark(db, which, &changed, now).await
}

/// Whether a row asks for its hearing's themes (not rows the theme run itself wrote: that
/// would loop).
fn themed(entity: &str, operation: &str) -> bool {
    entity == "response" && operation != Change::Theme.as_str()
}

async fn mark(
    db: &DatabaseConnection,
    which: Condition,
    changed: &[i32],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let hearings = theme_queue::hearings_of(db, changed).await?;
    let txn = crate::db::begin_write(db).await?;
    let marked = index_outbox::Entity::update_many()
        .col_expr(index_outbox::Column::ProcessedAt, Expr::value(now))
        .filter(index_outbox::Column::ProcessedAt.is_null())
        .filter(which)
        .exec(&txn)
        .await?;
    if marked.rows_affected > 0 {
        for hearing_id in hearings {
            theme_queue::enqueue(&txn, hearing_id, ThemeReason::Indexed, now).await?;
        }
    }
    txn.commit().await
}

/// Counts a failed attempt on `rows`, with the error.
pub async fn failed(
    db: &DatabaseConnection,
    rows: &[index_outbox::Model],
    error: &str,
) -> Result<(), DbErr> {
    index_outbox::Entity::update_many()
        .col_expr(
            index_outbox::Column::Attempts,
            Expr::col(index_outbox::Column::Attempts).add(1),
        )
        .col_expr(index_outbox::Column::LastError, Expr::value(error))
        .filter(index_outbox::Column::Id.is_in(rows.iter().map(|r| r.id)))
        .exec(db)
        .await?;
    Ok(())
}
