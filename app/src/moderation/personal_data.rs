//! Releasing a file: the personal-data guard keeps a file from the public until its text was
//! checked or an official released it (the rule is [`crate::disclosure::file`]), and
//! releasing is an official's audited action. The guard's hold on a response is
//! [`crate::response::personal_data`].

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::disclosure;
use crate::entities::{attachment, response};
use crate::error::AppError;

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
    let before = disclosure::file::of(&file);
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
        after: json!({"attachment": attachment_id, "disclosure": disclosure::file::of(&released)}),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(released)
}
