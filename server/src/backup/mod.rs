//! `ordet backup FILE` and `ordet restore FILE`: the database and every attached file in one
//! archive, taken while the site serves. The database is copied at one moment (see
//! [`snapshot`]); the files its attachment rows refer to are then copied from the store — they
//! are content-addressed and never change, so the copy matches the snapshot. Search indexes
//! are derived and not included: a restored site rebuilds them at its first start.

mod archive;
pub mod manifest;
mod restore;
mod snapshot;

use std::path::Path;

use anyhow::Context;
use chrono::Utc;
use futures_util::StreamExt;

pub use manifest::{DatabaseKind, Manifest};
pub use restore::restore;

use crate::config::Config;

/// Writes a backup of the database and store `config` names to `file`.
pub async fn backup(config: &Config, file: &Path) -> anyhow::Result<Manifest> {
    let db = app::db::connect(&config.database_url)
        .await
        .context("connecting to DATABASE_URL")?;
    let storage = app::blob::Storage::open(
        &config.blob_store,
        &config.data_dir,
        &app::instance::Instance::new(),
        app::attachment::Limits::default(),
    )?;
    let folder = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let work = tempfile::Builder::new()
        .prefix(".ordet-backup-")
        .tempdir_in(folder)
        .with_context(|| format!("writing in {}", folder.display()))?;
    let created_at = Utc::now();
    let snapshot = snapshot::take(&db, &config.database_url, work.path()).await?;
    db.close().await.ok();
    let writer = archive::Writer::create(file)?;
    let compress = snapshot.kind == DatabaseKind::Sqlite;
    writer
        .add_file(snapshot.kind.entry(), &snapshot.file, compress)
        .await?;
    let mut manifest = Manifest {
        format: manifest::FORMAT.into(),
        version: manifest::VERSION,
        created_at,
        database: snapshot.kind,
        tables: snapshot.tables,
        files: Vec::with_capacity(snapshot.files.len()),
        missing_files: Vec::new(),
    };
    for entry in snapshot.files {
        let mut bytes = match storage.read(&entry.sha256).await {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                tracing::warn!(sha256 = %entry.sha256, "a file was deleted after the snapshot");
                manifest.missing_files.push(entry.sha256);
                continue;
            }
            Err(error) => return Err(error).context(format!("reading file {}", entry.sha256)),
        };
        writer.start(&entry.entry(), false).await?;
        while let Some(chunk) = bytes.next().await {
            writer.write(chunk?).await?;
        }
        manifest.files.push(entry);
    }
    writer.finish(&manifest).await?;
    Ok(manifest)
}

/// What a backup or restore did, in one line.
pub fn summary(manifest: &Manifest) -> String {
    format!(
        "{} tables ({} rows, {:?}) and {} files ({} bytes), taken at {}{}",
        manifest.tables.len(),
        manifest.rows(),
        manifest.database,
        manifest.files.len(),
        manifest.bytes(),
        manifest.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
        match manifest.missing_files.len() {
            0 => String::new(),
            n => format!("; {n} files were deleted after the snapshot and are not included"),
        }
    )
}
