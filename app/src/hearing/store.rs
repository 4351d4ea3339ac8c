//! Reading and creating hearings in the database.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{AnnexDto, Countdown, HearingDetail, HearingStatus, HearingSummary, MilestoneDto};
use crate::auth::{Capability, Principal};
use crate::entities::{annex, hearing, milestone};
use crate::error::AppError;
use crate::vocab::{HearingState, MilestoneKind, PublicationPolicy};

/// The hearing's zone; an unknown name (never written by Ordet) falls back to Copenhagen.
pub fn zone(model: &hearing::Model) -> Tz {
    model.time_zone.parse().unwrap_or(crate::clock::HOME_ZONE)
}

pub use crate::clock::local;

/// A stored hearing as readers see it at `now`.
pub fn summary(model: hearing::Model, now: DateTime<Utc>) -> HearingSummary {
    let zone = zone(&model);
    let status = HearingStatus::effective(model.status, model.opens_at, model.closes_at, now);
    let (opens_local, closes_local) = (local(model.opens_at, zone), local(model.closes_at, zone));
    let today = local(now, zone).date();
    HearingSummary {
        countdown: Countdown::new(status, opens_local.date(), closes_local.date(), today),
        slug: model.slug,
        journal_number: model.journal_number,
        title: model.title,
        summary: model.summary,
        committee: model.committee,
        status,
        opens_at: model.opens_at,
        closes_at: model.closes_at,
        time_zone: model.time_zone,
        opens_local,
        closes_local,
    }
}

/// Every public hearing, the most recently opened first.
pub async fn list_public(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Vec<HearingSummary>, AppError> {
    let models = hearing::Entity::find()
        .filter(hearing::Column::Status.ne(HearingState::Draft))
        .order_by_desc(hearing::Column::OpensAt)
        .all(db)
        .await?;
    Ok(models.into_iter().map(|m| summary(m, now)).collect())
}

/// The hearing with this slug, whatever its state.
pub async fn find_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<hearing::Model>, AppError> {
    Ok(hearing::Entity::find()
        .filter(hearing::Column::Slug.eq(slug))
        .one(db)
        .await?)
}

/// The hearing with this slug: 404 when there is none.
pub async fn required(db: &impl ConnectionTrait, slug: &str) -> Result<hearing::Model, AppError> {
    find_by_slug(db, slug).await?.ok_or(AppError::NotFound)
}

/// The hearing with this slug if `who` may do `capability` on it: 404, else 403.
pub async fn hearing_for(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
    capability: Capability,
) -> Result<hearing::Model, AppError> {
    let hearing = required(db, slug).await?;
    who.require(capability, Some(hearing.id))?;
    Ok(hearing)
}

/// The hearing with this slug if the public may see it: in any state but a draft.
pub async fn public(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<hearing::Model>, AppError> {
    let found = find_by_slug(db, slug).await?;
    Ok(found.filter(|h| h.status != HearingState::Draft))
}

/// A public hearing with its timetable, annexes and current draft.
pub async fn detail(
    db: &impl ConnectionTrait,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<Option<HearingDetail>, AppError> {
    let Some(model) = find_by_slug(db, slug).await? else {
        return Ok(None);
    };
    let hearing = summary(model.clone(), now);
    if !hearing.status.is_public() {
        return Ok(None);
    }
    let today = local(now, zone(&model)).date();
    Ok(Some(HearingDetail {
        milestones: milestones(db, model.id, today).await?,
        annexes: annexes(db, model.id).await?,
        draft: crate::draft::store::load_latest(db, model.id).await?,
        responses: crate::response::tally::counts(db, model.id).await?,
        outcome: super::outcome::published(db, model.id, &model.slug).await?,
        hearing,
    }))
}

/// A hearing's timetable in date order (equal dates in the order given).
pub async fn milestone_rows(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<milestone::Model>, AppError> {
    Ok(milestone::Entity::find()
        .filter(milestone::Column::HearingId.eq(hearing_id))
        .order_by_asc(milestone::Column::Date)
        .order_by_asc(milestone::Column::Position)
        .all(db)
        .await?)
}

async fn milestones(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    today: NaiveDate,
) -> Result<Vec<MilestoneDto>, AppError> {
    let rows = milestone_rows(db, hearing_id).await?;
    Ok(rows
        .into_iter()
        .map(|m| MilestoneDto {
            is_past: m.date < today,
            date: m.date,
            label: m.label,
            kind: m.kind,
        })
        .collect())
}

async fn annexes(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Vec<AnnexDto>, AppError> {
    let rows = annex::Entity::find()
        .filter(annex::Column::HearingId.eq(hearing_id))
        .order_by_asc(annex::Column::Number)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|a| AnnexDto {
            number: a.number,
            title: a.title,
            description: a.description,
            url: a.url,
        })
        .collect())
}

/// A hearing to create, with its timetable and annexes.
#[derive(Debug, Clone)]
pub struct NewHearing {
    /// URL name.
    pub slug: String,
    /// Case number.
    pub journal_number: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Deciding committee.
    pub committee: String,
    /// Opening instant.
    pub opens_at: DateTime<Utc>,
    /// Deadline.
    pub closes_at: DateTime<Utc>,
    /// When responses become public: `after_verification`, `after_moderation` or
    /// `after_deadline`.
    pub publication_policy: PublicationPolicy,
    /// Timetable: date, label, kind.
    pub milestones: Vec<(NaiveDate, String, MilestoneKind)>,
    /// Annexes: title, description.
    pub annexes: Vec<(String, String)>,
}

/// Stores hearing `hearing_id`'s timetable (date, label, kind), in the order given.
pub async fn insert_milestones(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    milestones: &[(NaiveDate, String, MilestoneKind)],
) -> Result<(), AppError> {
    for (position, (date, label, kind)) in milestones.iter().enumerate() {
        milestone::ActiveModel {
            hearing_id: Set(hearing_id),
            date: Set(*date),
            label: Set(label.clone()),
            kind: Set(*kind),
            position: Set(position as i32),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Creates a published hearing with its milestones and annexes, created at `now`; returns
/// its id.
pub async fn create(
    db: &impl ConnectionTrait,
    new: &NewHearing,
    now: DateTime<Utc>,
) -> Result<i32, AppError> {
    let model = hearing::ActiveModel {
        slug: Set(new.slug.clone()),
        journal_number: Set(new.journal_number.clone()),
        title: Set(new.title.clone()),
        summary: Set(new.summary.clone()),
        committee: Set(new.committee.clone()),
        status: Set(HearingState::Published),
        publication_policy: Set(new.publication_policy),
        opens_at: Set(new.opens_at),
        closes_at: Set(new.closes_at),
        time_zone: Set(super::TIME_ZONE.into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    insert_milestones(db, model.id, &new.milestones).await?;
    for (number, (title, description)) in new.annexes.iter().enumerate() {
        annex::ActiveModel {
            hearing_id: Set(model.id),
            number: Set(number as i32 + 1),
            title: Set(title.clone()),
            description: Set(description.clone()),
            url: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(model.id)
}
