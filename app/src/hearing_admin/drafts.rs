//! New draft versions from the browser or the API: a preview that only parses, and
//! publishing, which stores the version through [`crate::draft::store::import_version`] and
//! its audit entry in one transaction. Also: one stored version, and the diff of two.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, TransactionSession, TransactionTrait};
use serde_json::json;

use super::diff::{DraftDiff, diff_drafts};
use super::store::manageable;
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::draft::DraftDto;
use crate::draft::store::{
    ImportError, ImportOutcome, import_version, latest_version, load_version,
};
use crate::entities::hearing;
use crate::error::AppError;
use crate::i18n::Locale;

/// The field a draft's problems are reported at.
pub const FIELD: &str = "markdown";

/// The Markdown of an upload: a Word or OpenDocument file converted (off the request
/// thread: unpacking and walking the XML take a while), anything else as it is; the message
/// at [`FIELD`] when a document cannot be read.
pub async fn markdown_source(upload: Vec<u8>, locale: Locale) -> Result<Vec<u8>, AppError> {
    if !super::office::is_office(&upload) {
        return Ok(upload);
    }
    tokio::task::spawn_blocking(move || super::office::to_markdown(&upload))
        .await
        .map_err(|e| AppError::internal("converting a draft document", &e))?
        .map(String::into_bytes)
        .ok_or_else(|| AppError::field(FIELD, locale.messages().ha_office_unreadable()))
}

/// Parses `source` as the hearing's next version without storing anything; the parser's
/// message (in `locale`) at [`FIELD`] when it is refused.
pub async fn preview(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    source: &[u8],
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<DraftDto, AppError> {
    let t = locale.messages();
    if source.iter().all(u8::is_ascii_whitespace) {
        return Err(AppError::field(FIELD, t.ha_draft_missing()));
    }
    let parsed = crate::draft::markdown::parse(source)
        .map_err(|error| AppError::field(FIELD, error.message(t)))?;
    let next = latest_version(db, hearing_id)
        .await?
        .map_or(1, |v| v.version_no + 1);
    Ok(DraftDto {
        version_no: next,
        title: parsed.title,
        imported_local: crate::clock::local(now, crate::clock::HOME_ZONE),
        imported_at: now,
        sections: parsed.sections,
    })
}

/// Publishes `source` as the next version of hearing `slug`, with an audit entry in the
/// same transaction. An identical file stores nothing ([`ImportOutcome::Unchanged`]).
pub async fn publish<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    who: &Principal,
    slug: &str,
    source: &[u8],
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<ImportOutcome, AppError> {
    let model = manageable(db, who, slug).await?;
    preview(db, model.id, source, locale, now).await?;
    let txn = crate::db::begin_write(db).await?;
    let outcome = match import_version(&txn, model.id, source, now).await {
        Ok(outcome) => outcome,
        Err(ImportError::Draft(error)) => {
            return Err(AppError::field(FIELD, error.message(locale.messages())));
        }
        Err(ImportError::App(error)) => return Err(error),
    };
    if let ImportOutcome::Created {
        version_no,
        paragraphs,
    } = outcome
    {
        let version = latest_version(&txn, model.id)
            .await?
            .ok_or(AppError::Internal)?;
        let entry = Entry {
            actor_id: Some(who.account_id),
            action: "draft.import",
            entity: "draft_version",
            entity_id: version.id,
            hearing_id: Some(model.id),
            reason: None,
            before: serde_json::Value::Null,
            after: json!({"version_no": version_no, "paragraphs": paragraphs, "title": version.title}),
        };
        audit::record(&txn, entry, now).await?;
    }
    txn.commit().await?;
    Ok(outcome)
}

/// The hearing `slug` (readable by `who`) and the diff of versions `from` and `to`; by
/// default the latest against the one before. `None` when either version is missing.
pub async fn diff_for(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<(hearing::Model, Option<DraftDiff>), AppError> {
    let model = crate::hearing::store::required(db, slug).await?;
    who.require(Capability::ReadResponses, Some(model.id))?;
    let latest = latest_version(db, model.id)
        .await?
        .map_or(0, |v| v.version_no);
    let to = to.unwrap_or(latest);
    let from = from.unwrap_or(to.saturating_sub(1));
    let old = load_version(db, model.id, from).await?;
    let new = load_version(db, model.id, to).await?;
    let diff = old.zip(new).map(|(old, new)| diff_drafts(&old, &new));
    Ok((model, diff))
}
