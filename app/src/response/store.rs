//! Storing submissions, verifying them and listing the published ones.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, Set};

use super::Submitted;
use super::record::{Recording, record};
use super::submission::{FieldErrors, NewResponse};
use crate::attachment::intake::Upload;
use crate::entities::response_token;
use crate::error::AppError;
use crate::hearing::HearingStatus;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue};
use crate::one_line::flatten;
use crate::state::AppState;
use crate::token;

/// How long a verification link works.
pub const VERIFY_TTL_DAYS: i64 = 7;

/// Field errors in the reader's language.
pub fn field_errors(errors: &FieldErrors, locale: Locale) -> AppError {
    let messages = locale.messages();
    AppError::Validation(
        errors
            .iter()
            .map(|(field, e)| ((*field).to_owned(), messages.field_error(e)))
            .collect(),
    )
}

/// Stores a checked submission as `awaiting_verification`, with its files and a
/// verification mail in the outbox, all in one transaction. Nothing is stored when anything
/// is refused: no row, and no file this call created.
pub async fn submit(
    state: &AppState,
    slug: &str,
    new: NewResponse,
    uploads: Vec<Upload>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let mut created = Vec::new();
    let result = store_submission(state, slug, new, &uploads, &mut created, locale, now).await;
    if result.is_err() {
        crate::attachment::store::forget_created(&state.db, &state.attachments, created).await;
    } else if !uploads.is_empty() {
        state.extract_nudge.notify_one();
    }
    result
}

async fn store_submission(
    state: &AppState,
    slug: &str,
    new: NewResponse,
    uploads: &[Upload],
    created: &mut Vec<String>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let hearing = crate::hearing::store::find_by_slug(&txn, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    match HearingStatus::effective(&hearing.status, hearing.opens_at, hearing.closes_at, now) {
        HearingStatus::Open => {}
        HearingStatus::Draft => return Err(AppError::NotFound),
        _ => return Err(AppError::Closed),
    }
    let row = record(
        &txn,
        &hearing,
        &new,
        Recording {
            channel: "web",
            status: "awaiting_verification",
            locale,
            without_email: false,
        },
        now,
    )
    .await?;
    let svarnummer = row.svarnummer.clone();
    let (token, token_hash) = token::generate();
    response_token::ActiveModel {
        response_id: Set(row.id),
        purpose: Set(super::verify::VERIFY.into()),
        token_sha256: Set(token_hash),
        expires_at: Set(now + Duration::days(VERIFY_TTL_DAYS)),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    crate::attachment::store::attach(&txn, &state.attachments, row.id, uploads, created, now)
        .await?;
    let link = format!("{}/verify/{token}", state.base_url);
    let messages = locale.messages();
    let mail = NewMail {
        to: new.email.as_str().to_owned(),
        subject: messages.verify_mail_subject(&flatten(&hearing.title)),
        text: messages.verify_mail_body(
            new.name.as_str(),
            &flatten(&hearing.title),
            &svarnummer,
            &link,
            VERIFY_TTL_DAYS,
        ),
    };
    queue(&txn, mail, now).await?;
    txn.commit().await?;
    Ok(Submitted {
        id: row.id,
        svarnummer,
        status: "awaiting_verification".into(),
    })
}
