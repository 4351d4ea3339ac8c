//! Test databases: a fresh one per test (SQLite in a temp dir, or its own PostgreSQL
//! database), a migrated one without a server, the test configuration, and row counts.

use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use server::config::{Config, Overrides};
use server::startup::open_database;

use super::{Backend, PostgresDatabase, template};

/// Counts the rows of a table in `db` (`"response WHERE …"` narrows it).
pub async fn count(db: &DatabaseConnection, table: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) AS n FROM {table}");
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("count query")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("count")
}

/// A migrated database with the demo hearing (2010 dates) and no server: for tests that play
/// the server's tasks themselves, at times they choose.
pub struct BareDatabase {
    pub db: DatabaseConnection,
    pub url: String,
    _data_dir: tempfile::TempDir,
    _postgres: Option<PostgresDatabase>,
}

/// Creates a [`BareDatabase`] on `backend`.
pub async fn bare_database(backend: Backend) -> BareDatabase {
    let (data_dir, postgres, url) = demo_database(backend).await;
    let config = test_config(&url, data_dir.path(), |_| None);
    let db = open_database(&config).await.expect("database");
    BareDatabase {
        db,
        url,
        _data_dir: data_dir,
        _postgres: postgres,
    }
}

/// A new database for one test: its data directory, its PostgreSQL database when asked for
/// (dropped with the guard), and its URL (SQLite lives in the data directory).
pub async fn fresh_database(
    backend: Backend,
) -> (tempfile::TempDir, Option<PostgresDatabase>, String) {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let postgres = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(PostgresDatabase::create().await),
    };
    let url = match &postgres {
        Some(pg) => pg.url.clone(),
        None => sqlite_url(data_dir.path()),
    };
    (data_dir, postgres, url)
}

/// A database for one test that already holds the demo hearing (2010 dates): a copy of the
/// process's template (`template`), as [`fresh_database`] otherwise.
pub async fn demo_database(
    backend: Backend,
) -> (tempfile::TempDir, Option<PostgresDatabase>, String) {
    let data_dir = tempfile::tempdir().expect("temp dir");
    match backend {
        Backend::Sqlite => {
            let url = template::sqlite_copy(data_dir.path()).await;
            (data_dir, None, url)
        }
        Backend::Postgres => {
            let postgres = template::postgres_copy().await;
            let url = postgres.url.clone();
            (data_dir, Some(postgres), url)
        }
    }
}

pub(super) fn sqlite_url(data_dir: &std::path::Path) -> String {
    format!("sqlite://{}/ordet.db?mode=rwc", data_dir.display())
}

/// The configuration of a test process on `database_url` with its files in `data_dir`, on a
/// free port, reading other variables from `env`.
pub fn test_config(
    database_url: &str,
    data_dir: &std::path::Path,
    env: impl Fn(&str) -> Option<String>,
) -> Config {
    let overrides = Overrides {
        database_url: Some(database_url.to_owned()),
        data_dir: Some(data_dir.display().to_string()),
        addr: Some("127.0.0.1:0".into()),
    };
    Config::from_source(env, overrides).expect("test config")
}

impl BareDatabase {
    /// A new connection to the same database, as a restarted process would open.
    pub async fn reconnect(&self) -> DatabaseConnection {
        app::db::connect(&self.url).await.expect("reconnect")
    }
}

/// How many steps `Migrator::down` takes to undo migration `name` and every later one.
pub fn steps_back_to_before(name: &str) -> u32 {
    use migration::MigratorTrait;
    let names: Vec<String> = migration::Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let at = names
        .iter()
        .position(|n| n == name)
        .unwrap_or_else(|| panic!("no migration {name}"));
    u32::try_from(names.len() - at).expect("a few migrations")
}

/// Every table's rows as JSON text, in a fixed order.
pub async fn every_row(db: &DatabaseConnection) -> BTreeMap<String, String> {
    let mut all = BTreeMap::new();
    for table in server::backup::manifest::table_names(db).await.unwrap() {
        let sql = match db.get_database_backend() {
            DbBackend::Postgres => format!(
                "SELECT COALESCE(json_agg(t ORDER BY t::text), '[]')::text AS j FROM \"{table}\" t"
            ),
            _ => sqlite_rows_sql(db, &table).await,
        };
        let row = db
            .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap()
            .unwrap();
        all.insert(table, row.try_get::<String>("", "j").unwrap());
    }
    all
}

async fn sqlite_rows_sql(db: &DatabaseConnection, table: &str) -> String {
    let sql = format!("SELECT name FROM pragma_table_info('{table}')");
    let columns = db
        .query_all_raw(Statement::from_string(DbBackend::Sqlite, sql))
        .await
        .unwrap();
    let pairs: Vec<String> = columns
        .iter()
        .map(|column| {
            let name: String = column.try_get("", "name").unwrap();
            format!("'{name}', CASE WHEN typeof(\"{name}\") = 'blob' THEN hex(\"{name}\") ELSE \"{name}\" END")
        })
        .collect();
    format!(
        "SELECT COALESCE(json_group_array(j), '[]') AS j FROM \
         (SELECT json_object({}) AS j FROM \"{table}\" ORDER BY 1)",
        pairs.join(", ")
    )
}
