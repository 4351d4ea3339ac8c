//! Every attachment of a hearing in one ZIP, each entry named `{svarnummer}/{filename}`,
//! except those of responses still awaiting e-mail confirmation:
//! responses are read in batches by id, and each file is streamed from the content-addressed
//! store (a folder or a bucket) into the archive on the blocking pool, one file at a time,
//! so only a chunk of one file is in memory. The archive is written to a file.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::path::Path;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio_util::io::{StreamReader, SyncIoBridge};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::attachment::intake::clean_name;
use crate::blob::Storage;
use crate::entities::{attachment, response};
use crate::error::AppError;
use crate::vocab::ResponseStatus;

/// Responses read per query.
const BATCH: u64 = 1000;

fn zip_error(error: impl std::fmt::Display) -> AppError {
    tracing::error!(%error, "writing an attachments ZIP");
    AppError::Internal
}

/// A file name safe inside an archive: the upload's own cleaning (no folders, no parent
/// references), never empty.
fn safe_name(name: &str) -> String {
    let clean = clean_name(name);
    if clean.is_empty() {
        "bilag".into()
    } else {
        clean
    }
}

/// `name`, or `name (2).ext`, `name (3).ext`… until it is not in `taken`.
fn unique(name: &str, taken: &mut HashSet<String>) -> String {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    let mut candidate = name.to_owned();
    let mut n = 2;
    while taken.contains(&candidate.to_lowercase()) {
        candidate = format!("{stem} ({n}){ext}");
        n += 1;
    }
    taken.insert(candidate.to_lowercase());
    candidate
}

/// The next batch's entries: (name in the archive, the file's SHA-256), and the last
/// response id.
async fn entries(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    after: i32,
    taken: &mut HashMap<i32, HashSet<String>>,
) -> Result<(Vec<(String, String)>, Option<i32>), AppError> {
    let responses: Vec<(i32, String)> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Svarnummer)
        .filter(response::Column::HearingId.eq(hearing_id))
        // Unconfirmed uploads are nobody's answer yet; withdrawn, rejected and held ones are
        // part of the record and stay.
        .filter(response::Column::Status.ne(ResponseStatus::AwaitingVerification))
        .filter(response::Column::Id.gt(after))
        .order_by_asc(response::Column::Id)
        .limit(BATCH)
        .into_tuple()
        .all(db)
        .await?;
    let Some(&(last, _)) = responses.last() else {
        return Ok((Vec::new(), None));
    };
    let numbers: HashMap<i32, String> = responses.into_iter().collect();
    let files = attachment::Entity::find()
        .filter(attachment::Column::ResponseId.is_in(numbers.keys().copied()))
        .order_by_asc(attachment::Column::ResponseId)
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?;
    let entries = files
        .into_iter()
        .filter_map(|file| {
            let id = file.response_id?;
            let name = unique(&safe_name(&file.filename), taken.entry(id).or_default());
            Some((format!("{}/{name}", numbers.get(&id)?), file.sha256))
        })
        .collect();
    Ok((entries, Some(last)))
}

/// Streams one stored file into the archive as `name`.
async fn append(
    mut zip: ZipWriter<File>,
    storage: &Storage,
    (name, sha256): (String, String),
) -> Result<ZipWriter<File>, AppError> {
    let bytes = match storage.read(&sha256).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, sha256 = %sha256, "an attachment is missing from the store");
            return Err(AppError::Internal);
        }
    };
    let mut source = SyncIoBridge::new(StreamReader::new(bytes));
    // Each file is at most ORDET_MAX_FILE_MB (≤ 1 GB), so no entry needs ZIP64 of its own.
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    tokio::task::spawn_blocking(move || {
        zip.start_file(name.as_str(), options).map_err(zip_error)?;
        std::io::copy(&mut source, &mut zip).map_err(zip_error)?;
        Ok(zip)
    })
    .await
    .map_err(zip_error)?
}

/// Writes the hearing's attachments to `path`; returns how many files it holds.
pub async fn write(
    db: &impl ConnectionTrait,
    storage: &Storage,
    hearing_id: i32,
    path: &Path,
) -> Result<usize, AppError> {
    let file = File::create(path).map_err(zip_error)?;
    let mut zip = ZipWriter::new(file);
    let mut taken = HashMap::new();
    let (mut after, mut count) = (0, 0);
    loop {
        let (batch, last) = entries(db, hearing_id, after, &mut taken).await?;
        let Some(last) = last else { break };
        after = last;
        count += batch.len();
        for entry in batch {
            zip = append(zip, storage, entry).await?;
        }
    }
    tokio::task::spawn_blocking(move || zip.finish().map(drop))
        .await
        .map_err(zip_error)?
        .map_err(zip_error)?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_folders_and_stay_unique() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("C:\\Users\\x\\brev.pdf"), "brev.pdf");
        assert_eq!(safe_name(".."), "bilag");
        let mut taken = HashSet::new();
        assert_eq!(unique("brev.pdf", &mut taken), "brev.pdf");
        assert_eq!(unique("Brev.pdf", &mut taken), "Brev (2).pdf");
        assert_eq!(unique("brev.pdf", &mut taken), "brev (3).pdf");
        assert_eq!(unique("notat", &mut taken), "notat");
        assert_eq!(unique("notat", &mut taken), "notat (2)");
    }
}
