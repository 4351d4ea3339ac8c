//! Writes a run's plan in one transaction: themes updated or made, the algorithm's
//! memberships changed where they changed (officials' placements and pinned themes untouched),
//! themes left empty retired, campaigns replaced, and every response whose theme or campaign
//! changed queued for the search index (its facets hold both).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::input::State;
use super::matching::Target;
use super::plan::{Plan, PlannedCampaign, PlannedTheme};
use crate::entities::{campaign, campaign_member, theme, theme_member};
use crate::search::outbox::{self as index_outbox, Change};

/// Rows inserted per statement.
const CHUNK: usize = 500;

/// Writes `plan` for hearing `hearing_id` (read as `state`).
pub async fn write(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    state: &State,
    plan: &Plan,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut changed: HashSet<i32> = HashSet::new();
    let mut theme_of: HashMap<i32, i32> = HashMap::new();
    for planned in &plan.themes {
        let id = upsert_theme(db, hearing_id, planned, false, now).await?;
        theme_of.extend(planned.members.iter().map(|r| (*r, id)));
    }
    for (id, words) in &plan.pinned_public {
        theme::Entity::update_many()
            .col_expr(theme::Column::PublicJson, Expr::value(words.to_json()))
            .filter(theme::Column::Id.eq(*id))
            .exec(db)
            .await?;
    }
    changed.extend(write_members(db, hearing_id, state, &theme_of, now).await?);
    if !plan.retire.is_empty() {
        theme::Entity::update_many()
            .col_expr(theme::Column::RetiredAt, Expr::value(now))
            .filter(theme::Column::Id.is_in(plan.retire.iter().copied()))
            .exec(db)
            .await?;
    }
    changed.extend(write_campaigns(db, hearing_id, state, &plan.campaigns, now).await?);
    let mut changed: Vec<i32> = changed.into_iter().collect();
    changed.sort_unstable();
    for id in changed {
        index_outbox::enqueue(db, id, Change::Theme, now).await?;
    }
    Ok(())
}

/// Writes a planned theme's words, the officials' and the public's (an old theme's, or a new
/// one's); `kept` marks the theme as
/// keeping its members (a split's parts). Returns its id.
pub async fn upsert_theme(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    planned: &PlannedTheme,
    kept: bool,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let terms = serde_json::to_string(&planned.terms).unwrap_or_else(|_| "[]".into());
    let quotes = serde_json::to_string(&planned.quotes).unwrap_or_else(|_| "[]".into());
    let label = planned.terms.join(", ");
    let mut row = theme::ActiveModel {
        label: Set(label),
        terms_json: Set(terms),
        quotes_json: Set(quotes),
        public_json: Set(Some(planned.public.to_json())),
        updated_at: Set(now),
        ..Default::default()
    };
    if kept {
        row.kept = Set(true);
    }
    match planned.target {
        Target::Existing(id) => {
            row.id = Set(id);
            row.update(db).await?;
            Ok(id)
        }
        Target::New(_) => {
            row.hearing_id = Set(hearing_id);
            row.created_at = Set(now);
            row.pinned = Set(false);
            row.kept = Set(kept);
            row.merged = Set(false);
            Ok(row.insert(db).await?.id)
        }
    }
}

