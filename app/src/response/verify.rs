//! Following a verification link: the response becomes verified (published at once when the
//! hearing's policy says so, held back when it seems to hold a CPR number) and a receipt is
//! queued.

/// The purpose of the token behind the private change-or-withdraw link.
pub const MANAGE: &str = "manage";

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

use super::{Standing, VerifyOutcome};
use crate::attachment::store::by_response;
use crate::entities::{hearing, respondent, response, response_token};
use crate::error::AppError;
use crate::hearing::store::zone;
use crate::i18n::{Locale, Receipt};
use crate::mail::outbox::{NewMail, queue};
use crate::moderation::PERSONAL_DATA;
use crate::one_line::flatten;
use crate::search::outbox;
use crate::token;

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
        outcome: t.receipt_status(standing),
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
    queue(db, mail, now).await?;
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
        purpose: Set(MANAGE.into()),
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

/// Follows a verification link: marks the response verified (published at once when the
/// hearing's policy says so).
pub async fn verify(
    db: &DatabaseConnection,
    raw_token: &str,
    (base_url, locale): (&str, Locale),
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
    let personal_data = crate::moderation::holds_personal_data(&txn, row.id, &row.body).await?
        || row.held_reason.as_deref() == Some(PERSONAL_DATA);
    let standing = Standing::decide(personal_data, &hearing.publication_policy);
    let published = standing == Standing::Published;
    let mut used: response_token::ActiveModel = token.into();
    used.used_at = Set(Some(now));
    used.update(&txn).await?;
    let svarnummer = row.svarnummer.clone();
    let mut update: response::ActiveModel = row.into();
    update.status = Set(standing.status().into());
    update.held_reason = Set(personal_data.then(|| PERSONAL_DATA.to_owned()));
    update.verified_at = Set(Some(now));
    update.published_at = Set(published.then_some(now));
    update.updated_at = Set(now);
    let row = update.update(&txn).await?;
    outbox::enqueue(&txn, row.id, outbox::Change::Verified, now).await?;
    queue_receipt(&txn, &row, &hearing, standing, (base_url, locale), now).await?;
    txn.commit().await?;
    if personal_data {
        return Ok(VerifyOutcome::HeldForPersonalData { svarnummer });
    }
    Ok(VerifyOutcome::Verified {
        svarnummer,
        hearing_slug: hearing.slug,
        standing,
    })
}
