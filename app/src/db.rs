//! Opening the database: SQLite (WAL, foreign keys on) or PostgreSQL, chosen by the URL.

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr};

/// Connects to `url`; SQLite files are opened in WAL mode with foreign keys enforced.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if is_sqlite(url) { 4 } else { 10 })
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
        });
    Database::connect(options).await
}

/// Whether `url` names a SQLite database.
pub fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

/// Runs a trivial query: the readiness probe.
pub async fn ping(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.ping().await
}

/// Begins a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`), so it waits for other writers (busy timeout) instead of failing with
/// SQLITE_BUSY_SNAPSHOT when another connection committed after its first read. PostgreSQL
/// ignores the mode.
pub async fn begin_write<C: sea_orm::TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    let options = sea_orm::TransactionOptions {
        sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
        ..Default::default()
    };
    db.begin_with_options(options).await
}

/// The key of the PostgreSQL advisory lock held while migrating ("ordet" in ASCII).
const MIGRATION_LOCK: i64 = 0x6f_72_64_65_74;

/// Held while one process connects and migrates, so processes starting together migrate one
/// after another (the next then finds nothing to do) instead of racing on `seaql_migrations`
/// or on switching a new SQLite file to WAL:
/// on PostgreSQL an advisory lock on a connection of its own; on SQLite an exclusive lock on
/// a file beside the database.
pub enum MigrationLock {
    /// The connection holding the advisory lock.
    Postgres(DatabaseConnection),
    /// The locked file (unlocked when closed).
    Sqlite(Option<std::fs::File>),
}

impl MigrationLock {
    /// Waits for the lock.
    pub async fn acquire(url: &str) -> Result<Self, DbErr> {
        if is_sqlite(url) {
            let Some(path) = sqlite_path(url) else {
                return Ok(MigrationLock::Sqlite(None));
            };
            let lock_path = format!("{path}.migrate-lock");
            let file = tokio::task::spawn_blocking(move || {
                let file = std::fs::File::create(&lock_path)?;
                file.lock()?;
                std::io::Result::Ok(file)
            })
            .await
            .map_err(|e| DbErr::Custom(e.to_string()))?
            .map_err(|e| DbErr::Custom(format!("locking the database for migration: {e}")))?;
            return Ok(MigrationLock::Sqlite(Some(file)));
        }
        let mut options = ConnectOptions::new(url);
        options
            .max_connections(1)
            .min_connections(1)
            .sqlx_logging(false);
        let db = Database::connect(options).await?;
        db.execute_unprepared(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))
            .await?;
        Ok(MigrationLock::Postgres(db))
    }

    /// Lets the next process migrate.
    pub async fn release(self) -> Result<(), DbErr> {
        if let MigrationLock::Postgres(db) = self {
            db.execute_unprepared(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"))
                .await?;
            db.close().await?;
        }
        Ok(())
    }
}

/// The file of a SQLite URL (`sqlite://path?mode=rwc`), unless it is in memory.
pub fn sqlite_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| path.to_owned())
}
