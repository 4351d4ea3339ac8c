//! Changing a hearing: create it, save its settings, move its status. Each checks the role,
//! then the input, then writes the change and its audit entry in one transaction.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};
use serde_json::{Value, json};

use super::SettingsInput;
use super::settings::{Settings, is_slug, parse_settings};
use super::status_flow::{Refusal, Target, check};
use super::store::{effective, manageable, recipient_inputs};
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{digest_recipient, hearing, milestone};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::vocab::HearingState;

/// Creates a hearing as a draft (not public). Needs ManageHearing on every hearing.
pub async fn create<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    who: &Principal,
    input: &SettingsInput,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<hearing::Model, AppError> {
    who.require(Capability::ManageHearing, None)?;
    let t = locale.messages();
    let slug = input.slug.trim().to_owned();
    let mut errors = BTreeMap::new();
    if !is_slug(&slug) {
        errors.insert("slug".to_owned(), t.ha_slug_invalid().to_owned());
    } else if crate::hearing::store::find_by_slug(db, &slug)
        .await?
        .is_some()
    {
        errors.insert("slug".to_owned(), t.ha_slug_taken().to_owned());
    }
    let settings = match parse_settings(input, locale) {
        Ok(settings) if errors.is_empty() => settings,
        Ok(_) => return Err(AppError::Validation(errors)),
        Err(more) => {
            errors.extend(more);
            return Err(AppError::Validation(errors));
        }
    };
    let txn = crate::db::begin_write(db).await?;
    if crate::hearing::store::find_by_slug(&txn, &slug)
        .await?
        .is_some()
    {
        return Err(AppError::field("slug", t.ha_slug_taken()));
    }
    let model = hearing::ActiveModel {
        slug: Set(slug),
        status: Set(HearingState::Draft),
        time_zone: Set(crate::hearing::TIME_ZONE.into()),
        created_at: Set(now),
        ..settings_model(&settings, now)
    }
    .insert(&txn)
    .await?;
    replace_rows(&txn, model.id, &settings).await?;
    let after = snapshot(&txn, &model).await?;
    record(
        &txn,
        who,
        &model,
        "hearing.create",
        (Value::Null, after),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

/// Saves a hearing's settings, timetable and digest recipients (the slug stays).
pub async fn update<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    who: &Principal,
    slug: &str,
    input: &SettingsInput,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<hearing::Model, AppError> {
    manageable(db, who, slug).await?;
    let settings = parse_settings(input, locale).map_err(AppError::Validation)?;
    let txn = crate::db::begin_write(db).await?;
    let current = manageable(&txn, who, slug).await?;
    let before = snapshot(&txn, &current).await?;
    let mut row = settings_model(&settings, now);
    row.id = Set(current.id);
    let model = row.update(&txn).await?;
    replace_rows(&txn, model.id, &settings).await?;
    let after = snapshot(&txn, &model).await?;
    record(&txn, who, &model, "hearing.update", (before, after), now).await?;
    txn.commit().await?;
    Ok(model)
}

/// Moves a hearing to `target` when the flow allows it; 409 with the reason otherwise.
pub async fn change_status<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    who: &Principal,
    slug: &str,
    target: Target,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<hearing::Model, AppError> {
    manageable(db, who, slug).await?;
    let t = locale.messages();
    let txn = crate::db::begin_write(db).await?;
    let current = manageable(&txn, who, slug).await?;
    let status = effective(&current, now);
    let has_draft = crate::draft::store::latest_version(&txn, current.id)
        .await?
        .is_some();
    check(status, target, has_draft).map_err(|refusal| {
        AppError::Conflict(match refusal {
            Refusal::NotFromHere => t.ha_transition_refused(status.label(t), target.state()),
            Refusal::NoDraft => t.ha_publish_needs_draft().to_owned(),
            Refusal::StillOpen => t.ha_processing_before_deadline(crate::hearing::store::local(
                current.closes_at,
                chrono_tz::Europe::Copenhagen,
            )),
        })
    })?;
    let before = json!({"status": current.status, "effective": status});
    let mut row = current.into_active_model();
    row.status = Set(target.state());
    row.updated_at = Set(now);
    if target == Target::Decided {
        // The retention of its respondents' personal data runs from here.
        row.decided_at = Set(Some(now));
    }
    let model = row.update(&txn).await?;
    let after = json!({"status": model.status, "effective": effective(&model, now)});
    record(&txn, who, &model, "hearing.status", (before, after), now).await?;
    txn.commit().await?;
    Ok(model)
}

fn settings_model(settings: &Settings, now: DateTime<Utc>) -> hearing::ActiveModel {
    hearing::ActiveModel {
        title: Set(settings.title.clone()),
        summary: Set(settings.summary.clone()),
        committee: Set(settings.committee.clone()),
        journal_number: Set(settings.journal_number.clone()),
        opens_at: Set(settings.opens_at),
        closes_at: Set(settings.closes_at),
        publication_policy: Set(settings.publication_policy),
        retention_months: Set(settings.retention_months),
        updated_at: Set(now),
        ..Default::default()
    }
}

async fn replace_rows(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    settings: &Settings,
) -> Result<(), AppError> {
    milestone::Entity::delete_many()
        .filter(milestone::Column::HearingId.eq(hearing_id))
        .exec(db)
        .await?;
    crate::hearing::store::insert_milestones(db, hearing_id, &settings.milestones).await?;
    digest_recipient::Entity::delete_many()
        .filter(digest_recipient::Column::HearingId.eq(hearing_id))
        .exec(db)
        .await?;
    for (position, (name, email)) in settings.recipients.iter().enumerate() {
        digest_recipient::ActiveModel {
            hearing_id: Set(hearing_id),
            name: Set(name.clone()),
            email: Set(email.clone()),
            position: Set(position as i32),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The hearing's settings as the audit log keeps them.
async fn snapshot(db: &impl ConnectionTrait, model: &hearing::Model) -> Result<Value, AppError> {
    let milestones = super::store::milestone_inputs(db, model.id).await?;
    let recipients = recipient_inputs(db, model.id).await?;
    Ok(json!({
        "slug": model.slug,
        "status": model.status,
        "title": model.title,
        "summary": model.summary,
        "committee": model.committee,
        "journal_number": model.journal_number,
        "opens_at": model.opens_at,
        "closes_at": model.closes_at,
        "publication_policy": model.publication_policy,
        "retention_months": model.retention_months,
        "milestones": milestones,
        "digest_recipients": recipients,
    }))
}

async fn record(
    db: &impl ConnectionTrait,
    who: &Principal,
    model: &hearing::Model,
    action: &str,
    (before, after): (Value, Value),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let entry = Entry {
        actor_id: Some(who.account_id),
        action,
        entity: "hearing",
        entity_id: model.id,
        hearing_id: Some(model.id),
        reason: None,
        before,
        after,
    };
    audit::record(db, entry, now).await
}
