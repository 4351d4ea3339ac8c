//! The database's change signal, which tells [`Stamps`] when a stamp read earlier may be old.
//!
//! - PostgreSQL: `LISTEN` on [`migration::PAGE_STAMP_CHANNEL`], on a connection of its own
//!   (`m20270103_000100_page_stamp_notify` notifies when `public_stamp` changes, at commit).
//!   A lost connection is opened again and listened on before the signal counts as live.
//! - SQLite: `PRAGMA data_version` on a connection of its own, every [`POLL`]: the number
//!   changes whenever any other connection, in this process or another, commits. A page may
//!   therefore be up to one [`POLL`] older than a change made outside this process's requests.
//!
//! Changes made through this process's own requests need no signal: the middleware counts
//! every answered write as a change (`super::serve`).

use std::sync::Arc;
use std::time::Duration;

use app::jobs::Job;
use sea_orm::sqlx::postgres::{PgListener, PgPoolOptions};
use sea_orm::sqlx::sqlite::SqliteConnection;
use sea_orm::sqlx::{ConnectOptions, Connection};
use sea_orm::{DatabaseConnection, DbBackend};

use super::stamps::Stamps;

/// How often SQLite's `data_version` is read.
pub(super) const POLL: Duration = Duration::from_millis(25);
/// How long to wait before opening a lost signal's connection again.
const RETRY: Duration = Duration::from_secs(1);

/// Keeps `stamps` told of changes until the process stops.
pub(super) async fn run(stamps: Arc<Stamps>, job: Job) {
    while !job.stop.is_cancelled() {
        let lost = match job.db.get_database_backend() {
            DbBackend::Postgres => listen(&stamps, &job).await,
            DbBackend::Sqlite if !in_memory(&job.db) => poll(&stamps, &job).await,
            // No signal: every request asks the database.
            _ => return,
        };
        stamps.set_live(false);
        if let Err(error) = lost {
            tracing::warn!(%error, "the page stamps' change signal was lost; asking every time");
        }
        tokio::select! {
            () = job.stop.cancelled() => {}
            () = tokio::time::sleep(RETRY) => {}
        }
    }
}

/// PostgreSQL: notifications on a connection of its own (not one of the app's pool).
async fn listen(stamps: &Stamps, job: &Job) -> Result<(), sea_orm::sqlx::Error> {
    let options = job.db.get_postgres_connection_pool().connect_options();
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .connect_lazy_with((*options).clone());
    let mut listener = PgListener::connect_with(&pool).await?;
    listener.listen(migration::PAGE_STAMP_CHANNEL).await?;
    stamps.set_live(true);
    loop {
        tokio::select! {
            () = job.stop.cancelled() => return Ok(()),
            received = listener.try_recv() => { received?; }
        }
        // A notification, or `None`: the connection was lost and listens again, and what was
        // committed in between is unknown.
        stamps.changed();
    }
}

/// SQLite: `data_version` read on a connection of its own, which never writes.
async fn poll(stamps: &Stamps, job: &Job) -> Result<(), sea_orm::sqlx::Error> {
    let options = job.db.get_sqlite_connection_pool().connect_options();
    let mut connection: SqliteConnection = options.connect().await?;
    let mut seen = data_version(&mut connection).await?;
    stamps.set_live(true);
    loop {
        tokio::select! {
            () = job.stop.cancelled() => break,
            () = tokio::time::sleep(POLL) => {}
        }
        let now = data_version(&mut connection).await?;
        if now != seen {
            seen = now;
            stamps.changed();
        }
    }
    connection.close().await
}

/// Whether the SQLite database lives only in memory (each connection would see its own).
fn in_memory(db: &DatabaseConnection) -> bool {
    let options = db.get_sqlite_connection_pool().connect_options();
    let name = options.get_filename().to_string_lossy();
    name == ":memory:" || name.starts_with("file:sqlx-in-memory")
}

async fn data_version(connection: &mut SqliteConnection) -> Result<i64, sea_orm::sqlx::Error> {
    sea_orm::sqlx::query_scalar("PRAGMA data_version")
        .fetch_one(connection)
        .await
}