/// Replaces the algorithm's memberships where they differ; returns the responses moved.
async fn write_members(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    state: &State,
    theme_of: &HashMap<i32, i32>,
    now: DateTime<Utc>,
) -> Result<Vec<i32>, DbErr> {
    let untouchable: HashSet<i32> = super::plan::fixed(state);
    let old: HashMap<i32, i32> = state
        .members
        .iter()
        .filter(|m| !untouchable.contains(&m.response_id))
        .map(|m| (m.response_id, m.theme_id))
        .collect();
    let gone: Vec<i32> = old
        .iter()
        .filter(|(r, t)| theme_of.get(r) != Some(t))
        .map(|(r, _)| *r)
        .collect();
    let mut added: Vec<(i32, i32)> = theme_of
        .iter()
        .filter(|(r, t)| old.get(r) != Some(t) && !untouchable.contains(r))
        .map(|(r, t)| (*r, *t))
        .collect();
    added.sort_unstable();
    for chunk in gone.chunks(CHUNK) {
        theme_member::Entity::delete_many()
            .filter(theme_member::Column::ResponseId.is_in(chunk.iter().copied()))
            .exec(db)
            .await?;
    }
    for chunk in added.chunks(CHUNK) {
        let rows = chunk
            .iter()
            .map(|(response_id, theme_id)| theme_member::ActiveModel {
                theme_id: Set(*theme_id),
                response_id: Set(*response_id),
                hearing_id: Set(hearing_id),
                manual: Set(false),
                assigned_at: Set(now),
                ..Default::default()
            });
        theme_member::Entity::insert_many(rows).exec(db).await?;
    }
    let mut moved: HashSet<i32> = gone.into_iter().collect();
    moved.extend(added.iter().map(|(r, _)| *r));
    Ok(moved.into_iter().collect())
}

/// Replaces the hearing's campaigns; returns the responses whose campaign changed.
async fn write_campaigns(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    state: &State,
    planned: &[PlannedCampaign],
    now: DateTime<Utc>,
) -> Result<Vec<i32>, DbErr> {
    let old: HashMap<i32, i32> = state
        .campaign_members
        .iter()
        .map(|m| (m.response_id, m.campaign_id))
        .collect();
    let mut new: HashMap<i32, i32> = HashMap::new();
    let mut members = Vec::new();
    for c in planned {
        let id = upsert_campaign(db, hearing_id, c, now).await?;
        new.extend(c.members.iter().map(|m| (m.response_id, id)));
        members.extend(c.members.iter().map(|m| campaign_member::ActiveModel {
            campaign_id: Set(id),
            response_id: Set(m.response_id),
            hearing_id: Set(hearing_id),
            similarity: Set(f64::from(m.similarity)),
            additions: Set(m.additions.clone()),
            ..Default::default()
        }));
    }
    campaign_member::Entity::delete_many()
        .filter(campaign_member::Column::HearingId.eq(hearing_id))
        .exec(db)
        .await?;
    let mut members = members.into_iter().peekable();
    while members.peek().is_some() {
        let chunk: Vec<_> = members.by_ref().take(CHUNK).collect();
        campaign_member::Entity::insert_many(chunk).exec(db).await?;
    }
    let kept: Vec<i32> = new.values().copied().collect();
    campaign::Entity::delete_many()
        .filter(campaign::Column::HearingId.eq(hearing_id))
        .filter(campaign::Column::Id.is_not_in(kept))
        .exec(db)
        .await?;
    let mut changed: Vec<i32> = old.keys().chain(new.keys()).copied().collect();
    changed.retain(|r| old.get(r) != new.get(r));
    Ok(changed)
}

async fn upsert_campaign(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    planned: &PlannedCampaign,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let mut row = campaign::ActiveModel {
        representative_id: Set(planned.representative),
        signers: Set(planned.members.len() as i32),
        updated_at: Set(now),
        ..Default::default()
    };
    match planned.target {
        Target::Existing(id) => {
            row.id = Set(id);
            row.update(db).await?;
            Ok(id)
        }
        Target::New(_) => {
            row.hearing_id = Set(hearing_id);
            row.created_at = Set(now);
            Ok(row.insert(db).await?.id)
        }
    }
}

/// Hearing `hearing_id`'s themes that are not retired, in the order they were made.
pub async fn live_themes(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<theme::Model>, DbErr> {
    theme::Entity::find()
        .filter(theme::Column::HearingId.eq(hearing_id))
        .filter(theme::Column::RetiredAt.is_null())
        .order_by_asc(theme::Column::Id)
        .all(db)
        .await
}
