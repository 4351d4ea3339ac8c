//! The staging area: uploads arrive in chunks into a file of this process's own folder,
//! `ORDET_DATA_DIR/attachments/tmp/<instance>/`, hashed as they arrive, before they go to the
//! store. Several processes may share the data directory, so a process starting deletes only
//! its own folder and the folders of processes long gone — never a neighbour's upload in
//! flight.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::instance::Instance;

/// A folder (or a file) in `tmp/` nobody wrote to for this long belongs to a process that is
/// gone: an upload in flight writes every few seconds, and an extraction's copy lives at most
/// as long as the extractor's time limit (an hour at most).
pub const STALE_AFTER: Duration = Duration::from_secs(6 * 60 * 60);

/// `tmp/`, and this process's folder in it.
#[derive(Clone, Debug)]
pub(super) struct Area {
    tmp: PathBuf,
    own: PathBuf,
}

impl Area {
    pub(super) fn new(attachments: &Path, instance: &Instance) -> Self {
        let tmp = attachments.join("tmp");
        let own = tmp.join(folder_name(instance));
        Area { tmp, own }
    }

    /// Creates a new empty file in this process's folder (the folder too, when missing).
    pub(super) async fn create(&self, suffix: &str) -> std::io::Result<(tokio::fs::File, PathBuf)> {
        let name: u128 = rand::random();
        let path = self.own.join(format!("{name:032x}{suffix}"));
        tokio::fs::create_dir_all(&self.own).await?;
        match tokio::fs::File::create(&path).await {
            // Another process found the folder idle for hours and removed it just now.
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                tokio::fs::create_dir_all(&self.own).await?;
                Ok((tokio::fs::File::create(&path).await?, path))
            }
            result => Ok((result?, path)),
        }
    }

    /// Deletes this process's folder and whatever in `tmp/` was last written before
    /// `now - STALE_AFTER`.
    pub(super) async fn clear(&self, now: DateTime<Utc>) -> std::io::Result<()> {
        let area = self.clone();
        tokio::task::spawn_blocking(move || area.clear_blocking(now))
            .await
            .map_err(std::io::Error::other)?
    }

    fn clear_blocking(&self, now: DateTime<Utc>) -> std::io::Result<()> {
        ignore_missing(std::fs::remove_dir_all(&self.own))?;
        let entries = match std::fs::read_dir(&self.tmp) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            entries => entries?,
        };
        let Some(stale_before) = chrono::TimeDelta::from_std(STALE_AFTER)
            .ok()
            .and_then(|age| now.checked_sub_signed(age))
        else {
            return Ok(());
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if last_written(&path).is_some_and(|at| at < stale_before) {
                let removed = if path.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
                if let Err(error) = ignore_missing(removed) {
                    tracing::warn!(%error, path = %path.display(), "cannot remove a stale upload");
                } else {
                    tracing::info!(path = %path.display(), "removed a gone process's uploads");
                }
            }
        }
        Ok(())
    }
}

/// The newest modification time of `path` and, for a folder, of what is directly in it.
fn last_written(path: &Path) -> Option<DateTime<Utc>> {
    let own = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let mut newest = DateTime::<Utc>::from(own);
    if path.is_dir() {
        for entry in std::fs::read_dir(path).ok()?.flatten() {
            if let Ok(modified) = entry.metadata().and_then(|m| m.modified()) {
                newest = newest.max(modified.into());
            }
        }
    }
    Some(newest)
}

fn ignore_missing(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// The instance's name as a folder name: letters, digits, `-` and `_` only.
fn folder_name(instance: &Instance) -> String {
    instance
        .id()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A file being received: written to the staging folder and hashed as it arrives. Bytes
/// beyond the size limit are counted but not written.
#[derive(Debug)]
pub struct Staging {
    file: tokio::fs::File,
    staged: StagedFile,
    hasher: Sha256,
    max: u64,
}

impl Staging {
    pub(super) fn new(file: tokio::fs::File, path: PathBuf, max: u64) -> Self {
        Staging {
            file,
            staged: StagedFile::at(path),
            hasher: Sha256::new(),
            max,
        }
    }

    /// Appends a chunk.
    pub async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        let len = u64::try_from(chunk.len()).unwrap_or(u64::MAX);
        self.staged.size = self.staged.size.saturating_add(len);
        if self.staged.size <= self.max {
            self.hasher.update(chunk);
            self.file.write_all(chunk).await?;
        }
        Ok(())
    }

    /// Whether more arrived than the limit allows.
    pub fn too_large(&self) -> bool {
        self.staged.size > self.max
    }

    /// The received file, flushed to disk, with its hash and size.
    pub async fn finish(self) -> std::io::Result<StagedFile> {
        let Staging {
            mut file,
            mut staged,
            hasher,
            ..
        } = self;
        file.flush().await?;
        file.sync_all().await?;
        staged.sha256 = hex::encode(hasher.finalize());
        Ok(staged)
    }
}

/// A file in the staging folder. Dropping it deletes it (after [`super::Storage::keep`]
/// moved it into a local store, there is nothing left to delete).
#[derive(Debug)]
pub struct StagedFile {
    /// Its temporary path.
    pub path: PathBuf,
    /// SHA-256 of the content, lower-case hex.
    pub sha256: String,
    /// Bytes received.
    pub size: u64,
}

impl StagedFile {
    pub(super) fn at(path: PathBuf) -> Self {
        StagedFile {
            path,
            sha256: String::new(),
            size: 0,
        }
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instance_name_is_a_plain_folder_name() {
        let name = folder_name(&Instance::named("web/1 ../x"));
        assert_eq!(name, "web_1____x");
        assert!(!name.contains('/') && !name.starts_with('.'));
    }

    #[tokio::test]
    async fn a_restart_clears_its_own_folder_and_the_long_gone_but_not_a_neighbour() {
        let dir = tempfile::tempdir().unwrap();
        let (me, neighbour) = (Instance::named("me"), Instance::named("neighbour"));
        let mine = Area::new(dir.path(), &me);
        let theirs = Area::new(dir.path(), &neighbour);
        let (_, my_leftover) = mine.create("").await.unwrap();
        let (_, in_flight) = theirs.create("").await.unwrap();
        let gone = dir.path().join("tmp").join("gone-1-beef");
        std::fs::create_dir_all(&gone).unwrap();
        let old_upload = gone.join("upload");
        std::fs::write(&old_upload, b"half a letter").unwrap();
        let seven_hours_ago = std::time::SystemTime::now() - Duration::from_secs(7 * 3600);
        let file = std::fs::File::options()
            .write(true)
            .open(&old_upload)
            .unwrap();
        file.set_modified(seven_hours_ago).unwrap();
        std::fs::File::open(&gone)
            .unwrap()
            .set_modified(seven_hours_ago)
            .unwrap();

        mine.clear(Utc::now()).await.unwrap();
        assert!(!my_leftover.exists(), "its own folder is emptied");
        assert!(in_flight.exists(), "a neighbour's upload in flight stays");
        assert!(!gone.exists(), "a process gone for hours is cleaned up");

        theirs
            .clear(Utc::now() + chrono::Duration::hours(7))
            .await
            .unwrap();
        assert!(!in_flight.exists(), "its own restart clears it");
        assert!(mine.create("").await.is_ok(), "a removed folder comes back");
    }
}
