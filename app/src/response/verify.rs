//! Following a verification link: the response becomes verified (published at once when the
//! hearing's policy says so, held back when it seems to hold a CPR number) and a receipt is
//! queued.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

use super::{VerifyOutcome, token};
use crate::entities::{hearing, respondent, response, response_token};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue};

/// Queues the receipt (kvittering): the response's number, where it stands and a copy of
/// the text, to the address that was just proven.
async fn queue_receipt(
    db: &impl ConnectionTrait,
    row: &response::Model,
    hearing_title: &str,
    (published, held): (bool, bool),
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let respondent = respondent::Entity::find_by_id(row.respondent_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let t = locale.messages();
    let outcome = t.receipt_status(published, held);
    let mail = NewMail {
        to: respondent.email,
        subject: t.receipt_subject(&row.svarnummer),
        text: t.receipt_body(
            &respondent.name,
            hearing_title,
            &row.svarnummer,
            outcome,
            &row.body,
        ),
    };
    queue(db, mail, now).await?;
    Ok(())
}

/// Follows a verification link: marks the response verified (published at once when the
/// hearing's policy says so).
pub async fn verify(
    db: &DatabaseConnection,
    raw_token: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<VerifyOutcome, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let Some(token) = response_token::Entity::find()
        .filter(response_token::Column::TokenSha256.eq(token::hash(raw_token.trim())))
        .filter(response_token::Column::Purpose.eq("verify"))
        .one(&txn)
        .await?
    else {
        return Ok(VerifyOutcome::Unknown);
    };
    let row = response::Entity::find_by_id(token.response_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if token.used_at.is_some() {
        return Ok(VerifyOutcome::AlreadyVerified {
            svarnummer: row.svarnummer,
        });
    }
    if token.expires_at < now {
        return Ok(VerifyOutcome::Expired);
    }
    let hearing = hearing::Entity::find_by_id(row.hearing_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if now >= hearing.closes_at {
        return Ok(VerifyOutcome::Closed);
    }
    let personal_data = crate::respondent::contains_cpr(&row.body);
    let published = !personal_data && hearing.publication_policy == "after_verification";
    let mut used: response_token::ActiveModel = token.into();
    used.used_at = Set(Some(now));
    used.update(&txn).await?;
    let svarnummer = row.svarnummer.clone();
    let mut update: response::ActiveModel = row.into();
    update.status = Set(match (personal_data, published) {
        (true, _) => "held",
        (false, true) => "published",
        (false, false) => "verified",
    }
    .into());
    update.held_reason = Set(personal_data.then(|| "personal_data".to_owned()));
    update.verified_at = Set(Some(now));
    update.published_at = Set(published.then_some(now));
    update.updated_at = Set(now);
    let row = update.update(&txn).await?;
    queue_receipt(
        &txn,
        &row,
        &hearing.title,
        (published, personal_data),
        locale,
        now,
    )
    .await?;
    txn.commit().await?;
    if personal_data {
        return Ok(VerifyOutcome::HeldForPersonalData { svarnummer });
    }
    Ok(VerifyOutcome::Verified {
        svarnummer,
        hearing_slug: hearing.slug,
        published,
    })
}
