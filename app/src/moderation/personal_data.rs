//! The personal-data guard: a CPR number found in an attached file's text (after the
//! response was stored) holds the response back.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};

use crate::entities::response;
use crate::error::AppError;
use crate::response::notify::tell_respondent;
use crate::search::outbox;

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
