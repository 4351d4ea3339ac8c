//! Reading and saving the decision: the officials' page data (with the checklist and the
//! previews), the public page's, and saving the decision with its audit entry. Saving is
//! allowed before and after publishing (a correction shows on the public page at once and is
//! audited); it never sends mail.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, Set};
use serde_json::json;

use super::changes::{self, Changes};
use super::checklist::Facts;
use super::input::{self, Decision};
use super::letter::{self, Outcome};
use super::{MailPreview, OutcomeAdmin, OutcomeFields, OutcomeView};
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{hearing, hearing_outcome};
use crate::error::AppError;
use crate::hearing::outcome::{self as public_outcome, HearingOutcome};
use crate::hearing::store::{hearing_for, local, zone};
use crate::hearing::{HearingLink, HearingStatus};
use crate::i18n::Locale;
use crate::state::AppState;

/// The fields of `row`, or the empty form with the hearing's committee.
pub fn fields_of(row: Option<&hearing_outcome::Model>, hearing: &hearing::Model) -> OutcomeFields {
    match row {
        Some(row) => OutcomeFields {
            decided_on: row.decided_on.to_string(),
            committee: row.committee.clone(),
            minutes_url: row.minutes_url.clone().unwrap_or_default(),
            decision: row.decision.clone(),
        },
        None => OutcomeFields {
            committee: hearing.committee.clone(),
            ..Default::default()
        },
    }
}

/// Whether a hearing at `status` may have its outcome published.
pub fn may_publish(status: HearingStatus) -> bool {
    matches!(status, HearingStatus::Processing | HearingStatus::Decided)
}

/// The officials' page of hearing `slug` for `who` (ManageHearing on it).
pub async fn admin_view(
    state: &AppState,
    who: &Principal,
    slug: &str,
) -> Result<OutcomeAdmin, AppError> {
    let db = &state.db;
    let now = state.clock.now();
    let hearing = hearing_for(db, who, slug, Capability::ManageHearing).await?;
    let row = public_outcome::row(db, hearing.id).await?;
    let facts = Facts::read(db, &hearing, now).await?;
    let changes = changes::read(db, &hearing).await?;
    let checklist = facts.checklist(row.is_some(), &changes);
    let preview = row.as_ref().map(|row| preview(&hearing, row, &changes));
    let mail = row.as_ref().and_then(|row| {
        let first = letter::recipients(&facts.counted, &facts.remarks)
            .into_iter()
            .next()?;
        let mail = letter::compose(&first, &shared(&hearing, row, &state.base_url));
        Some(MailPreview {
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
        })
    });
    let status = crate::hearing_admin::store::effective(&hearing, now);
    Ok(OutcomeAdmin {
        hearing: HearingLink {
            slug: hearing.slug.clone(),
            title: hearing.title.clone(),
        },
        fields: fields_of(row.as_ref(), &hearing),
        published_at: row.as_ref().and_then(|r| r.published_at),
        published_local: row
            .as_ref()
            .and_then(|r| r.published_at)
            .map(|at| local(at, zone(&hearing))),
        may_publish: may_publish(status),
        checklist,
        preview,
        mail,
    })
}

/// The outcome as the public would read it, with the changes as they stand (published: as
/// frozen then).
fn preview(
    hearing: &hearing::Model,
    row: &hearing_outcome::Model,
    changes: &Changes,
) -> HearingOutcome {
    let mut outcome = public_outcome::of(&hearing.slug, row);
    if row.published_at.is_none() {
        outcome.consulted_version = changes.consulted;
        outcome.adopted_version = changes.adopted;
        outcome.changes = changes.sections.clone();
    }
    outcome
}

/// What every respondent's e-mail of `hearing` shares.
pub fn shared<'a>(
    hearing: &'a hearing::Model,
    row: &'a hearing_outcome::Model,
    base_url: &str,
) -> Outcome<'a> {
    Outcome {
        title: &hearing.title,
        committee: &row.committee,
        decided_on: row.decided_on,
        link: format!(
            "{}/hearings/{}/outcome",
            base_url.trim_end_matches('/'),
            hearing.slug
        ),
    }
}

/// The public outcome page of hearing `slug`; `None` unless it is public and its outcome is
/// published. The høringsnotat holds published responses only.
pub async fn public_view(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<Option<OutcomeView>, AppError> {
    let Some(hearing) = crate::hearing::store::public(db, slug).await? else {
        return Ok(None);
    };
    let Some(outcome) = public_outcome::published(db, hearing.id, &hearing.slug).await? else {
        return Ok(None);
    };
    let mut notat = crate::hvidbog::build::read(db, &hearing, now)
        .await?
        .public();
    // A response under a section without a remark of its own is answered by its theme's, which
    // its group does not show (the list and the respondent's e-mail say it too).
    let answered = crate::disclosure::remarks::effective(db, hearing.id).await?;
    for entry in notat.textual.iter_mut().flat_map(|g| g.entries.iter_mut()) {
        match answered.get(&entry.response_id) {
            Some(remark) if !entry.remark.is_written() => entry.remark = remark.clone(),
            _ => {}
        }
    }
    Ok(Some(OutcomeView { outcome, notat }))
}

/// Saves the decision typed for hearing `slug` by `who` (ManageHearing), audited; refused
/// fields come back as a validation error with a message at each.
pub async fn save(
    db: &DatabaseConnection,
    who: &Principal,
    slug: &str,
    fields: &OutcomeFields,
    (locale, now): (Locale, DateTime<Utc>),
) -> Result<hearing_outcome::Model, AppError> {
    let hearing = hearing_for(db, who, slug, Capability::ManageHearing).await?;
    let deadline = local(hearing.closes_at, zone(&hearing)).date();
    let decision = input::parse(fields, deadline, locale).map_err(AppError::Validation)?;
    let before = public_outcome::row(db, hearing.id).await?;
    let txn = crate::db::begin_write(db).await?;
    upsert(&txn, hearing.id, &decision, who, now).await?;
    let after = public_outcome::row(&txn, hearing.id)
        .await?
        .ok_or(AppError::Internal)?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: "outcome.save",
        entity: "hearing",
        entity_id: hearing.id,
        hearing_id: Some(hearing.id),
        reason: None,
        before: before.as_ref().map_or(json!(null), audited),
        after: audited(&after),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(after)
}

async fn upsert(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    decision: &Decision,
    who: &Principal,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let row = hearing_outcome::ActiveModel {
        hearing_id: Set(hearing_id),
        decided_on: Set(decision.decided_on),
        committee: Set(decision.committee.clone()),
        minutes_url: Set(decision.minutes_url.clone()),
        decision: Set(decision.decision.clone()),
        updated_by: Set(Some(who.account_id)),
        updated_at: Set(now),
        ..Default::default()
    };
    let columns = [
        hearing_outcome::Column::DecidedOn,
        hearing_outcome::Column::Committee,
        hearing_outcome::Column::MinutesUrl,
        hearing_outcome::Column::Decision,
        hearing_outcome::Column::UpdatedBy,
        hearing_outcome::Column::UpdatedAt,
    ];
    let upsert = OnConflict::column(hearing_outcome::Column::HearingId)
        .update_columns(columns)
        .to_owned();
    hearing_outcome::Entity::insert(row)
        .on_conflict(upsert)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The fields an audit entry keeps of the decision.
pub fn audited(row: &hearing_outcome::Model) -> serde_json::Value {
    json!({
        "decided_on": row.decided_on,
        "committee": row.committee,
        "minutes_url": row.minutes_url,
        "decision": row.decision,
        "published_at": row.published_at,
    })
}
