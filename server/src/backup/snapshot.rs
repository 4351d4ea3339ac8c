//! One consistent moment of the database while the site serves: SQLite copies itself with
//! `VACUUM INTO` (a read transaction, so writers go on); PostgreSQL exports the snapshot of a
//! repeatable-read transaction, `pg_dump` dumps exactly that snapshot, and the same
//! transaction lists the files and counts the rows.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use sea_orm::{
    AccessMode, ConnectionTrait, Database, DatabaseConnection, DbBackend, IsolationLevel,
    Statement, TransactionTrait,
};

use super::manifest::{self, DatabaseKind, FileEntry};

/// A snapshot taken into a working folder.
pub struct Snapshot {
    /// The kind of database.
    pub kind: DatabaseKind,
    /// The database file (`database.sqlite` or `database.pgdump`).
    pub file: PathBuf,
    /// Every table with its rows at the snapshot.
    pub tables: BTreeMap<String, i64>,
    /// The files the snapshot's attachment rows refer to.
    pub files: Vec<FileEntry>,
}

/// Takes a snapshot of the database at `url` (open as `db`) into `dir`.
pub async fn take(db: &DatabaseConnection, url: &str, dir: &Path) -> anyhow::Result<Snapshot> {
    let kind = DatabaseKind::of(url);
    let file = dir.join(kind.entry());
    let (tables, files) = match kind {
        DatabaseKind::Sqlite => sqlite(db, &file).await?,
        DatabaseKind::Postgresql => postgres(db, url, &file).await?,
    };
    Ok(Snapshot {
        kind,
        file,
        tables,
        files,
    })
}

type Contents = (BTreeMap<String, i64>, Vec<FileEntry>);

async fn sqlite(db: &DatabaseConnection, file: &Path) -> anyhow::Result<Contents> {
    let target = file
        .to_str()
        .context("the working folder's path is not UTF-8")?;
    let vacuum =
        Statement::from_sql_and_values(DbBackend::Sqlite, "VACUUM INTO ?", [target.into()]);
    db.execute_raw(vacuum)
        .await
        .context("copying the SQLite database (VACUUM INTO)")?;
    let copy = Database::connect(format!("sqlite://{target}?mode=ro"))
        .await
        .context("opening the copy")?;
    let contents = manifest::contents(&copy).await;
    copy.close().await.ok();
    contents
}

async fn postgres(db: &DatabaseConnection, url: &str, file: &Path) -> anyhow::Result<Contents> {
    let txn = db
        .begin_with_config(
            Some(IsolationLevel::RepeatableRead),
            Some(AccessMode::ReadOnly),
        )
        .await?;
    let exported = Statement::from_string(DbBackend::Postgres, "SELECT pg_export_snapshot() AS id");
    let id: String = txn
        .query_one_raw(exported)
        .await?
        .context("pg_export_snapshot gave no row")?
        .try_get("", "id")?;
    let dump = tokio::process::Command::new("pg_dump")
        .arg("--format=custom")
        .arg(format!("--snapshot={id}"))
        .arg("--file")
        .arg(file)
        .arg("--dbname")
        .arg(url)
        .kill_on_drop(true)
        .output();
    let (contents, dumped) = tokio::join!(manifest::contents(&txn), dump);
    let dumped = dumped.context(
        "running pg_dump (install PostgreSQL's client programs, Debian: postgresql-client)",
    )?;
    if !dumped.status.success() {
        bail!(
            "pg_dump failed ({}): {}",
            dumped.status,
            String::from_utf8_lossy(&dumped.stderr).trim()
        );
    }
    txn.commit().await?;
    contents
}
