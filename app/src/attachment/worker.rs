//! The background job that extracts attachments' text. The `attachment` rows in state
//! `pending` are its queue, so nothing is lost when the process dies: on start it carries
//! on. Each file is read by a child process (`ordet extract-text`) with a time limit; the
//! child limits its own memory. A file whose child keeps dying is given up after
//! [`MAX_ATTEMPTS`] and flagged.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use tokio::process::Command;
use tokio::sync::Notify;

use super::blob::Storage;
use super::extract::{EXIT_ENCRYPTED, EXIT_MALFORMED};
use super::{Extraction, store::kind_of};
use crate::entities::attachment;
use crate::error::AppError;
use crate::search::outbox;

/// Tries per file before it is flagged as failed.
pub const MAX_ATTEMPTS: i32 = 3;

/// How text is extracted: which program runs `extract-text`, and how long it may take.
#[derive(Clone, Debug)]
pub struct Extractor {
    /// The `ordet` binary.
    pub program: PathBuf,
    /// Time allowed per file.
    pub timeout: Duration,
}

/// Extracts pending files until the process ends; `nudge` wakes it when files arrive.
pub async fn run_worker(
    db: DatabaseConnection,
    storage: Storage,
    extractor: Extractor,
    nudge: Arc<Notify>,
) {
    loop {
        match extract_pending(&db, &storage, &extractor).await {
            Ok(0) => {
                let _ = tokio::time::timeout(Duration::from_secs(60), nudge.notified()).await;
            }
            Ok(_) => {}
            Err(_) => tokio::time::sleep(Duration::from_secs(5)).await,
        }
    }
}

/// Extracts up to ten waiting files; returns how many it handled.
pub async fn extract_pending(
    db: &DatabaseConnection,
    storage: &Storage,
    extractor: &Extractor,
) -> Result<usize, AppError> {
    let rows = attachment::Entity::find()
        .filter(attachment::Column::ExtractionState.eq(Extraction::Pending.as_str()))
        .order_by_asc(attachment::Column::Id)
        .limit(10)
        .all(db)
        .await?;
    let handled = rows.len();
    for row in rows {
        extract_one(db, storage, extractor, row).await?;
    }
    Ok(handled)
}

/// What became of one file.
struct Outcome {
    state: Extraction,
    text: Option<String>,
    note: Option<String>,
}

async fn extract_one(
    db: &DatabaseConnection,
    storage: &Storage,
    extractor: &Extractor,
    row: attachment::Model,
) -> Result<(), AppError> {
    let attempts = row.extraction_attempts + 1;
    // Count the attempt first: if the process dies during it, the next start knows.
    let mut counted: attachment::ActiveModel = row.clone().into();
    counted.extraction_attempts = Set(attempts);
    counted.update(db).await?;
    let outcome = if attempts > MAX_ATTEMPTS {
        failed("gave up after repeated crashes")
    } else {
        run_child(storage, extractor, &row).await
    };
    tracing::info!(
        attachment = row.id,
        state = outcome.state.as_str(),
        "text extraction"
    );
    let personal_data = outcome
        .text
        .as_deref()
        .is_some_and(crate::respondent::contains_cpr);
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let mut update: attachment::ActiveModel = row.clone().into();
    update.extraction_attempts = Set(attempts);
    update.extraction_state = Set(outcome.state.as_str().into());
    update.extracted_text = Set(outcome.text);
    update.extraction_note = Set(outcome.note);
    update.update(&txn).await?;
    if let Some(response_id) = row.response_id {
        outbox::enqueue(&txn, response_id, outbox::Change::Files, now).await?;
        if personal_data {
            crate::moderation::hold_for_personal_data(&txn, response_id, now).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

async fn run_child(storage: &Storage, extractor: &Extractor, row: &attachment::Model) -> Outcome {
    let Some(kind) = kind_of(row) else {
        return failed("unknown kind");
    };
    // The child reads a path: the stored file itself, or a copy deleted when `file` drops
    // (after the child ended or was killed).
    let file = match storage.local_file(&row.sha256).await {
        Ok(file) => file,
        Err(error) => {
            tracing::error!(%error, attachment = row.id, "cannot read a stored attachment");
            return failed("the stored file could not be read");
        }
    };
    let child = Command::new(&extractor.program)
        .arg("extract-text")
        .arg("--kind")
        .arg(kind.as_str())
        .arg(file.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn();
    let child = match child {
        Ok(child) => child,
        Err(error) => {
            tracing::error!(%error, program = %extractor.program.display(), "cannot start the text extractor");
            return failed("the text extractor could not be started");
        }
    };
    let output = match tokio::time::timeout(extractor.timeout, child.wait_with_output()).await {
        Err(_) => {
            return Outcome {
                state: Extraction::TimedOut,
                text: None,
                note: Some(format!("took longer than {:?}", extractor.timeout)),
            };
        }
        Ok(Err(error)) => return failed(&error.to_string()),
        Ok(Ok(output)) => output,
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    let note = stderr.lines().last().map(str::to_owned);
    match output.status.code() {
        Some(0) => {
            let text = String::from_utf8_lossy(&output.stdout).into_owned();
            let state = if text.trim().is_empty() {
                Extraction::NoText
            } else {
                Extraction::Extracted
            };
            Outcome {
                state,
                text: (state == Extraction::Extracted).then_some(text),
                note: None,
            }
        }
        Some(EXIT_ENCRYPTED) => Outcome {
            state: Extraction::Encrypted,
            text: None,
            note,
        },
        Some(EXIT_MALFORMED) => Outcome {
            state: Extraction::Failed,
            text: None,
            note,
        },
        _ => failed(&format!(
            "the extractor stopped ({}): {}",
            output.status,
            note.unwrap_or_default()
        )),
    }
}

fn failed(note: &str) -> Outcome {
    Outcome {
        state: Extraction::Failed,
        text: None,
        note: Some(note.to_owned()),
    }
}
