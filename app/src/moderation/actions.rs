//! Officials' decisions on a response: publish it, hold it back, or reject it, each with the
//! role checked, a reason where one is owed, and an audit entry in the same transaction. A
//! rejected respondent is told the reason by e-mail.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::response;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::notify::tell_respondent;

/// What an official decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Make it public.
    Publish,
    /// Keep it from the public for now (a reason is required).
    Hold,
    /// Refuse it (a reason is required; the respondent is told).
    Reject,
}

impl Action {
    /// The status it leads to.
    fn status(self) -> &'static str {
        match self {
            Action::Publish => "published",
            Action::Hold => "held",
            Action::Reject => "rejected",
        }
    }

    /// The audit log's name for it.
    fn audit_name(self) -> &'static str {
        match self {
            Action::Publish => "moderation.publish",
            Action::Hold => "moderation.hold",
            Action::Reject => "moderation.reject",
        }
    }
}

/// Statuses an official's decision may change: the respondent has confirmed the response and
/// not withdrawn it.
const DECIDABLE: [&str; 4] = ["verified", "published", "held", "rejected"];

/// Applies `action` to response `id` as `who`: 404 for no such response, 403 without the
/// right on its hearing, 409 for one not confirmed or withdrawn, 422 without a needed reason.
pub async fn moderate(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
    (action, reason): (Action, Option<String>),
    now: DateTime<Utc>,
) -> Result<response::Model, AppError> {
    let reason = reason
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty());
    let txn = crate::db::begin_write(db).await?;
    let row = response::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::Moderate, Some(row.hearing_id))?;
    if !DECIDABLE.contains(&row.status.as_str()) {
        return Err(AppError::Conflict(format!(
            "a response that is {} cannot be moderated",
            row.status
        )));
    }
    if action != Action::Publish && reason.is_none() {
        let message = Locale::Da.messages().moderation_reason_required();
        return Err(AppError::field("reason", message));
    }
    let before = json!({"status": row.status, "held_reason": row.held_reason});
    let mut update: response::ActiveModel = row.clone().into();
    update.status = Set(action.status().into());
    update.held_reason = Set(if action == Action::Publish {
        None
    } else {
        reason.clone()
    });
    update.published_at = Set((action == Action::Publish).then(|| row.published_at.unwrap_or(now)));
    update.updated_at = Set(now);
    let updated = update.update(&txn).await?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: action.audit_name(),
        entity: "response",
        entity_id: row.id,
        hearing_id: Some(row.hearing_id),
        reason: reason.as_deref(),
        before,
        after: json!({"status": updated.status, "held_reason": updated.held_reason}),
    };
    audit::record(&txn, entry, now).await?;
    if action == Action::Reject {
        tell_rejected(&txn, &updated, reason.as_deref().unwrap_or_default(), now).await?;
    }
    txn.commit().await?;
    Ok(updated)
}

async fn tell_rejected(
    db: &impl sea_orm::ConnectionTrait,
    row: &response::Model,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    tell_respondent(db, row, now, |t, respondent, hearing| {
        let subject = t.rejected_mail_subject(&row.svarnummer);
        let body = t.rejected_mail_body(&respondent.name, &hearing.title, &row.svarnummer, reason);
        (subject, body)
    })
    .await
}
