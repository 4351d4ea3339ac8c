//! The personal-data guard: a CPR number found in an attached file's text (after the
//! response was stored) holds the response back.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};

use crate::entities::{hearing, respondent, response};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue};

use super::PERSONAL_DATA;

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
    let confirmed = matches!(row.status.as_str(), "verified" | "published");
    let mut update: response::ActiveModel = row.clone().into();
    update.held_reason = Set(Some(PERSONAL_DATA.into()));
    if confirmed {
        update.status = Set("held".into());
        update.published_at = Set(None);
    }
    update.updated_at = Set(now);
    update.update(db).await?;
    if confirmed {
        tell_respondent(db, &row, now).await?;
    }
    tracing::info!(
        response = row.id,
        "held back: an attachment seems to hold a CPR number"
    );
    Ok(())
}

async fn tell_respondent(
    db: &impl ConnectionTrait,
    row: &response::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let respondent = respondent::Entity::find_by_id(row.respondent_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let hearing = hearing::Entity::find_by_id(row.hearing_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if respondent.email.is_empty() {
        return Ok(()); // registered from a letter or a meeting: an official tells them
    }
    let t = Locale::parse(&row.locale).unwrap_or_default().messages();
    let mail = NewMail {
        to: respondent.email,
        subject: t.held_mail_subject(&row.svarnummer),
        text: t.held_mail_body(&respondent.name, &hearing.title, &row.svarnummer),
    };
    queue(db, mail, now).await?;
    Ok(())
}
