//! Content-addressed file storage: a file's key is its SHA-256 (`<2 hex>/<sha256>`), so the
//! same letter sent twice is stored once. The store is an [`ObjectStore`]: the folder
//! `ORDET_DATA_DIR/attachments/` by default, or an S3-compatible bucket every process reaches
//! ([`Location`]). Uploads are staged on this machine first ([`staging`]) and go to the store
//! only when the response that carries them is stored; a staged file that is dropped is
//! deleted, so a refused upload leaves nothing behind.

mod location;
mod staging;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Bytes;
use chrono::{DateTime, Utc};
use futures_util::stream::{BoxStream, StreamExt, TryStreamExt};
use object_store::buffered::BufWriter;
use object_store::path::Path as Key;
use object_store::{ObjectStore, ObjectStoreExt};
use tokio::io::AsyncWriteExt;

pub use location::{Credentials, Location, S3Location};
pub use staging::{STALE_AFTER, StagedFile, Staging};

use crate::instance::Instance;

/// How many files a response may carry and how large each may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Files per response.
    pub max_files: usize,
    /// Bytes per file.
    pub max_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_files: 10,
            max_file_bytes: 20 * 1024 * 1024,
        }
    }
}

/// Uploads to a remote store go in parts of this size (S3 wants at least 5 MiB a part); a
/// smaller file is one request.
const PART_BYTES: usize = 8 * 1024 * 1024;

/// How long the start waits for a remote store to answer.
const CHECK_WITHIN: std::time::Duration = std::time::Duration::from_secs(30);

/// A stored file's bytes, as they arrive from the store.
pub type ByteStream = BoxStream<'static, std::io::Result<Bytes>>;

/// The attachment store.
#[derive(Clone, Debug)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
    /// The folder the store is, when it is one: a program is given a file's path there.
    local_root: Option<PathBuf>,
    staging: staging::Area,
    /// How many files, how large.
    pub limits: Limits,
}

impl Storage {
    /// The store at `location`, staging uploads in `data_dir/attachments/tmp/<instance>/`.
    pub fn open(
        location: &Location,
        data_dir: &Path,
        instance: &Instance,
        limits: Limits,
    ) -> std::io::Result<Self> {
        let attachments = data_dir.join("attachments");
        let opened = location.open(&attachments)?;
        tracing::info!(store = %opened.store, %instance, "attachment store");
        Ok(Storage {
            store: opened.store,
            local_root: opened.local_root,
            staging: staging::Area::new(&attachments, instance),
            limits,
        })
    }

    /// The local store under `data_dir/attachments`, for a process named anew.
    pub fn new(data_dir: &Path, limits: Limits) -> std::io::Result<Self> {
        Self::open(&Location::Local, data_dir, &Instance::new(), limits)
    }

    /// Whether a remote store answers, by listing a corner of it: a bucket that does not
    /// exist or a key that does not open it stops the start, not the first upload.
    pub async fn check(&self) -> std::io::Result<()> {
        if self.local_root.is_some() {
            return Ok(());
        }
        let corner = Key::from("00");
        let listing = self.store.list_with_delimiter(Some(&corner));
        match tokio::time::timeout(CHECK_WITHIN, listing).await {
            Ok(listed) => listed.map(drop).map_err(std::io::Error::from),
            Err(_) => Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!("the store did not answer within {CHECK_WITHIN:?}"),
            )),
        }
    }

    /// Deletes this process's staging folder (what a previous run left) and the folders of
    /// processes that wrote nothing for [`STALE_AFTER`] before `now`; a neighbour's upload
    /// in flight stays.
    pub async fn clear_staging(&self, now: DateTime<Utc>) -> std::io::Result<()> {
        self.staging.clear(now).await
    }

    /// Starts receiving one file.
    pub async fn stage(&self) -> std::io::Result<Staging> {
        self.stage_up_to(self.limits.max_file_bytes).await
    }

    /// Starts receiving one file of at most `max` bytes (a whole e-mail kept for officials
    /// holds every attachment, so it may be larger than one file).
    pub async fn stage_up_to(&self, max: u64) -> std::io::Result<Staging> {
        let (file, path) = self.staging.create("").await?;
        Ok(Staging::new(file, path, max))
    }

    /// Puts a staged file in the store under its content address. `Ok(true)` when this call
    /// stored it, `Ok(false)` when the same content was there already. Two processes keeping
    /// the same content at once both succeed: each writes whole, identical bytes to one key.
    pub async fn keep(&self, staged: &StagedFile) -> std::io::Result<bool> {
        let key = key_of(&staged.sha256)?;
        if let Some(root) = &self.local_root {
            // On this machine a rename is the whole upload: atomic, and no copy.
            let target = root.join(key.as_ref());
            if tokio::fs::try_exists(&target).await? {
                return Ok(false);
            }
            if let Some(parent) = target.parent() {
                tokio::fs::create_dir_all(parent).await?;
            }
            tokio::fs::rename(&staged.path, &target).await?;
            return Ok(true);
        }
        match self.store.head(&key).await {
            Ok(_) => return Ok(false),
            Err(object_store::Error::NotFound { .. }) => {}
            Err(error) => return Err(error.into()),
        }
        self.upload(&staged.path, key).await?;
        Ok(true)
    }

    /// Streams the file at `path` to `key`, in parts when it is large.
    async fn upload(&self, path: &Path, key: Key) -> std::io::Result<()> {
        let mut file = tokio::fs::File::open(path).await?;
        let mut writer = BufWriter::with_capacity(self.store.clone(), key, PART_BYTES);
        let copied = async {
            tokio::io::copy(&mut file, &mut writer).await?;
            writer.shutdown().await
        }
        .await;
        if copied.is_err() {
            // Parts already sent would otherwise wait in the bucket until its lifecycle rule.
            let _ = writer.abort().await;
        }
        copied
    }

    /// The stored file's bytes, streamed from the store.
    pub async fn read(&self, sha256: &str) -> std::io::Result<ByteStream> {
        let found = self.store.get(&key_of(sha256)?).await?;
        Ok(found.into_stream().map_err(std::io::Error::from).boxed())
    }

    /// Removes a stored file (a file nobody holds); one already gone is fine.
    pub async fn delete(&self, sha256: &str) -> std::io::Result<()> {
        match self.store.delete(&key_of(sha256)?).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(error.into()),
        }
    }

    /// The stored file as a file on this machine, for a program that reads a path: the file
    /// itself in a local store, else a copy in this process's staging folder that is deleted
    /// when the returned value is dropped.
    pub async fn local_file(&self, sha256: &str) -> std::io::Result<LocalFile> {
        let key = key_of(sha256)?;
        if let Some(root) = &self.local_root {
            return Ok(LocalFile {
                path: root.join(key.as_ref()),
                _copy: None,
            });
        }
        let mut bytes = self.read(sha256).await?;
        let (mut file, path) = self.staging.create(".copy").await?;
        let copy = StagedFile::at(path.clone());
        while let Some(chunk) = bytes.next().await {
            file.write_all(&chunk?).await?;
        }
        file.flush().await?;
        Ok(LocalFile {
            path,
            _copy: Some(copy),
        })
    }
}

