//! Bringing a backup back: into an empty database of the same kind (a SQLite file put in
//! place, or `pg_restore` into an empty PostgreSQL database), every file into the configured
//! attachment store (checked against its SHA-256 on the way), the row counts checked against
//! the manifest, then the migrations of this version run as at any start.

use std::fs::File;
use std::path::Path;

use anyhow::{Context, bail};
use axum::body::Bytes;
use tokio::sync::mpsc;
use zip::ZipArchive;

use super::archive;
use super::manifest::{self, DatabaseKind, FileEntry, Manifest};
use crate::config::Config;

/// Restores the backup at `file` into the database and store `config` names.
pub async fn restore(config: &Config, file: &Path) -> anyhow::Result<Manifest> {
    let path = file.to_owned();
    let (zip, manifest) = tokio::task::spawn_blocking(move || archive::open(&path)).await??;
    let kind = DatabaseKind::of(&config.database_url);
    if kind != manifest.database {
        bail!(
            "this backup is of a {:?} database; DATABASE_URL names a {kind:?} one",
            manifest.database
        );
    }
    ensure_empty(config).await?;
    let zip = match kind {
        DatabaseKind::Sqlite => put_sqlite_file(config, zip).await?,
        DatabaseKind::Postgresql => pg_restore(config, zip).await?,
    };
    restore_files(config, zip, &manifest.files).await?;
    let db = app::db::connect(&config.database_url).await?;
    let counted = check_rows(&db, &manifest).await;
    db.close().await.ok();
    counted?;
    crate::startup::open_database(config).await?.close().await?;
    Ok(manifest)
}

/// Refuses a database that holds tables: a restore never mixes with data already there.
async fn ensure_empty(config: &Config) -> anyhow::Result<()> {
    let url = &config.database_url;
    if let Some(path) = app::db::sqlite_path(url)
        && !Path::new(&path).exists()
    {
        return Ok(());
    }
    let db = app::db::connect(url)
        .await
        .context("connecting to DATABASE_URL")?;
    let tables = manifest::table_names(&db).await;
    db.close().await.ok();
    if !tables?.is_empty() {
        bail!("the database DATABASE_URL names already holds tables; restore into an empty one");
    }
    if let Some(path) = app::db::sqlite_path(url) {
        for file in [path.clone(), format!("{path}-wal"), format!("{path}-shm")] {
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => return Err(error).context(format!("removing {file}")),
            }
        }
    }
    Ok(())
}

async fn put_sqlite_file(
    config: &Config,
    mut zip: ZipArchive<File>,
) -> anyhow::Result<ZipArchive<File>> {
    let path = app::db::sqlite_path(&config.database_url)
        .context("DATABASE_URL names a SQLite database in memory; restore needs a file")?;
    if let Some(parent) = Path::new(&path).parent() {
        std::fs::create_dir_all(parent)?;
    }
    tokio::task::spawn_blocking(move || {
        let partial = format!("{path}.partial");
        archive::extract(&mut zip, DatabaseKind::Sqlite.entry(), Path::new(&partial))?;
        std::fs::rename(&partial, &path)?;
        Ok(zip)
    })
    .await?
}

async fn pg_restore(
    config: &Config,
    mut zip: ZipArchive<File>,
) -> anyhow::Result<ZipArchive<File>> {
    let dir = tempfile::tempdir()?;
    let dump = dir.path().join(DatabaseKind::Postgresql.entry());
    let target = dump.clone();
    let zip = tokio::task::spawn_blocking(move || {
        archive::extract(&mut zip, DatabaseKind::Postgresql.entry(), &target).map(|()| zip)
    })
    .await??;
    let restored = tokio::process::Command::new("pg_restore")
        .args([
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
        ])
        .arg("--dbname")
        .arg(&config.database_url)
        .arg(&dump)
        .output()
        .await
        .context("running pg_restore (install PostgreSQL's client programs)")?;
    if !restored.status.success() {
        bail!(
            "pg_restore failed ({}): {}",
            restored.status,
            String::from_utf8_lossy(&restored.stderr).trim()
        );
    }
    Ok(zip)
}

/// One file's pieces, read on a blocking thread.
enum Piece {
    Start(usize),
    Bytes(Bytes),
    End,
}

async fn restore_files(
    config: &Config,
    mut zip: ZipArchive<File>,
    files: &[FileEntry],
) -> anyhow::Result<()> {
    let limits = app::attachment::Limits {
        max_file_bytes: u64::MAX,
        ..Default::default()
    };
    let instance = app::instance::Instance::new();
    let storage =
        app::blob::Storage::open(&config.blob_store, &config.data_dir, &instance, limits)?;
    storage
        .check()
        .await
        .context("reaching the attachment store")?;
    let (pieces, mut incoming) = mpsc::channel(8);
    let names: Vec<String> = files.iter().map(FileEntry::entry).collect();
    let reader = tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        let send = |piece| {
            pieces
                .blocking_send(piece)
                .map_err(|_| anyhow::anyhow!("stopped"))
        };
        for (at, name) in names.iter().enumerate() {
            send(Piece::Start(at))?;
            archive::read_entry(&mut zip, name, |bytes| send(Piece::Bytes(bytes)))?;
            send(Piece::End)?;
        }
        Ok(())
    });
    let mut staging = None;
    let mut current = 0;
    while let Some(piece) = incoming.recv().await {
        match piece {
            Piece::Start(at) => (current, staging) = (at, Some(storage.stage().await?)),
            Piece::Bytes(bytes) => {
                staging
                    .as_mut()
                    .context("bytes before a file")?
                    .write(&bytes)
                    .await?
            }
            Piece::End => {
                let staged = staging
                    .take()
                    .context("a file's end before its start")?
                    .finish()
                    .await?;
                let expected = &files[current].sha256;
                if &staged.sha256 != expected {
                    bail!("the file {expected} in the backup is damaged (its SHA-256 differs)");
                }
                storage.keep(&staged).await?;
            }
        }
    }
    reader.await?
}

async fn check_rows(db: &impl sea_orm::ConnectionTrait, manifest: &Manifest) -> anyhow::Result<()> {
    let (tables, _) = manifest::contents(db).await?;
    for (table, rows) in &manifest.tables {
        let found = tables.get(table).copied();
        if found != Some(*rows) {
            bail!("after the restore {table} holds {found:?} rows; the backup says {rows}");
        }
    }
    Ok(())
}
