//! The backup file: a ZIP (the `zip` crate the exports already use) with `manifest.json`,
//! the database and `files/<sha256>` for each attached file. ZIP's writer is synchronous, so
//! it runs on a blocking thread and the async side hands it entries over a channel; the
//! archive is written beside its name and renamed into place only when it is whole.

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use axum::body::Bytes;
use tokio::sync::mpsc;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::manifest::Manifest;

/// The manifest's entry.
pub const MANIFEST: &str = "manifest.json";

/// Reads in pieces of this size.
pub const CHUNK: usize = 256 * 1024;

enum Piece {
    Start { name: String, compress: bool },
    Bytes(Bytes),
}

/// An archive being written.
/// Dropped before [`Writer::finish`] (an error on the way), it deletes the partial file.
pub struct Writer {
    pieces: Option<mpsc::Sender<Piece>>,
    done: Option<tokio::task::JoinHandle<anyhow::Result<ZipWriter<File>>>>,
    partial: PathBuf,
    target: PathBuf,
    finished: bool,
}

impl Writer {
    /// Starts `target` (written as `target.partial` until [`Writer::finish`]).
    pub fn create(target: &Path) -> anyhow::Result<Self> {
        let mut partial = target.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        let file =
            File::create(&partial).with_context(|| format!("creating {}", partial.display()))?;
        let (pieces, mut incoming) = mpsc::channel::<Piece>(8);
        let done = tokio::task::spawn_blocking(move || {
            let mut zip = ZipWriter::new(file);
            while let Some(piece) = incoming.blocking_recv() {
                match piece {
                    Piece::Start { name, compress } => {
                        let method = if compress {
                            CompressionMethod::Deflated
                        } else {
                            CompressionMethod::Stored
                        };
                        let options = SimpleFileOptions::default()
                            .compression_method(method)
                            .large_file(true);
                        zip.start_file(name, options)?;
                    }
                    Piece::Bytes(bytes) => zip.write_all(&bytes)?,
                }
            }
            Ok(zip)
        });
        Ok(Writer {
            pieces: Some(pieces),
            done: Some(done),
            partial,
            target: target.to_owned(),
            finished: false,
        })
    }

    /// Starts the entry `name`; `compress` for what compresses well.
    pub async fn start(&self, name: &str, compress: bool) -> anyhow::Result<()> {
        let name = name.to_owned();
        self.send(Piece::Start { name, compress }).await
    }

    /// Adds bytes to the current entry.
    pub async fn write(&self, bytes: Bytes) -> anyhow::Result<()> {
        self.send(Piece::Bytes(bytes)).await
    }

    /// Adds the file at `path` as the entry `name`.
    pub async fn add_file(&self, name: &str, path: &Path, compress: bool) -> anyhow::Result<()> {
        use tokio::io::AsyncReadExt;
        self.start(name, compress).await?;
        let mut file = tokio::fs::File::open(path).await?;
        let mut buffer = vec![0; CHUNK];
        loop {
            let read = file.read(&mut buffer).await?;
            if read == 0 {
                return Ok(());
            }
            self.write(Bytes::copy_from_slice(&buffer[..read])).await?;
        }
    }

    async fn send(&self, piece: Piece) -> anyhow::Result<()> {
        let stopped = || anyhow!("the archive writer stopped");
        let pieces = self.pieces.as_ref().ok_or_else(stopped)?;
        pieces.send(piece).await.map_err(|_| stopped())
    }

    /// Writes the manifest last, closes the archive, and puts it in its place.
    pub async fn finish(mut self, manifest: &Manifest) -> anyhow::Result<()> {
        self.start(MANIFEST, true).await?;
        self.write(serde_json::to_vec_pretty(manifest)?.into())
            .await?;
        self.pieces = None;
        let done = self.done.take().context("the archive writer stopped")?;
        let zip = done.await??;
        tokio::task::spawn_blocking(move || {
            let file = zip.finish()?;
            file.sync_all()
        })
        .await??;
        std::fs::rename(&self.partial, &self.target)
            .with_context(|| format!("renaming into {}", self.target.display()))?;
        self.finished = true;
        Ok(())
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        if !self.finished {
            let _ = std::fs::remove_file(&self.partial);
        }
    }
}

/// Opens an archive and reads its manifest.
pub fn open(path: &Path) -> anyhow::Result<(ZipArchive<File>, Manifest)> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut zip = ZipArchive::new(file).context("this is not an Ordet backup (not a ZIP file)")?;
    let manifest: Manifest = {
        let entry = zip
            .by_name(MANIFEST)
            .context("this is not an Ordet backup (no manifest.json)")?;
        serde_json::from_reader(entry).context("reading manifest.json")?
    };
    manifest.check()?;
    Ok((zip, manifest))
}

/// Copies the entry `name` to the file `to`.
pub fn extract(zip: &mut ZipArchive<File>, name: &str, to: &Path) -> anyhow::Result<()> {
    let mut entry = zip
        .by_name(name)
        .with_context(|| format!("the backup has no {name}"))?;
    let mut file = File::create(to).with_context(|| format!("creating {}", to.display()))?;
    std::io::copy(&mut entry, &mut file)?;
    file.sync_all()?;
    Ok(())
}

/// Reads the entry `name` and hands it on in pieces (on a blocking thread).
pub fn read_entry(
    zip: &mut ZipArchive<File>,
    name: &str,
    mut each: impl FnMut(Bytes) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut entry = zip
        .by_name(name)
        .with_context(|| format!("the backup has no {name}"))?;
    let mut buffer = vec![0; CHUNK];
    loop {
        let read = entry.read(&mut buffer)?;
        if read == 0 {
            return Ok(());
        }
        each(Bytes::copy_from_slice(&buffer[..read]))?;
    }
}
