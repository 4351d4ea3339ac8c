//! The verification link: opening it shows a button (mail scanners open links); pressing it
//! makes the response verified (published at once when the hearing's policy says so, held
//! back when it seems to hold a CPR number) and queues a receipt.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

use super::lifecycle::{self, PERSONAL_DATA};
use super::personal_data::holds_personal_data;
use super::{Standing, VerifyLink, VerifyOutcome};
use crate::attachment::store::by_response;
use crate::entities::{hearing, respondent, response, response_token};
use crate::error::AppError;
use crate::hearing::store::zone;
use crate::i18n::{Locale, Receipt};
use crate::mail::outbox::{NewMail, queue_about};
use crate::one_line::flatten;
use crate::search::outbox;
use crate::token;
use crate::vocab::{ResponseStatus, ResponseTokenPurpose};

/// Queues the receipt (kvittering) to the address that was just proven: the response's
/// number, where it stands, a copy of the text, the files with their SHA-256, and a private
/// link (a token valid until the deadline) to change or withdraw the response.
pub(crate) async fn queue_receipt(
    db: &impl ConnectionTrait,
    row: &response::Model,
    hearing: &hearing::Model,
    standing: Standing,
    (base_url, locale): (&str, Locale),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let respondent = respondent::Entity::find_by_id(row.respondent_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let files: Vec<(String, String)> = by_response(db, [row.id])
        .await?
        .remove(&row.id)
        .unwrap_or_default()
        .into_iter()
        .map(|f| (f.name, f.sha256))
        .collect();
    let manage_link = format!(
        "{base_url}/responses/manage/{}",
        issue_manage_token(db, row, hearing, now).await?
    );
    let t = locale.messages();
    let deadline = t.date_time(crate::hearing::store::local(
        hearing.closes_at,
        zone(hearing),
    ));
    let (name, hearing_title) = (flatten(&respondent.name), flatten(&hearing.title));
    let receipt = Receipt {
        name: &name,
        hearing_title: &hearing_title,
        svarnummer: &row.svarnummer,
        outcome: standing.message(t),
        text: &row.body,
        files: &t.receipt_files(&files),
        manage_link: &manage_link,
        deadline: &deadline,
    };
    let mail = NewMail {
        to: respondent.email,
        subject: t.receipt_subject(&row.svarnummer),
        text: t.receipt_body(&receipt),
    };
    queue_about(db, row.id, mail, now).await?;
    Ok(())
}

/// A token for the private change-or-withdraw link, valid until the hearing's deadline.
async fn issue_manage_token(
    db: &impl ConnectionTrait,
    row: &response::Model,
    hearing: &hearing::Model,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let (token, token_hash) = token::generate();
    response_token::ActiveModel {
        response_id: Set(row.id),
        purpose: Set(ResponseTokenPurpose::Manage),
        token_sha256: Set(token_hash),
        expires_at: Set(hearing.closes_at),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// A verification link as found, read without writing.
enum Found {
    /// It can still confirm its response.
    Live {
        token: response_token::Model,
        row: Box<response::Model>,
        hearing: Box<hearing::Model>,
    },
    /// It cannot; why.
    Dead(VerifyOutcome),
}

/// Reads what a verification link leads to. Nothing is written and no write lock is taken,
/// so a flood of made-up or spent links costs reads only.
async fn look_up(
    db: &impl ConnectionTrait,
    raw_token: &str,
    now: DateTime<Utc>,
) -> Result<Found, AppError> {
    let Some(token) = response_token::Entity::find()
        .filter(response_token::Column::TokenSha256.eq(token::hash(raw_token.trim())))
        .filter(response_token::Column::Purpose.eq(ResponseTokenPurpose::Verify))
        .one(db)
        .await?
    else {
        return Ok(Found::Dead(VerifyOutcome::Unknown));
    };
    let row = response::Entity::find_by_id(token.response_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if token.used_at.is_some() || row.status != ResponseStatus::AwaitingVerification {
        let svarnummer = row.svarnummer;
        return Ok(Found::Dead(VerifyOutcome::AlreadyVerified { svarnummer }));
    }
    if token.expires_at < now {
        return Ok(Found::Dead(VerifyOutcome::Expired));
    }
    let hearing = hearing::Entity::find_by_id(row.hearing_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if now >= hearing.closes_at {
        return Ok(Found::Dead(VerifyOutcome::Closed));
    }
    Ok(Found::Live {
        token,
        row: Box::new(row),
        hearing: Box::new(hearing),
    })
}

/// What the verification page shows for a link: the button that confirms, or why there is
/// none. Reads only: opening the link (a mail scanner does) confirms nothing.
pub async fn link(
    db: &DatabaseConnection,
    raw_token: &str,
    now: DateTime<Utc>,
) -> Result<VerifyLink, AppError> {
    Ok(match look_up(db, raw_token, now).await? {
        Found::Live { row, hearing, .. } => VerifyLink::Confirm {
            svarnummer: row.svarnummer,
            hearing_title: hearing.title,
        },
        Found::Dead(outcome) => VerifyLink::Done(outcome),
    })
}

/// Confirms the response behind a verification link (the page's button): it becomes
/// verified, published at once when the hearing's policy says so, held when it seems to
/// hold a CPR number, and the receipt is queued. The link is looked up first without writing;
/// only a live one opens a write transaction, where the change is conditional: of two
/// requests at once exactly one confirms and queues the receipt, the other is told the
/// response is already confirmed.
pub async fn verify(
    db: &DatabaseConnection,
    raw_token: &str,
    (base_url, locale): (&str, Locale),
    now: DateTime<Utc>,
) -> Result<VerifyOutcome, AppError> {
    let (token, hearing) = match look_up(db, raw_token, now).await? {
        Found::Live { token, hearing, .. } => (token, hearing),
        Found::Dead(outcome) => return Ok(outcome),
    };
    let txn = crate::db::begin_write(db).await?;
    let Some(row) = claim(&txn, &token, now).await? else {
        let svarnummer = response::Entity::find_by_id(token.response_id)
            .one(&txn)
            .await?
            .map(|r| r.svarnummer)
            .unwrap_or_default();
        return Ok(VerifyOutcome::AlreadyVerified { svarnummer });
    };
    let personal_data = holds_personal_data(&txn, row.id, &row.body).await?
        || row.held_reason.as_deref() == Some(PERSONAL_DATA);
    let (standing, placement) = lifecycle::confirmed(personal_data, hearing.publication_policy);
    let confirmed = response::Entity::update_many()
        .col_expr(response::Column::Status, Expr::value(placement.status))
        .col_expr(
            response::Column::HeldReason,
            Expr::value(placement.held_reason.clone()),
        )
        .col_expr(response::Column::VerifiedAt, Expr::value(Some(now)))
        .col_expr(
            response::Column::PublishedAt,
            Expr::value(placement.published_at(None, now)),
        )
        .col_expr(response::Column::UpdatedAt, Expr::value(now))
        .filter(response::Column::Id.eq(row.id))
        .filter(response::Column::Status.eq(ResponseStatus::AwaitingVerification))
        .exec(&txn)
        .await?;
    if confirmed.rows_affected != 1 {
        let svarnummer = row.svarnummer;
        return Ok(VerifyOutcome::AlreadyVerified { svarnummer });
    }
    let row = response::Entity::find_by_id(row.id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    outbox::enqueue(&txn, row.id, outbox::Change::Verified, now).await?;
    queue_receipt(&txn, &row, &hearing, standing, (base_url, locale), now).await?;
    txn.commit().await?;
    if personal_data {
        let svarnummer = row.svarnummer;
        return Ok(VerifyOutcome::HeldForPersonalData { svarnummer });
    }
    Ok(VerifyOutcome::Verified {
        svarnummer: row.svarnummer,
        hearing_slug: hearing.slug,
        standing,
    })
}

/// Marks the token used, only if no one else has: `None` when another request got there
/// first. Returns the response as it is now, inside the transaction.
async fn claim(
    txn: &impl ConnectionTrait,
    token: &response_token::Model,
    now: DateTime<Utc>,
) -> Result<Option<response::Model>, AppError> {
    let used = response_token::Entity::update_many()
        .col_expr(response_token::Column::UsedAt, Expr::value(Some(now)))
        .filter(response_token::Column::Id.eq(token.id))
        .filter(response_token::Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    if used.rows_affected != 1 {
        return Ok(None);
    }
    Ok(response::Entity::find_by_id(token.response_id)
        .one(txn)
        .await?)
}

impl VerifyOutcome {
    /// The HTTP status of the page that tells it.
    pub fn status_code(&self) -> http::StatusCode {
        match self {
            VerifyOutcome::Verified { .. }
            | VerifyOutcome::HeldForPersonalData { .. }
            | VerifyOutcome::AlreadyVerified { .. } => http::StatusCode::OK,
            VerifyOutcome::Unknown => http::StatusCode::NOT_FOUND,
            VerifyOutcome::Expired => http::StatusCode::GONE,
            VerifyOutcome::Closed => http::StatusCode::CONFLICT,
        }
    }
}
