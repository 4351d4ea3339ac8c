//! The database every test starts from: migrated and loaded with the demo hearing (2010
//! dates) once per test process, as a SQLite file and as a PostgreSQL template database, and
//! copied for each test instead of running every migration and the demo load again.
//!
//! Each copy is a database of its own (a file in the test's data directory, or
//! `CREATE DATABASE … TEMPLATE …`), so tests stay isolated. The templates are named after
//! the process; one left by a run that has ended is removed when the next run makes its own,
//! and never one of a run still going (two checkouts, or a helper's filtered run, may test
//! at the same time on one machine and one PostgreSQL).

use std::path::{Path, PathBuf};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use server::demo::{self, Dates};
use server::startup::open_database;
use tokio::sync::OnceCell;

use super::database::{sqlite_url, test_config};
use super::postgres::{PostgresDatabase, server_url};

static SQLITE: OnceCell<PathBuf> = OnceCell::const_new();
static POSTGRES: OnceCell<String> = OnceCell::const_new();

/// What a template's name starts with, in both places.
const PREFIX: &str = "ordet_template_";

/// Puts a copy of the SQLite template at `data_dir/ordet.db`; returns its URL.
pub async fn sqlite_copy(data_dir: &Path) -> String {
    let template = SQLITE.get_or_init(make_sqlite).await;
    std::fs::copy(template, data_dir.join("ordet.db")).expect("copy of the SQLite template");
    sqlite_url(data_dir)
}

/// A PostgreSQL database of the test's own, copied from the template.
pub async fn postgres_copy() -> PostgresDatabase {
    let template = POSTGRES.get_or_init(make_postgres).await;
    PostgresDatabase::create_from(Some(template)).await
}

/// Migrates and loads a SQLite database in a scratch folder and writes a clean copy of it
/// (`VACUUM INTO`: one file, no WAL beside it) to cargo's folder for test files.
async fn make_sqlite() -> PathBuf {
    let folder = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    remove_stale_files(&folder);
    let file = folder.join(format!("{PREFIX}{}.db", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let scratch = tempfile::tempdir().expect("temp dir");
    let db = migrated_demo(&sqlite_url(scratch.path()), scratch.path()).await;
    let sql = format!("VACUUM INTO '{}'", file.display());
    db.execute_unprepared(&sql).await.expect("VACUUM INTO");
    db.close().await.expect("closing the SQLite template");
    file
}

/// Creates the PostgreSQL template database, migrates and loads it, and closes every
/// connection to it (a template may have none while it is copied).
async fn make_postgres() -> String {
    let server = server_url();
    let name = format!("{PREFIX}{}", std::process::id());
    let admin = Database::connect(format!("{server}/postgres"))
        .await
        .expect("PostgreSQL must be reachable for the tests");
    remove_stale_databases(&admin, &name).await;
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .expect("create the template database");
    admin.close().await.ok();
    let scratch = tempfile::tempdir().expect("temp dir");
    let db = migrated_demo(&format!("{server}/{name}"), scratch.path()).await;
    db.close().await.expect("closing the PostgreSQL template");
    name
}

async fn migrated_demo(url: &str, data_dir: &Path) -> DatabaseConnection {
    let config = test_config(url, data_dir, |_| None);
    let db = open_database(&config).await.expect("migrated template");
    demo::load(&db, Dates::Original)
        .await
        .expect("demo hearing in the template");
    db
}

/// Whether the template `name` (`ordet_template_<pid>[.db]`) belongs to a run that has
/// ended: its process is gone (or the name is not one of ours).
fn stale(name: &str) -> bool {
    let Some(rest) = name.strip_prefix(PREFIX) else {
        return false;
    };
    let pid = rest.trim_end_matches(".db");
    pid.parse::<u32>()
        .is_ok_and(|pid| pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists())
}

/// Templates of runs that have ended go.
fn remove_stale_files(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        if stale(&entry.file_name().to_string_lossy()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

async fn remove_stale_databases(admin: &DatabaseConnection, keep: &str) {
    let sql = format!("SELECT datname FROM pg_database WHERE datname LIKE '{PREFIX}%'");
    let statement = Statement::from_string(admin.get_database_backend(), sql);
    let rows = admin.query_all_raw(statement).await.unwrap_or_default();
    for row in rows {
        let Ok(name) = row.try_get::<String>("", "datname") else {
            continue;
        };
        if name != keep && stale(&name) {
            let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            let _ = admin.execute_unprepared(&sql).await;
        }
    }
}

#[test]
fn only_the_templates_of_ended_runs_are_stale() {
    let mine = format!("{PREFIX}{}", std::process::id());
    assert!(!stale(&mine));
    assert!(!stale(&format!("{mine}.db")));
    assert!(!stale(&format!("{PREFIX}1")), "pid 1 is alive");
    assert!(stale(&format!("{PREFIX}{}.db", u32::MAX)));
    assert!(!stale("ordet_test_123"));
}
