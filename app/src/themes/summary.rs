//! The themes as people read them: sizes, breakdowns and quotes counted from the stored
//! memberships at read time, for officials (every themed response, the officials' words), the
//! public (publicly shown responses only; a theme with none, or without a name or fresh public
//! words, is not shown) or the committee's digest (every themed response counted, but only the
//! public's words: the digest leaves the administration).

use std::collections::{BTreeMap, HashMap, HashSet};

use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::public_words::{PublicWords, fingerprint};
use super::quotes::{Quote, SHOWN};
use super::{CampaignSummary, ThemeSummary, Themes};
use crate::disclosure::public;
use crate::entities::{
    campaign, campaign_member, respondent, response, section, theme, theme_member,
};
use crate::vocab::ResponseStatus;

/// Who reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Publicly shown responses only, the public's words, no quotes' text.
    Public,
    /// Every themed response counted; the public's words with their quotes' text.
    Committee,
    /// Every themed response, the officials' words with quotes' text.
    Officials,
}

/// One member response as counted.
struct Row {
    svarnummer: String,
    voice: String,
    kind: String,
    section: Option<String>,
    /// The language detected at intake (`""`: none).
    language: String,
    /// Its fingerprint, while it is publicly shown (outside the officials' view).
    public: Option<String>,
}

/// The themes and campaigns of hearing `hearing_id` for `audience`, largest first: the
/// officials' as stored at the hearing's stamp (counted again after a change).
pub async fn read(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    audience: Audience,
) -> Result<Themes, DbErr> {
    match audience {
        Audience::Officials => super::public_cache::officials(db, hearing_id).await,
        _ => counted(db, hearing_id, audience).await,
    }
}

/// The themes and campaigns of hearing `hearing_id` for the public or the committee, counted
/// now from the memberships and the responses.
pub async fn counted(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    audience: Audience,
) -> Result<Themes, DbErr> {
    let themes = super::store::live_themes(db, hearing_id).await?;
    let no_campaign = campaign::Entity::find()
        .filter(campaign::Column::HearingId.eq(hearing_id))
        .one(db)
        .await?
        .is_none();
    if themes.is_empty() && no_campaign {
        // Nothing to count: the responses are not read.
        return Ok(Themes::default());
    }
    let rows = rows(db, hearing_id, audience).await?;
    let members = theme_member::Entity::find()
        .filter(theme_member::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?;
    let mut by_theme: HashMap<i32, Vec<i32>> = HashMap::new();
    for m in members.iter().filter(|m| rows.contains_key(&m.response_id)) {
        by_theme.entry(m.theme_id).or_default().push(m.response_id);
    }
    let shown: HashMap<i32, String> = rows
        .iter()
        .filter_map(|(id, row)| Some((*id, row.public.clone()?)))
        .collect();
    let mut out: Vec<ThemeSummary> = themes
        .iter()
        .filter_map(|t| {
            let words = words(t, audience, &shown)?;
            summarise(t, by_theme.get(&t.id)?, &rows, words)
        })
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
    let scope = match audience {
        Audience::Public => public::condition(),
        Audience::Committee | Audience::Officials => {
            Condition::all().add(response::Column::Status.is_in(ResponseStatus::COUNTED))
        }
    };
    let responses = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(scope.clone())
        .all(db)
        .await?;
    // Subqueries, not lists of ids: a hearing's responses may outnumber the bound values a
    // statement may carry.
    let of_responses = |column: response::Column| {
        Query::select()
            .column(column)
            .from(response::Entity)
            .and_where(response::Column::HearingId.eq(hearing_id))
            .cond_where(scope.clone())
            .to_owned()
    };
    // A duplicate's original is a response of the same hearing, so it is among these rows.
    let published: HashSet<i32> = responses
        .iter()
        .filter(|r| r.status == ResponseStatus::Published)
        .map(|r| r.id)
        .collect();
    let kinds: HashMap<i32, String> = respondent::Entity::find()
        .filter(respondent::Column::Id.in_subquery(of_responses(response::Column::RespondentId)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.kind.to_string()))
        .collect();
    let sections: HashMap<i32, String> = section::Entity::find()
        .filter(section::Column::Id.in_subquery(of_responses(response::Column::SectionId)))
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
            let shown = audience != Audience::Officials && public::is_shown(&r, &published);
            let row = Row {
                public: shown.then(|| fingerprint(&r)),
                svarnummer: r.svarnummer,
                voice,
                kind: kinds.get(&r.respondent_id).cloned().unwrap_or_default(),
                section: r.section_id.and_then(|s| sections.get(&s).cloned()),
                language: r.language.clone().unwrap_or_default(),
            };
            (r.id, row)
        })
        .collect())
}

/// The words `audience` may read of `theme`: the label, the terms and the quote candidates
/// with whether their text may be shown. `None`: the public does not see the theme.
struct Words {
    label: String,
    terms: Vec<String>,
    quotes: Vec<Quote>,
    sentences: bool,
}

fn words(theme: &theme::Model, audience: Audience, shown: &HashMap<i32, String>) -> Option<Words> {
    if audience == Audience::Officials {
        return Some(Words {
            label: theme.title().to_owned(),
            terms: serde_json::from_str(&theme.terms_json).unwrap_or_default(),
            quotes: serde_json::from_str(&theme.quotes_json).unwrap_or_default(),
            sentences: true,
        });
    }
    let public = PublicWords::parse(theme.public_json.as_deref())
        .filter(|w| w.is_fresh(shown))
        .unwrap_or_default();
    let label = match &theme.name {
        Some(name) => name.clone(),
        None => public.label(),
    };
    if label.is_empty() && audience == Audience::Public {
        return None;
    }
    Some(Words {
        label,
        terms: public.terms,
        quotes: public.quotes,
        sentences: audience == Audience::Committee,
    })
}

fn summarise(
    theme: &theme::Model,
    members: &[i32],
    rows: &HashMap<i32, Row>,
    words: Words,
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
    let mut by_language: BTreeMap<String, usize> = BTreeMap::new();
    for id in members {
        *by_language.entry(rows[id].language.clone()).or_default() += 1;
    }
    let shown: Vec<&Quote> = words
        .quotes
        .iter()
        .filter(|q| members.contains(&q.response_id))
        .take(SHOWN)
        .collect();
    Some(ThemeSummary {
        id: theme.id,
        label: words.label,
        terms: words.terms,
        size: voices.len(),
        responses: members.len(),
        by_kind,
        by_section,
        by_language,
        quotes: shown
            .iter()
            .map(|q| rows[&q.response_id].svarnummer.clone())
            .collect(),
        sentences: match words.sentences {
            true => shown.iter().map(|q| q.sentence.clone()).collect(),
            false => Vec::new(),
        },
        sentence_languages: match words.sentences {
            true => shown
                .iter()
                .map(|q| rows[&q.response_id].language.clone())
                .collect(),
            false => Vec::new(),
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
