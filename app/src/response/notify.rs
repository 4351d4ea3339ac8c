//! Telling a respondent something about their response after it was sent (held back,
//! rejected), in the language they used the site in. A respondent registered without an
//! e-mail address (a letter, a meeting) is not mailed: an official tells them.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait};

use crate::entities::{hearing, respondent, response};
use crate::error::AppError;
use crate::i18n::{Locale, Messages};
use crate::mail::outbox::{NewMail, queue_about};
use crate::one_line::flatten;

/// Queues the mail `compose` writes (subject, body) to the respondent of `row`.
pub async fn tell_respondent(
    db: &impl ConnectionTrait,
    row: &response::Model,
    now: DateTime<Utc>,
    compose: impl FnOnce(&dyn Messages, &respondent::Model, &hearing::Model) -> (String, String),
) -> Result<(), AppError> {
    let respondent = respondent::Entity::find_by_id(row.respondent_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if respondent.email.is_empty() {
        return Ok(());
    }
    let hearing = hearing::Entity::find_by_id(row.hearing_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let t = Locale::parse(&row.locale).unwrap_or_default().messages();
    // The mail's greeting and subject are one line each, whatever an older row holds.
    let respondent = respondent::Model {
        name: flatten(&respondent.name),
        ..respondent
    };
    let hearing = hearing::Model {
        title: flatten(&hearing.title),
        ..hearing
    };
    let (subject, text) = compose(t, &respondent, &hearing);
    let mail = NewMail {
        to: respondent.email,
        subject,
        text,
    };
    queue_about(db, row.id, mail, now).await?;
    Ok(())
}
