//! Attachment rows: stored with their response, listed with it, found for download.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::intake::Upload;
use super::{Extraction, FileKind};
use crate::blob::Storage;
use crate::disclosure;
use crate::entities::attachment;
use crate::error::AppError;

/// A file and its content address, for receipts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileSummary {
    /// The attachment's id.
    pub id: i32,
    /// The name it was sent under.
    pub name: String,
    /// SHA-256, lower-case hex.
    pub sha256: String,
}

/// Puts the uploads in the store under their content addresses and records them for
/// `response_id`, in the caller's transaction. The SHA-256 of each file this call stored is
/// pushed to `created`, so the caller can delete them when the transaction does not commit.
pub async fn attach(
    db: &impl ConnectionTrait,
    storage: &Storage,
    response_id: i32,
    uploads: &[Upload],
    created: &mut Vec<String>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    for upload in uploads {
        attachment::ActiveModel {
            response_id: Set(Some(response_id)),
            filename: Set(upload.name.clone()),
            content_type: Set(upload.kind.content_type().into()),
            size_bytes: Set(i64::try_from(upload.file.size).unwrap_or(i64::MAX)),
            sha256: Set(upload.file.sha256.clone()),
            extraction_state: Set(Extraction::Pending),
            extracted_text: Set(None),
            extraction_note: Set(None),
            extraction_attempts: Set(0),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let kept = storage
            .keep(&upload.file)
            .await
            .map_err(|e| AppError::internal("storing an attachment", &e))?;
        if kept {
            created.push(upload.file.sha256.clone());
        }
    }
    Ok(())
}

/// Deletes files stored for a transaction that did not commit, unless another response
/// holds the same content.
pub async fn forget_created(db: &impl ConnectionTrait, storage: &Storage, created: Vec<String>) {
    for sha in created {
        let shared = attachment::Entity::find()
            .filter(attachment::Column::Sha256.eq(&sha))
            .one(db)
            .await
            .map(|row| row.is_some())
            .unwrap_or(true);
        if !shared && let Err(error) = storage.delete(&sha).await {
            tracing::warn!(%error, sha256 = %sha, "cannot delete a file no response holds");
        }
    }
}

/// File `id` with the id of the response that holds it; not found when there is no such file
/// or no response holds it any more (a download from the public or from officials).
pub async fn held(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<(attachment::Model, i32), AppError> {
    let row = attachment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let response_id = row.response_id.ok_or(AppError::NotFound)?;
    Ok((row, response_id))
}

/// The files of each response, in the order they were sent.
pub async fn by_response(
    db: &impl ConnectionTrait,
    response_ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, Vec<FileSummary>>, AppError> {
    files_of(db, response_ids, |_| true).await
}

/// The files of each response the public may have (see [`super::disclosure`]), in the order
/// they were sent.
pub async fn public_by_response(
    db: &impl ConnectionTrait,
    response_ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, Vec<FileSummary>>, AppError> {
    files_of(db, response_ids, |row| {
        disclosure::file::of(row).is_public()
    })
    .await
}

async fn files_of(
    db: &impl ConnectionTrait,
    response_ids: impl IntoIterator<Item = i32>,
    wanted: impl Fn(&attachment::Model) -> bool,
) -> Result<HashMap<i32, Vec<FileSummary>>, AppError> {
    let rows = attachment::Entity::find()
        .filter(attachment::Column::ResponseId.is_in(response_ids))
        .all(db)
        .await?;
    let mut files: HashMap<i32, Vec<FileSummary>> = HashMap::new();
    for row in rows.into_iter().filter(|row| wanted(row)) {
        if let Some(response_id) = row.response_id {
            files.entry(response_id).or_default().push(FileSummary {
                id: row.id,
                name: row.filename,
                sha256: row.sha256,
            });
        }
    }
    for list in files.values_mut() {
        list.sort_by_key(|f| f.id);
    }
    Ok(files)
}

/// Where a file is downloaded from: the id finds it, the name makes the link readable.
pub fn url(file: &FileSummary) -> String {
    let name =
        percent_encoding::utf8_percent_encode(&file.name, percent_encoding::NON_ALPHANUMERIC);
    format!("/attachments/{}/{name}", file.id)
}

/// The kind stored for a row.
pub fn kind_of(row: &attachment::Model) -> Option<FileKind> {
    FileKind::from_content_type(&row.content_type)
}
