//! The theme worker: in the process that holds the search index's lock, it works through the
//! theme outbox, a hearing at a time once the hearing is due ([`outbox::due`]), and retries
//! failures with back-off (the rows stay pending, so nothing is lost when the process dies).

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use sea_orm::DatabaseConnection;

use super::outbox;
use super::refresh::{self, ThemeError};
use crate::search::index::SearchIndex;

/// How often the worker looks for due hearings.
const POLL: Duration = Duration::from_secs(5);
/// Processed rows are kept this long, then deleted.
const KEEP_PROCESSED: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// Works on every due hearing once; returns how many were computed.
pub async fn run_once(db: &DatabaseConnection, index: &SearchIndex) -> Result<usize, ThemeError> {
    let now = Utc::now();
    let mut done = 0;
    for pending in outbox::pending(db).await? {
        if !outbox::due(&pending, now) {
            continue;
        }
        match refresh::refresh(db, index, pending.hearing_id, Utc::now()).await {
            Ok(_) => {
                outbox::mark_processed(db, &pending, Utc::now()).await?;
                done += 1;
            }
            Err(error) => {
                outbox::record_failure(db, &pending, &error.to_string()).await?;
                return Err(error);
            }
        }
    }
    Ok(done)
}

/// The worker task.
pub async fn run(db: DatabaseConnection, index: Arc<SearchIndex>) {
    let mut backoff = Duration::from_secs(1);
    let mut pruned = std::time::Instant::now() - Duration::from_secs(3600);
    loop {
        if pruned.elapsed() >= Duration::from_secs(3600) {
            pruned = std::time::Instant::now();
            if let Err(error) = outbox::prune(&db, Utc::now() - KEEP_PROCESSED).await {
                tracing::warn!(%error, "pruning the theme outbox failed");
            }
        }
        match run_once(&db, &index).await {
            Ok(_) => backoff = Duration::from_secs(1),
            Err(error) => {
                tracing::error!(%error, "computing themes failed; the outbox rows stay pending");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(300));
                continue;
            }
        }
        tokio::time::sleep(POLL).await;
    }
}
