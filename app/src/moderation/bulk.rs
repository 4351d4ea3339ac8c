//! Bulk actions: one decision (or a tag) applied to many responses of a hearing. Each response
//! is changed in its own transaction with its own audit entry; responses the action does not
//! fit (not confirmed, withdrawn, of another hearing) are reported, the rest are changed.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use super::actions::{Action, Decision, moderate};
use super::notes::{add_tag, parse_tag};
use crate::auth::{Capability, Principal};
use crate::entities::response;
use crate::error::AppError;
use crate::i18n::Locale;

/// The most responses one bulk action takes: an inbox page's worth, and well below the
/// databases' limits on parameters in one statement.
pub const MAX_IDS: usize = crate::response::admin::MAX_PER_PAGE as usize;

/// Many responses and what to do with them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct BulkRequest {
    /// The responses' ids (at most 500).
    #[serde(default)]
    pub ids: Vec<i32>,
    /// A decision's `action`, or `tag` to add `tag` to each.
    pub action: Option<String>,
    /// Why (hold, reject).
    pub reason: Option<String>,
    /// For `duplicate`: the svarnummer they all repeat.
    pub duplicate_of: Option<String>,
    /// For `tag`: the tag.
    pub tag: Option<String>,
}

/// What a bulk action did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct BulkOutcome {
    /// The svarnumre changed.
    pub done: Vec<String>,
    /// Svarnummer → why it was left alone.
    pub refused: BTreeMap<String, String>,
}

/// Applies `request` to the responses of hearing `hearing_id`. What is wrong with the request
/// itself (no responses, no action, a missing reason, a bad tag) is a 422 before anything
/// changes; what is wrong with one response is reported in [`BulkOutcome::refused`].
pub async fn apply(
    db: &DatabaseConnection,
    who: &Principal,
    hearing_id: i32,
    request: BulkRequest,
    (locale, now): (Locale, DateTime<Utc>),
) -> Result<BulkOutcome, AppError> {
    who.require(Capability::Moderate, Some(hearing_id))?;
    let t = locale.messages();
    if request.ids.is_empty() {
        return Err(AppError::field("ids", t.bulk_none_selected()));
    }
    if request.ids.len() > MAX_IDS {
        return Err(AppError::field("ids", t.bulk_too_many(MAX_IDS)));
    }
    let step = Step::parse(&request, locale)?;
    let rows = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Id.is_in(request.ids.iter().copied()))
        .all(db)
        .await?;
    let mut outcome = BulkOutcome::default();
    for id in &request.ids {
        if !rows.iter().any(|r| r.id == *id) {
            outcome
                .refused
                .insert(format!("#{id}"), t.bulk_not_in_hearing().into());
        }
    }
    for row in rows {
        let result = match &step {
            Step::Tag(tag) => add_tag(db, who, row.id, tag, (locale, now)).await,
            Step::Decide(decision) => moderate(db, who, row.id, decision.clone(), (locale, now))
                .await
                .map(drop),
        };
        match result {
            Ok(()) => outcome.done.push(row.svarnummer),
            Err(AppError::Conflict(_)) => {
                outcome
                    .refused
                    .insert(row.svarnummer, t.not_decidable().into());
            }
            Err(AppError::Validation(errors)) => {
                let why = errors.into_values().next().unwrap_or_default();
                outcome.refused.insert(row.svarnummer, why);
            }
            Err(other) => return Err(other),
        }
    }
    Ok(outcome)
}

/// The action, checked once for all.
enum Step {
    Tag(String),
    Decide(Decision),
}

impl Step {
    fn parse(request: &BulkRequest, locale: Locale) -> Result<Self, AppError> {
        let t = locale.messages();
        let action = request.action.as_deref().unwrap_or_default();
        if action == "tag" {
            let tag = parse_tag(request.tag.as_deref().unwrap_or_default(), t)?;
            return Ok(Step::Tag(tag));
        }
        let action: Action = serde_json::from_value(serde_json::Value::from(action))
            .map_err(|_| AppError::field("action", t.moderation_action_required()))?;
        if matches!(action, Action::Redact | Action::Unredact) {
            return Err(AppError::field("action", t.bulk_one_at_a_time()));
        }
        let reason = request.reason.as_deref().map(str::trim).unwrap_or_default();
        if matches!(action, Action::Hold | Action::Reject | Action::Redact) && reason.is_empty() {
            return Err(AppError::field("reason", t.moderation_reason_required()));
        }
        Ok(Step::Decide(Decision {
            action: Some(action),
            reason: request.reason.clone(),
            passage: None,
            duplicate_of: request.duplicate_of.clone(),
        }))
    }
}
