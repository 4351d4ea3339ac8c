//! (ssr) A retried submission is one response. An API client names a submission with the
//! `Idempotency-Key` header; the form's key is its signed render id (`web::fill_time`). The first
//! submission with a key claims it for the hearing inside its own transaction, before the rate
//! limit and the response are written; a unique index on (hearing, key) makes every other
//! process or racing request wait for that transaction and then find the claim. The same key
//! with the same content is answered with the first response (no second row, mail or
//! svarnummer); with other content it is refused (422). Key and content are stored as SHA-256.

use axum::http::HeaderMap;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TryInsertResult,
};
use sha2::{Digest, Sha256};

use super::{SubmitRequest, Submitted};
use crate::attachment::intake::Upload;
use crate::entities::{response, submission_key};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::vocab::ResponseStatus;

/// The request header an API client names a submission with.
pub const HEADER: &str = "idempotency-key";
/// The field a refused key is reported at.
pub const FIELD: &str = "idempotency_key";
/// The longest key accepted.
const MAX_KEY_CHARS: usize = 255;

/// A submission's key and its content, both as SHA-256 (hex).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubmissionKey {
    key_sha256: String,
    request_sha256: String,
}

impl SubmissionKey {
    /// The key `key` from `source` (`api`, `form`: the two never meet) for a submission of
    /// `request` with `uploads`. The content is the checked fields and each file's name and
    /// SHA-256, so a multipart retry with another boundary is still the same submission.
    pub fn new(source: &str, key: &str, request: &SubmitRequest, uploads: &[Upload]) -> Self {
        let key_sha256 = hex::encode(Sha256::digest(format!("{source}:{key}")));
        let mut content = Sha256::new();
        content.update(serde_json::to_vec(request).unwrap_or_default());
        for upload in uploads {
            content.update(b"\n");
            content.update(upload.name.as_bytes());
            content.update(b"\0");
            content.update(upload.file.sha256.as_bytes());
        }
        SubmissionKey {
            key_sha256,
            request_sha256: hex::encode(content.finalize()),
        }
    }
}

/// The `Idempotency-Key` header: none when absent; 1 to 255 visible ASCII characters, else a
/// 422 at [`FIELD`].
pub fn header_key(headers: &HeaderMap, locale: Locale) -> Result<Option<String>, AppError> {
    let Some(value) = headers.get(HEADER) else {
        return Ok(None);
    };
    let key = value.to_str().unwrap_or_default().trim();
    let visible = key.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
    if key.is_empty() || key.len() > MAX_KEY_CHARS || !visible {
        let message = locale.messages().idempotency_key_invalid();
        return Err(AppError::field(FIELD, message));
    }
    Ok(Some(key.to_owned()))
}

/// What a claim found.
#[derive(Debug)]
pub enum Claim {
    /// The key is this submission's (the row's id); store it and [`settle`] the row.
    Claimed(i32),
    /// The key's submission is stored already: its answer.
    Replay(Submitted),
}

/// Claims `key` for the hearing in the submission's transaction `txn`. When another
/// transaction holds or held it, PostgreSQL waits for that one to end (the unique index);
/// SQLite has one writer. A key stored with other content is a 422 at [`FIELD`].
pub async fn claim(
    txn: &impl ConnectionTrait,
    hearing_id: i32,
    key: &SubmissionKey,
    now: DateTime<Utc>,
    locale: Locale,
) -> Result<Claim, AppError> {
    use submission_key::Column;
    let row = submission_key::ActiveModel {
        hearing_id: Set(hearing_id),
        key_sha256: Set(key.key_sha256.clone()),
        request_sha256: Set(key.request_sha256.clone()),
        response_id: Set(None),
        created_at: Set(now),
        ..Default::default()
    };
    let inserted = submission_key::Entity::insert(row)
        .on_conflict_do_nothing_on([Column::HearingId, Column::KeySha256])
        .exec(txn)
        .await?;
    if let TryInsertResult::Inserted(result) = inserted {
        return Ok(Claim::Claimed(result.last_insert_id));
    }
    let stored = submission_key::Entity::find()
        .filter(Column::HearingId.eq(hearing_id))
        .filter(Column::KeySha256.eq(&key.key_sha256))
        .one(txn)
        .await?;
    let Some(stored) = stored else {
        tracing::error!(hearing_id, "a conflicting submission key is not there");
        return Err(AppError::Internal);
    };
    if stored.request_sha256 != key.request_sha256 {
        let message = locale.messages().idempotency_key_reused();
        return Err(AppError::field(FIELD, message));
    }
    let first = match stored.response_id {
        Some(id) => response::Entity::find_by_id(id).one(txn).await?,
        None => None,
    };
    let Some(first) = first else {
        tracing::error!(hearing_id, "a submission key without its response");
        return Err(AppError::Internal);
    };
    tracing::info!(hearing_id, svarnummer = %first.svarnummer, "submission repeated; first answer");
    Ok(Claim::Replay(Submitted {
        id: first.id,
        svarnummer: first.svarnummer,
        status: ResponseStatus::AwaitingVerification,
    }))
}

/// Records that the claimed key `claim_id` stored `response_id`, in the same transaction.
pub async fn settle(
    txn: &impl ConnectionTrait,
    claim_id: i32,
    response_id: i32,
) -> Result<(), sea_orm::DbErr> {
    submission_key::ActiveModel {
        id: Set(claim_id),
        response_id: Set(Some(response_id)),
        ..Default::default()
    }
    .update(txn)
    .await?;
    Ok(())
}
