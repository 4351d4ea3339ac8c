//! Content-addressed file storage under `ORDET_DATA_DIR/attachments/`: a file's path is its
//! SHA-256, so the same letter sent twice is stored once. Uploads are written to `tmp/`
//! first and moved into place only when the response that carries them is stored; a staged
//! file that is dropped is deleted, so a refused upload leaves nothing behind.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::Limits;

/// The attachment store.
#[derive(Clone, Debug)]
pub struct Storage {
    root: PathBuf,
    /// How many files, how large.
    pub limits: Limits,
}

impl Storage {
    /// The store under `data_dir/attachments`.
    pub fn new(data_dir: &Path, limits: Limits) -> Self {
        Storage {
            root: data_dir.join("attachments"),
            limits,
        }
    }

    /// Where the file with this SHA-256 (lower-case hex) lives.
    pub fn path_of(&self, sha256: &str) -> PathBuf {
        let prefix = sha256.get(..2).unwrap_or("00");
        self.root.join(prefix).join(sha256)
    }

    fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }

    /// Deletes uploads left in `tmp/` by a process that died while receiving them.
    pub async fn clear_staging(&self) -> std::io::Result<()> {
        match tokio::fs::remove_dir_all(self.tmp_dir()).await {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }

    /// Starts receiving one file.
    pub async fn stage(&self) -> std::io::Result<Staging> {
        tokio::fs::create_dir_all(self.tmp_dir()).await?;
        let name: u128 = rand::random();
        let path = self.tmp_dir().join(format!("{name:032x}"));
        let file = tokio::fs::File::create(&path).await?;
        Ok(Staging {
            file,
            staged: StagedFile {
                path,
                sha256: String::new(),
                size: 0,
            },
            hasher: Sha256::new(),
            max: self.limits.max_file_bytes,
        })
    }

    /// Moves a staged file to its content address. `Ok(true)` when this call created it,
    /// `Ok(false)` when the same content was stored already (the staged copy is dropped).
    pub async fn keep(&self, staged: &StagedFile) -> std::io::Result<bool> {
        let target = self.path_of(&staged.sha256);
        if tokio::fs::try_exists(&target).await? {
            return Ok(false);
        }
        if let Some(parent) = target.parent() {
            tokio::fs::create_dir_all(parent).await?;
        }
        tokio::fs::rename(&staged.path, &target).await?;
        Ok(true)
    }
}

/// A file being received: written to `tmp/` and hashed as it arrives. Bytes beyond the
/// size limit are counted but not written.
#[derive(Debug)]
pub struct Staging {
    file: tokio::fs::File,
    staged: StagedFile,
    hasher: Sha256,
    max: u64,
}

impl Staging {
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

/// A received file in `tmp/`. Dropping it deletes the temporary copy (after
/// [`Storage::keep`] moved it, there is nothing left to delete).
#[derive(Debug)]
pub struct StagedFile {
    /// Its temporary path.
    pub path: PathBuf,
    /// SHA-256 of the content, lower-case hex.
    pub sha256: String,
    /// Bytes received.
    pub size: u64,
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}
