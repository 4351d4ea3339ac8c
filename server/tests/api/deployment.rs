//! Several processes on one database: they start together, and each migrates under a lock
//! instead of racing the others on the schema.

use server::startup::open_database;

use crate::helpers::Backend;
use crate::helpers::database::{count, fresh_database, test_config};

/// Processes starting at once on a new database.
const AT_ONCE: usize = 4;

async fn processes_starting_together_migrate_once(backend: Backend) {
    let (data_dir, _postgres, url) = fresh_database(backend).await;
    let config = test_config(&url, data_dir.path(), |_| None);
    let mut starting = tokio::task::JoinSet::new();
    for _ in 0..AT_ONCE {
        let config = config.clone();
        starting.spawn(async move { open_database(&config).await.map_err(|e| format!("{e:#}")) });
    }
    let mut db = None;
    while let Some(opened) = starting.join_next().await {
        db = Some(opened.expect("task").expect("every process starts"));
    }
    let db = db.expect("a connection");
    let applied = count(&db, "seaql_migrations").await;
    let known =
        i64::try_from(<migration::Migrator as migration::MigratorTrait>::migrations().len())
            .expect("count");
    assert_eq!(applied, known, "every migration applied exactly once");
}

#[tokio::test]
async fn processes_starting_together_migrate_once_on_sqlite() {
    processes_starting_together_migrate_once(Backend::Sqlite).await;
}

#[tokio::test]
async fn processes_starting_together_migrate_once_on_postgres() {
    processes_starting_together_migrate_once(Backend::Postgres).await;
}
