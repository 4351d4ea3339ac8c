//! Officials mark a response's files as part of the case file (`attachment.case_file`): those
//! stay when the hearing's personal data is erased, the others go. The response page's form
//! and `PUT /api/v1/admin/attachments/{id}/case-file` both come here; each change is audited
//! on the response, so its history shows it.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, EntityTrait, Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{attachment, response};
use crate::error::AppError;

/// Marks file `attachment_id` as part of the case file (`case_file`) or not; with
/// `response_id`, the file must be that response's. 404 for no such file, 403 without the
/// right to moderate its hearing; marking it as it is changes nothing.
pub async fn set<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    who: &Principal,
    (response_id, attachment_id): (Option<i32>, i32),
    case_file: bool,
    now: DateTime<Utc>,
) -> Result<attachment::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let file = attachment::Entity::find_by_id(attachment_id)
        .one(&txn)
        .await?
        .filter(|f| response_id.is_none() || f.response_id == response_id)
        .ok_or(AppError::NotFound)?;
    let owner = response::Entity::find_by_id(file.response_id.unwrap_or_default())
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::Moderate, Some(owner.hearing_id))?;
    if file.case_file == case_file {
        return Ok(file);
    }
    let mut update: attachment::ActiveModel = file.into();
    update.case_file = Set(case_file);
    let changed = update.update(&txn).await?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: "attachment.case_file",
        entity: "response",
        entity_id: owner.id,
        hearing_id: Some(owner.hearing_id),
        reason: None,
        before: json!({"attachment": attachment_id, "case_file": !case_file}),
        after: json!({"attachment": attachment_id, "case_file": case_file}),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(changed)
}
