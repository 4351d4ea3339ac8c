//! Officials' decisions on a response: publish it, hold it back, or reject it, each with the
//! role checked, a reason where one is owed, and an audit entry in the same transaction. A
//! rejected respondent is told the reason by e-mail.

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait, Set};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::response;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::notify::tell_respondent;
use crate::vocab::ResponseStatus;

/// What an official decides about a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Make it public.
    Publish,
    /// Keep it from the public for now (a reason is required).
    Hold,
    /// Refuse it (a reason is required; the respondent is told).
    Reject,
    /// Keep a passage (`passage`) out of the published text; the original stays on record.
    Redact,
    /// Publish the text as written again, without redactions.
    Unredact,
    /// Mark it as a repeat of another response (`duplicate_of`, a svarnummer).
    Duplicate,
    /// Undo a duplicate mark.
    NotDuplicate,
}

/// A decision: the action and what it needs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Decision {
    /// `publish`, `hold`, `reject`, `redact`, `unredact`, `duplicate`, `not_duplicate`.
    pub action: Option<Action>,
    /// Why; required to hold, reject or redact.
    pub reason: Option<String>,
    /// The exact passage to keep out of the published text (`redact`).
    pub passage: Option<String>,
    /// The svarnummer of the response this one repeats (`duplicate`).
    pub duplicate_of: Option<String>,
}

impl Action {
    /// The audit log's name for it.
    pub(crate) fn audit_name(self) -> &'static str {
        match self {
            Action::Publish => "moderation.publish",
            Action::Hold => "moderation.hold",
            Action::Reject => "moderation.reject",
            Action::Redact => "moderation.redact",
            Action::Unredact => "moderation.unredact",
            Action::Duplicate => "moderation.duplicate",
            Action::NotDuplicate => "moderation.not_duplicate",
        }
    }
}

/// Applies `decision` to response `id` as `who`: 404 for no such response, 403 without the
/// right on its hearing, 409 for one not confirmed or withdrawn, 422 (in `locale`) without
/// what the action needs. One transaction: the change and its audit entry.
pub async fn moderate(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
    decision: Decision,
    (locale, now): (Locale, DateTime<Utc>),
) -> Result<response::Model, AppError> {
    let t = locale.messages();
    let action = decision
        .action
        .ok_or_else(|| AppError::field("action", t.moderation_action_required()))?;
    let reason = decision
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned);
    let txn = crate::db::begin_write(db).await?;
    let row = response::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::Moderate, Some(row.hearing_id))?;
    if !row.status.is_in(&ResponseStatus::CONFIRMED) {
        return Err(AppError::Conflict(format!(
            "a response that is {} cannot be moderated",
            row.status
        )));
    }
    let needs_reason = matches!(action, Action::Hold | Action::Reject | Action::Redact);
    if needs_reason && reason.is_none() {
        return Err(AppError::field("reason", t.moderation_reason_required()));
    }
    let change = Change {
        who,
        reason: reason.as_deref(),
        now,
    };
    let updated = match action {
        Action::Publish => {
            set_status(&txn, row, (action, ResponseStatus::Published), change).await?
        }
        Action::Hold => set_status(&txn, row, (action, ResponseStatus::Held), change).await?,
        Action::Reject => set_status(&txn, row, (action, ResponseStatus::Rejected), change).await?,
        Action::Redact => {
            let passage = Some(decision.passage.as_deref().unwrap_or_default());
            super::edits::redact(&txn, row, passage, change, t).await?
        }
        Action::Unredact => super::edits::redact(&txn, row, None, change, t).await?,
        Action::Duplicate => {
            let of = Some(decision.duplicate_of.as_deref().unwrap_or_default());
            super::edits::duplicate(&txn, row, of, change, t).await?
        }
        Action::NotDuplicate => super::edits::duplicate(&txn, row, None, change, t).await?,
    };
    txn.commit().await?;
    Ok(updated)
}

/// Who changes a response, why and when.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Change<'a> {
    /// The official.
    pub who: &'a Principal,
    /// The reason given.
    pub reason: Option<&'a str>,
    /// When.
    pub now: DateTime<Utc>,
}

async fn set_status(
    txn: &sea_orm::DatabaseTransaction,
    row: response::Model,
    (action, status): (Action, ResponseStatus),
    Change { who, reason, now }: Change<'_>,
) -> Result<response::Model, AppError> {
    let reason = reason.map(str::to_owned);
    let held_reason = if action == Action::Publish {
        None
    } else {
        reason.clone()
    };
    if row.status == status && row.held_reason == held_reason {
        // The same decision again (a reloaded page, a second click): nothing changes, and
        // nobody is mailed twice.
        return Ok(row);
    }
    let before = json!({"status": row.status, "held_reason": row.held_reason});
    let mut update: response::ActiveModel = row.clone().into();
    update.status = Set(status);
    update.held_reason = Set(held_reason);
    update.published_at = Set((action == Action::Publish).then(|| row.published_at.unwrap_or(now)));
    update.updated_at = Set(now);
    let updated = super::edits::update_unchanged(txn, &row, update, now).await?;
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
    audit::record(txn, entry, now).await?;
    if action == Action::Reject {
        tell_rejected(txn, &updated, reason.as_deref().unwrap_or_default(), now).await?;
    }
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
