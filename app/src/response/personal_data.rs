//! The personal-data guard's hold: a CPR number in a response's text, or in the name or
//! extracted text of one of its files no official has released, holds the response back
//! (held reason [`PERSONAL_DATA`]). Every path that decides a response's standing asks
//! [`holds_personal_data`]; the extraction job, finding one in a file later, calls
//! [`hold_for_personal_data`]. Releasing a file is an official's action
//! (`crate::moderation::release_file`).

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::lifecycle::PERSONAL_DATA;
use super::notify::tell_respondent;
use crate::disclosure;
use crate::entities::{attachment, response};
use crate::error::AppError;
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
    Ok(files.iter().any(disclosure::file::holds_unreleased_cpr))
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