/// A stored file's path on this machine (see [`Storage::local_file`]).
#[derive(Debug)]
pub struct LocalFile {
    path: PathBuf,
    _copy: Option<StagedFile>,
}

impl LocalFile {
    /// Where to read it.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// `<2 hex>/<sha256>`; anything but 64 lower-case hex digits is not a stored file.
fn key_of(sha256: &str) -> std::io::Result<Key> {
    let valid = sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !valid {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "not a SHA-256 in lower-case hex",
        ));
    }
    Ok(Key::from_iter([&sha256[..2], sha256]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHA: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    #[test]
    fn a_key_is_the_old_layout_and_nothing_else() {
        assert_eq!(key_of(SHA).unwrap().as_ref(), format!("9f/{SHA}"));
        for bad in ["", "../etc/passwd", &SHA.to_uppercase(), &SHA[1..]] {
            assert!(key_of(bad).is_err(), "{bad}");
        }
    }

    #[tokio::test]
    async fn a_kept_file_is_read_back_and_kept_once() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::new(dir.path(), Limits::default()).unwrap();
        let mut staging = storage.stage().await.unwrap();
        staging.write(b"test").await.unwrap();
        let staged = staging.finish().await.unwrap();
        assert_eq!(staged.sha256, SHA);
        assert!(storage.keep(&staged).await.unwrap());
        let path = dir.path().join("attachments").join("9f").join(SHA);
        assert_eq!(std::fs::read(&path).unwrap(), b"test");
        let bytes: Vec<Bytes> = storage
            .read(SHA)
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(bytes.concat(), b"test");
        assert_eq!(storage.local_file(SHA).await.unwrap().path(), path);

        let mut again = storage.stage().await.unwrap();
        again.write(b"test").await.unwrap();
        let again = again.finish().await.unwrap();
        assert!(!storage.keep(&again).await.unwrap(), "stored already");
        let staged_path = again.path.clone();
        drop(again);
        assert!(!staged_path.exists(), "the staged copy is gone");
        storage.delete(SHA).await.unwrap();
        assert!(!path.exists());
        storage.delete(SHA).await.unwrap();
    }

    #[tokio::test]
    async fn a_neighbour_restarting_on_the_same_data_dir_leaves_an_upload_in_flight() {
        let dir = tempfile::tempdir().unwrap();
        let open = |name: &str| {
            Storage::open(
                &Location::Local,
                dir.path(),
                &Instance::named(name),
                Limits::default(),
            )
            .unwrap()
        };
        let a = open("a");
        let mut in_flight = a.stage().await.unwrap();
        in_flight.write(b"te").await.unwrap();
        let restarted = open("b");
        restarted.clear_staging(Utc::now()).await.unwrap();
        in_flight.write(b"st").await.unwrap();
        let staged = in_flight.finish().await.unwrap();
        assert!(staged.path.exists(), "a's upload survived b's restart");
        assert!(a.keep(&staged).await.unwrap());
        assert!(restarted.local_file(SHA).await.unwrap().path().exists());

        let leftover = restarted.stage().await.unwrap().finish().await.unwrap();
        let leftover_path = leftover.path.clone();
        std::mem::forget(leftover); // as if b died before dropping it
        open("b").clear_staging(Utc::now()).await.unwrap();
        assert!(!leftover_path.exists(), "b's restart clears its own folder");
    }
}
