//! Storing submissions, verifying them and listing the published ones.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, Set};

use super::Submitted;
use super::idempotency::{self, Claim, SubmissionKey};
use super::record::{Recording, record};
use super::submission::{FieldErrors, NewResponse};
use crate::attachment::intake::Upload;
use crate::entities::response_token;
use crate::error::AppError;
use crate::hearing::HearingStatus;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue_about};
use crate::one_line::flatten;
use crate::state::AppState;
use crate::token;
use crate::vocab::{Channel, ResponseStatus};
use crate::web::limit::Action;

/// How long a verification link works.
pub const VERIFY_TTL_DAYS: i64 = 7;

/// Field errors in the reader's language.
pub fn field_errors(errors: &FieldErrors, locale: Locale) -> AppError {
    let messages = locale.messages();
    AppError::Validation(
        errors
            .iter()
            .map(|(field, e)| ((*field).to_owned(), e.message(messages)))
            .collect(),
    )
}

/// A checked submission, who sent it and the key that names it (if any).
#[derive(Debug)]
pub struct Submission {
    /// The checked fields.
    pub new: NewResponse,
    /// The checked files, staged.
    pub uploads: Vec<Upload>,
    /// The client's address, for the rate limit.
    pub client: IpAddr,
    /// The idempotency key: a repeat is answered with the first response.
    pub key: Option<SubmissionKey>,
}

/// Stores a checked submission as `awaiting_verification`, with its files and a
/// verification mail in the outbox, all in one transaction that also claims its key and
/// counts it against the rate limits (network and address). Nothing is stored when anything
/// is refused: no row, no count, and no file this call created. A submission whose key is
/// stored already gets the first one's answer.
pub async fn submit(
    state: &AppState,
    slug: &str,
    submission: Submission,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let mut created = Vec::new();
    let result = store_submission(state, slug, &submission, &mut created, locale, now).await;
    if result.is_err() {
        crate::attachment::store::forget_created(&state.db, &state.attachments, created).await;
    } else if !submission.uploads.is_empty() {
        state.extract_nudge.notify_one();
    }
    result
}

/// Whether a submission is stored.
enum Admitted {
    /// Yes, with the claimed key's row (if it has a key).
    New(Option<i32>),
    /// No: its key's submission is stored already, with this answer.
    Replay(Submitted),
}

/// Claims the submission's key (a key stored already answers with the first response, even
/// once the hearing has closed), then checks that the hearing is open and counts the
/// submission against the rate limits, all in `txn`.
async fn admit(
    txn: &sea_orm::DatabaseTransaction,
    state: &AppState,
    hearing: &crate::entities::hearing::Model,
    submission: &Submission,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Admitted, AppError> {
    let claimed = match &submission.key {
        Some(key) => match idempotency::claim(txn, hearing.id, key, now, locale).await? {
            Claim::Replay(first) => return Ok(Admitted::Replay(first)),
            Claim::Claimed(id) => Some(id),
        },
        None => None,
    };
    match HearingStatus::effective(hearing.status, hearing.opens_at, hearing.closes_at, now) {
        HearingStatus::Open => {}
        HearingStatus::Draft => return Err(AppError::NotFound),
        _ => return Err(AppError::Closed),
    }
    let email = Some(submission.new.email.as_str());
    state
        .limiter
        .check(txn, Action::Submission, submission.client, email)
        .await?;
    Ok(Admitted::New(claimed))
}

async fn store_submission(
    state: &AppState,
    slug: &str,
    submission: &Submission,
    created: &mut Vec<String>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let Submission { new, uploads, .. } = submission;
    let txn = crate::db::begin_write(&state.db).await?;
    let hearing = crate::hearing::store::required(&txn, slug).await?;
    let claimed = match admit(&txn, state, &hearing, submission, locale, now).await? {
        Admitted::New(claimed) => claimed,
        Admitted::Replay(first) => return Ok(first),
    };
    let row = record(
        &txn,
        &hearing,
        new,
        Recording {
            channel: Channel::Web,
            status: ResponseStatus::AwaitingVerification,
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
        purpose: Set(crate::vocab::ResponseTokenPurpose::Verify),
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
    queue_about(&txn, row.id, mail, now).await?;
    if let Some(claimed) = claimed {
        idempotency::settle(&txn, claimed, row.id).await?;
    }
    txn.commit().await?;
    Ok(Submitted {
        id: row.id,
        svarnummer,
        status: ResponseStatus::AwaitingVerification,
    })
}
