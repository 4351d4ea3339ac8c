//! Reading what hearing administration shows: the hearing with its settings as form values,
//! its versions and its history. The writes are in [`super::write`].

use chrono::{DateTime, SecondsFormat, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::settings::local_input;
use super::status_flow::offered;
use super::{
    HearingAdmin, HistoryItem, ManageOffer, MilestoneInput, RecipientInput, SettingsInput,
    VersionItem,
};
use crate::auth::{Capability, Principal};
use crate::entities::{audit_log, digest_recipient, draft_version, hearing};
use crate::error::AppError;
use crate::hearing::HearingStatus;

/// The audit actions that make up a hearing's history.
pub const HISTORY_ACTIONS: [&str; 6] = [
    "hearing.create",
    "hearing.update",
    "hearing.status",
    "draft.import",
    "draft.summary",
    "retention.hearing",
];

/// The hearing `slug` when `who` may manage it: 404 for no such hearing, 403 without the role.
pub async fn manageable(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
) -> Result<hearing::Model, AppError> {
    crate::hearing::store::hearing_for(db, who, slug, Capability::ManageHearing).await
}

/// The hearings `who` may manage, and whether they may create one.
pub async fn offer(db: &impl ConnectionTrait, who: &Principal) -> Result<ManageOffer, AppError> {
    let hearings = hearing::Entity::find()
        .order_by_desc(hearing::Column::OpensAt)
        .all(db)
        .await?;
    Ok(ManageOffer {
        can_create: who.can(Capability::ManageHearing, None),
        hearings: hearings
            .into_iter()
            .filter(|h| who.can(Capability::ManageHearing, Some(h.id)))
            .map(|h| (h.slug, h.title))
            .collect(),
    })
}

/// Where a stored hearing stands at `now`.
pub fn effective(model: &hearing::Model, now: DateTime<Utc>) -> HearingStatus {
    HearingStatus::effective(model.status, model.opens_at, model.closes_at, now)
}

/// The hearing as its administration shows it; `for_form` gives times on Copenhagen's
/// clock as a `datetime-local` field wants them, else RFC 3339 in UTC.
pub async fn admin_view(
    db: &impl ConnectionTrait,
    model: hearing::Model,
    for_form: bool,
    now: DateTime<Utc>,
) -> Result<HearingAdmin, AppError> {
    let status = effective(&model, now);
    let time = |at: DateTime<Utc>| {
        if for_form {
            local_input(at)
        } else {
            at.to_rfc3339_opts(SecondsFormat::Secs, true)
        }
    };
    let settings = SettingsInput {
        slug: model.slug.clone(),
        opens_at: time(model.opens_at),
        closes_at: time(model.closes_at),
        milestones: milestone_inputs(db, model.id).await?,
        digest_recipients: recipient_inputs(db, model.id).await?,
        title: model.title,
        summary: model.summary,
        committee: model.committee,
        journal_number: model.journal_number,
        publication_policy: model.publication_policy.to_string(),
        retention_months: model
            .retention_months
            .map(|m| m.to_string())
            .unwrap_or_default(),
    };
    Ok(HearingAdmin {
        stored_status: model.status.to_string(),
        status,
        allowed_status: offered(status),
        settings,
        versions: versions(db, model.id).await?,
        history: history(db, model.id).await?,
    })
}

pub(super) async fn milestone_inputs(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<MilestoneInput>, AppError> {
    let rows = crate::hearing::store::milestone_rows(db, hearing_id).await?;
    Ok(rows
        .into_iter()
        .map(|m| MilestoneInput {
            date: m.date.format("%Y-%m-%d").to_string(),
            label: m.label,
            kind: m.kind.to_string(),
        })
        .collect())
}

/// A hearing's digest recipients in the order given.
pub async fn recipient_inputs(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<RecipientInput>, AppError> {
    let rows = digest_recipient::Entity::find()
        .filter(digest_recipient::Column::HearingId.eq(hearing_id))
        .order_by_asc(digest_recipient::Column::Position)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| RecipientInput {
            name: r.name,
            email: r.email,
        })
        .collect())
}

/// A hearing's draft versions, newest first.
pub async fn versions(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<VersionItem>, AppError> {
    let rows = draft_version::Entity::find()
        .filter(draft_version::Column::HearingId.eq(hearing_id))
        .order_by_desc(draft_version::Column::VersionNo)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|v| VersionItem {
            version_no: v.version_no,
            title: v.title,
            imported_local: crate::clock::local(v.imported_at, crate::clock::HOME_ZONE),
            imported_at: v.imported_at,
        })
        .collect())
}

/// The administration entries of a hearing's audit log, newest first.
pub async fn history(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<HistoryItem>, AppError> {
    let rows = audit_log::Entity::find()
        .filter(audit_log::Column::HearingId.eq(hearing_id))
        .filter(audit_log::Column::Action.is_in(HISTORY_ACTIONS))
        .order_by_desc(audit_log::Column::Id)
        .all(db)
        .await?;
    let entries = crate::audit::with_names(db, rows).await?;
    let status =
        |v: Option<&serde_json::Value>| v.and_then(|v| serde_json::from_value(v.clone()).ok());
    Ok(entries
        .into_iter()
        .map(|e| HistoryItem {
            at_local: crate::hearing::store::local(e.at, chrono_tz::Europe::Copenhagen),
            at: e.at,
            status_before: status(e.before.get("effective")),
            status_after: status(e.after.get("effective")),
            version_no: e
                .after
                .get("version_no")
                .and_then(serde_json::Value::as_i64)
                .and_then(|v| i32::try_from(v).ok()),
            actor: e.actor_name,
            action: e.action,
        })
        .collect())
}
