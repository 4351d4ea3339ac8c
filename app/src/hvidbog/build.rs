//! The hvidbog draft from the database: the counted responses (see
//! [`crate::digest::roster`]), each placed once — about a draft section: "Tekstnære
//! bemærkninger" under that section; otherwise under its theme in "Generelle bemærkninger";
//! otherwise under "Øvrige bemærkninger" — with the remarks saved so far. The hvidbog goes to
//! the committee and the public, so a summary and a theme's title are made from published
//! text only ([`crate::disclosure::public`]); a response not publicly shown is listed without
//! a summary.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::remarks::{self, Target};
use super::{Entry, Group, Hvidbog, PartyTick};
use crate::auth::{Capability, Principal};
use crate::digest::roster::{self, Counted};
use crate::disclosure::public;
use crate::entities::{hearing, paragraph, section, theme, theme_member};
use crate::error::AppError;
use crate::hearing::HearingLink;
use crate::hearing::store::hearing_for;
use crate::hearing::store::{local, zone};
use crate::themes::central::summarise;
use crate::themes::public_words::{fingerprint, public_title};
use crate::vocab::ResponseStatus;

/// The draft of hearing `slug` at `now` for `who` (who must be able to read its responses).
pub async fn for_official(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<Hvidbog, AppError> {
    let hearing = hearing_for(db, who, slug, Capability::ReadResponses).await?;
    let mut hvidbog = read(db, &hearing, now).await?;
    hvidbog.can_edit = who.can(Capability::ManageHearing, Some(hearing.id));
    Ok(hvidbog)
}

/// The draft of `hearing` with the responses received up to `now`.
pub async fn read(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
    now: DateTime<Utc>,
) -> Result<Hvidbog, AppError> {
    let counted = roster::read(db, hearing.id, now).await?;
    let saved = remarks::read(db, hearing.id).await?;
    // The hvidbog goes to the committee and the public: only published text is summarised.
    let published: HashSet<i32> = counted
        .iter()
        .filter(|c| c.response.status == ResponseStatus::Published)
        .map(|c| c.response.id)
        .collect();
    let shown: HashMap<i32, String> = counted
        .iter()
        .filter(|c| public::is_shown(&c.response, &published))
        .map(|c| (c.response.id, fingerprint(&c.response)))
        .collect();
    let entry = |c: &Counted| Entry {
        response_id: c.response.id,
        svarnummer: c.response.svarnummer.clone(),
        respondent: c.display_name(),
        kind: c.kind().to_string(),
        published: shown.contains_key(&c.response.id),
        summary: match shown.contains_key(&c.response.id) {
            true => summarise(public::text(&c.response)),
            false => Vec::new(),
        },
        remark: saved
            .get(&(Target::Response, c.response.id))
            .cloned()
            .unwrap_or_default(),
    };
    let sections = section_of(db, &counted).await?;
    let (textual_rows, general_rows): (Vec<&Counted>, Vec<&Counted>) = counted
        .iter()
        .partition(|c| sections.contains_key(&c.response.id));
    let textual = textual(&textual_rows, &sections, &entry);
    let general = general(db, hearing.id, &general_rows, &saved, &shown, &entry).await?;
    let zone = zone(hearing);
    let (opens, closes) = (
        local(hearing.opens_at, zone).date(),
        local(hearing.closes_at, zone).date(),
    );
    let mut by_kind = BTreeMap::new();
    for c in &counted {
        *by_kind.entry(c.kind().to_string()).or_insert(0) += 1;
    }
    let parties = crate::party::store::answered_list(db, hearing)
        .await?
        .into_iter()
        .map(|p| PartyTick {
            name: p.name,
            answered: p.answered,
        })
        .collect();
    Ok(Hvidbog {
        hearing: HearingLink {
            slug: hearing.slug.clone(),
            title: hearing.title.clone(),
        },
        committee: hearing.committee.clone(),
        journal_number: hearing.journal_number.clone(),
        opens,
        closes,
        days: (closes - opens).num_days() + 1,
        parties,
        total: counted.len(),
        by_kind,
        general,
        textual,
        can_edit: false,
    })
}

/// A draft section: anchor, title ("4.1 Heading") and its place in the draft.
#[derive(Clone, Debug)]
struct SectionRef {
    anchor: String,
    title: String,
    position: i32,
}

/// The section each response is about (through its paragraph, or directly).
async fn section_of(
    db: &impl ConnectionTrait,
    counted: &[Counted],
) -> Result<HashMap<i32, SectionRef>, AppError> {
    let paragraph_ids: Vec<i32> = counted
        .iter()
        .filter_map(|c| c.response.paragraph_id)
        .collect();
    let paragraphs: HashMap<i32, i32> = paragraph::Entity::find()
        .filter(paragraph::Column::Id.is_in(paragraph_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.section_id))
        .collect();
    let wanted = |c: &Counted| {
        c.response
            .paragraph_id
            .and_then(|p| paragraphs.get(&p).copied())
            .or(c.response.section_id)
    };
    let section_ids: Vec<i32> = counted.iter().filter_map(wanted).collect();
    let rows: HashMap<i32, section::Model> = section::Entity::find()
        .filter(section::Column::Id.is_in(section_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    Ok(counted
        .iter()
        .filter_map(|c| {
            let s = rows.get(&wanted(c)?)?;
            let section = SectionRef {
                anchor: s.anchor.clone(),
                title: format!("{} {}", s.number, s.heading),
                position: s.position,
            };
            Some((c.response.id, section))
        })
        .collect())
}

/// Tekstnære bemærkninger: a group per section anchor, in the draft's order.
fn textual(
    rows: &[&Counted],
    sections: &HashMap<i32, SectionRef>,
    entry: &impl Fn(&Counted) -> Entry,
) -> Vec<Group> {
    let mut groups: BTreeMap<(i32, String), Group> = BTreeMap::new();
    for c in rows {
        let Some(section) = sections.get(&c.response.id) else {
            continue;
        };
        groups
            .entry((section.position, section.anchor.clone()))
            .or_insert_with(|| Group {
                key: format!("section-{}", section.anchor),
                title: section.title.clone(),
                theme_id: None,
                remark: None,
                entries: Vec::new(),
            })
            .entries
            .push(entry(c));
    }
    groups.into_values().collect()
}

/// Generelle bemærkninger: a group per live theme (largest first), then the rest.
async fn general(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    rows: &[&Counted],
    saved: &HashMap<(Target, i32), super::Remark>,
    shown: &HashMap<i32, String>,
    entry: &impl Fn(&Counted) -> Entry,
) -> Result<Vec<Group>, AppError> {
    let themes: HashMap<i32, theme::Model> = crate::themes::store::live_themes(db, hearing_id)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let member_of: HashMap<i32, i32> = theme_member::Entity::find()
        .filter(theme_member::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?
        .into_iter()
        .filter(|m| themes.contains_key(&m.theme_id))
        .map(|m| (m.response_id, m.theme_id))
        .collect();
    let mut by_theme: HashMap<i32, Vec<Entry>> = HashMap::new();
    let mut other = Vec::new();
    for c in rows {
        match member_of.get(&c.response.id) {
            Some(theme_id) => by_theme.entry(*theme_id).or_default().push(entry(c)),
            None => other.push(entry(c)),
        }
    }
    let mut groups: Vec<Group> = by_theme
        .into_iter()
        .map(|(id, entries)| Group {
            key: format!("theme-{id}"),
            title: public_title(&themes[&id], shown).unwrap_or_else(|| format!("Tema {id}")),
            theme_id: Some(id),
            remark: Some(saved.get(&(Target::Theme, id)).cloned().unwrap_or_default()),
            entries,
        })
        .collect();
    groups.sort_by(|a, b| {
        b.entries
            .len()
            .cmp(&a.entries.len())
            .then(a.key.cmp(&b.key))
    });
    if !other.is_empty() {
        groups.push(Group {
            key: "other".into(),
            title: "Øvrige bemærkninger".into(),
            theme_id: None,
            remark: None,
            entries: other,
        });
    }
    Ok(groups)
}
