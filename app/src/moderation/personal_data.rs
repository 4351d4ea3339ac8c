//! The personal-data guard: a CPR number in a response's text, or in the name or extracted
//! text of one of its files, holds the response back; a file is kept from the public until
//! its text was checked or an official released it (the rule is
//! [`crate::attachment::disclosure`]), and releasing is an official's audited action.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

use super::PERSONAL_DATA;
use super::audit::{self, Entry};
use crate::attachment::disclosure;
use crate::auth::{Capability, Principal};
use crate::entities::{attachment, response};
use crate::error::AppError;
use crate::response::notify::tell_respondent;
use crate::search::outbox;
use crate::vocab::ResponseStatus;

/// Whether response `response_id` seems to hold a CPR number: in `text` (its text as it is
/// about to be stored), or in the name or text of a file no official has released. Every
/// path that decides a response's standing asks this, so files count everywhere.
pub async fn holds_personal_data(
    db: &impl ConnectionTrait,
    response_id: i32,
    text: &str,
) -> Result<bool, AppError> {
    if crate::respondent::contains_cpr(text) {
        return Ok(true);
    }
    let files = attachment::Entity::find()
        .filter(attachment::Column::ResponseId.eq(response_id))
        .all(db)
        .await?;
    Ok(files.iter().any(disclosure::holds_unreleased_cpr))
}

/// Holds a response back because an attached file turned out to hold a CPR number. A
/// published response is taken down; a respondent who has already confirmed is told why by
/// e-mail (one who has not yet is told on confirming).
pub async fn hold_for_personal_data(
    db: &impl ConnectionTrait,
    response_id: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let row = response::Entity::find_by_id(response_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.held_reason.as_deref() == Some(PERSONAL_DATA) {
        return Ok(());
    }
    let confirmed = matches!(
        row.status,
        ResponseStatus::Verified | ResponseStatus::Published
    );
    let mut update: response::ActiveModel = row.clone().into();
    update.held_reason = Set(Some(PERSONAL_DATA.into()));
    if confirmed {
        update.status = Set(ResponseStatus::Held);
        update.published_at = Set(None);
    }
    update.updated_at = Set(now);
    update.update(db).await?;
    outbox::enqueue(db, row.id, outbox::Change::Moderated, now).await?;
    if confirmed {
        tell_respondent(db, &row, now, |t, respondent, hearing| {
            let subject = t.held_mail_subject(&row.svarnummer);
            let body = t.held_mail_body(&respondent.name, &hearing.title, &row.svarnummer);
            (subject, body)
        })
        .await?;
    }
    tracing::info!(
        response = row.id,
        "held back: an attachment seems to hold a CPR number"
    );
    Ok(())
}

/// Releases file `attachment_id` of response `response_id` as `who`: the public may then
/// download it whenever the response is published, although its text was not checked (or
/// seemed to hold a CPR number). 404 when the file is not the response's, 403 without the
/// right to moderate its hearing. The change and its audit entry (on the response, so its
/// history shows it) in one transaction; releasing a released file changes nothing.
pub async fn release_file(
    db: &sea_orm::DatabaseConnection,
    who: &Principal,
    (response_id, attachment_id): (i32, i32),
    now: DateTime<Utc>,
) -> Result<attachment::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let owner = response::Entity::find_by_id(response_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::Moderate, Some(owner.hearing_id))?;
    let file = attachment::Entity::find_by_id(attachment_id)
        .filter(attachment::Column::ResponseId.eq(response_id))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if file.released_at.is_some() {
        return Ok(file);
    }
    let before = disclosure::of(&file);
    let mut update: attachment::ActiveModel = file.clone().into();
    update.released_at = Set(Some(now));
    update.released_by = Set(Some(who.account_id));
    let released = update.update(&txn).await?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: "moderation.release_file",
        entity: "response",
        entity_id: response_id,
        hearing_id: Some(owner.hearing_id),
        reason: None,
        before: json!({"attachment": attachment_id, "disclosure": before}),
        after: json!({"attachment": attachment_id, "disclosure": disclosure::of(&released)}),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(released)
}
