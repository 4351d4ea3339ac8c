//! The themes as people read them: sizes, breakdowns and quotes counted from the stored
//! memberships at read time, for officials (every themed response) or the public (published
//! responses only; a theme with none is not shown).

use std::collections::{BTreeMap, HashMap};

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::input::THEMED_STATUSES;
use super::quotes::{Quote, SHOWN};
use super::{CampaignSummary, ThemeSummary, Themes};
use crate::entities::{
    campaign, campaign_member, respondent, response, section, theme, theme_member,
};

/// Who reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Published responses only.
    Public,
    /// Every themed response, with quotes' text.
    Officials,
}

/// One member response as counted.
struct Row {
    svarnummer: String,
    voice: String,
    kind: String,
    section: Option<String>,
}

/// The themes and campaigns of hearing `hearing_id` for `audience`, largest first.
pub async fn read(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    audience: Audience,
) -> Result<Themes, DbErr> {
    let rows = rows(db, hearing_id, audience).await?;
    let themes = theme::Entity::find()
        .filter(theme::Column::HearingId.eq(hearing_id))
        .filter(theme::Column::RetiredAt.is_null())
        .order_by_asc(theme::Column::Id)
        .all(db)
        .await?;
    let members = theme_member::Entity::find()
        .filter(theme_member::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?;
    let mut by_theme: HashMap<i32, Vec<i32>> = HashMap::new();
    for m in members.iter().filter(|m| rows.contains_key(&m.response_id)) {
        by_theme.entry(m.theme_id).or_default().push(m.response_id);
    }
    let mut out: Vec<ThemeSummary> = themes
        .iter()
        .filter_map(|t| summarise(t, by_theme.get(&t.id)?, &rows, audience))
        .collect();
    out.sort_by(|a, b| b.size.cmp(&a.size).then(a.id.cmp(&b.id)));
    let campaigns = campaigns(db, hearing_id, &rows).await?;
    Ok(Themes {
        themes: out,
        campaigns,
    })
}

async fn rows(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    audience: Audience,
) -> Result<HashMap<i32, Row>, DbErr> {
    let statuses: &[&str] = match audience {
        Audience::Public => &["published"],
        Audience::Officials => &THEMED_STATUSES,
    };
    let responses = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Status.is_in(statuses.iter().copied()))
        .all(db)
        .await?;
    let kinds: HashMap<i32, String> = respondent::Entity::find()
        .filter(respondent::Column::Id.is_in(responses.iter().map(|r| r.respondent_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.kind))
        .collect();
    let sections: HashMap<i32, String> = section::Entity::find()
        .filter(section::Column::Id.is_in(responses.iter().filter_map(|r| r.section_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.anchor))
        .collect();
    let campaign_of: HashMap<i32, i32> = campaign_member::Entity::find()
        .filter(campaign_member::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.response_id, m.campaign_id))
        .collect();
    Ok(responses
        .into_iter()
        .map(|r| {
            let voice = match (campaign_of.get(&r.id), r.duplicate_of_id) {
                (Some(c), _) => format!("c{c}"),
                (None, Some(original)) => format!("r{original}"),
                (None, None) => format!("r{}", r.id),
            };
            let row = Row {
                svarnummer: r.svarnummer,
                voice,
                kind: kinds.get(&r.respondent_id).cloned().unwrap_or_default(),
                section: r.section_id.and_then(|s| sections.get(&s).cloned()),
            };
            (r.id, row)
        })
        .collect())
}

fn summarise(
    theme: &theme::Model,
    members: &[i32],
    rows: &HashMap<i32, Row>,
    audience: Audience,
) -> Option<ThemeSummary> {
    let mut voices: BTreeMap<&str, &Row> = BTreeMap::new();
    for id in members {
        let row = &rows[id];
        voices.entry(row.voice.as_str()).or_insert(row);
    }
    if voices.is_empty() {
        return None;
    }
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_section: BTreeMap<String, usize> = BTreeMap::new();
    for row in voices.values() {
        *by_kind.entry(row.kind.clone()).or_default() += 1;
        if let Some(section) = &row.section {
            *by_section.entry(section.clone()).or_default() += 1;
        }
    }
    let quotes: Vec<Quote> = serde_json::from_str(&theme.quotes_json).unwrap_or_default();
    let shown: Vec<&Quote> = quotes
        .iter()
        .filter(|q| members.contains(&q.response_id))
        .take(SHOWN)
        .collect();
    Some(ThemeSummary {
        id: theme.id,
        label: theme.title().to_owned(),
        terms: serde_json::from_str(&theme.terms_json).unwrap_or_default(),
        size: voices.len(),
        responses: members.len(),
        by_kind,
        by_section,
        quotes: shown
            .iter()
            .map(|q| rows[&q.response_id].svarnummer.clone())
            .collect(),
        sentences: match audience {
            Audience::Officials => shown.iter().map(|q| q.sentence.clone()).collect(),
            Audience::Public => Vec::new(),
        },
        pinned: theme.pinned,
        named: theme.name.is_some(),
    })
}

async fn campaigns(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    rows: &HashMap<i32, Row>,
) -> Result<Vec<CampaignSummary>, DbErr> {
    let campaigns = campaign::Entity::find()
        .filter(campaign::Column::HearingId.eq(hearing_id))
        .order_by_asc(campaign::Column::Id)
        .all(db)
        .await?;
    let members = campaign_member::Entity::find()
        .filter(campaign_member::Column::HearingId.eq(hearing_id))
        .order_by_asc(campaign_member::Column::ResponseId)
        .all(db)
        .await?;
    let mut by_campaign: HashMap<i32, Vec<i32>> = HashMap::new();
    for m in members.iter().filter(|m| rows.contains_key(&m.response_id)) {
        by_campaign
            .entry(m.campaign_id)
            .or_default()
            .push(m.response_id);
    }
    let mut out: Vec<CampaignSummary> = campaigns
        .iter()
        .filter_map(|c| {
            let shown = by_campaign.get(&c.id)?;
            let representative = Some(c.representative_id)
                .filter(|r| shown.contains(r))
                .or_else(|| shown.first().copied())?;
            Some(CampaignSummary {
                id: c.id,
                signers: shown.len(),
                representative: rows[&representative].svarnummer.clone(),
            })
        })
        .collect();
    out.sort_by(|a, b| b.signers.cmp(&a.signers).then(a.id.cmp(&b.id)));
    Ok(out)
}
