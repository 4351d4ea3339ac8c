//! The officials' theme figures counted by the database: voices and responses per theme, by
//! respondent kind, by section and by language, and the campaigns' signers, each in one `GROUP BY`
//! statement whose size does not grow with the hearing. No response row is loaded, so the
//! theme page of a hearing with 100,000 responses reads a few hundred rows.
//!
//! A voice is what `summary` counts once: a campaign's signers are one voice, a duplicate
//! speaks with its original's voice, any other response is a voice of its own. A voice's kind
//! and section are those of its first member in the theme (the lowest `theme_member.id`).

use std::collections::{BTreeMap, HashMap};

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, JoinType, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use super::quotes::{Quote, SHOWN};
use super::{CampaignSummary, ThemeSummary, Themes};
use crate::entities::{campaign, campaign_member, respondent, response, section, theme_member};
use crate::vocab::ResponseStatus;

/// A theme's counts over the hearing's counted responses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Voices.
    pub voices: usize,
    /// Responses.
    pub responses: usize,
    /// Voices by respondent kind.
    pub by_kind: BTreeMap<String, usize>,
    /// Voices by section anchor, for those on a section.
    pub by_section: BTreeMap<String, usize>,
    /// Responses by detected language (a voice's responses in its first member's language).
    pub by_language: BTreeMap<String, usize>,
}

/// A campaign's counted signers and the response that stands for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CampaignTally {
    /// Counted signers.
    pub signers: usize,
    /// Its representative when counted, else its first counted signer.
    pub representative: i32,
}

fn a(name: &str) -> Alias {
    Alias::new(name)
}

/// `response r` joined on `r.id = {table}.response_id`, counted and of the hearing.
fn counted_join(stmt: &mut SelectStatement, table: &str, hearing_id: i32) {
    stmt.join_as(
        JoinType::InnerJoin,
        response::Entity,
        a("r"),
        Expr::col((a("r"), response::Column::Id)).equals((a(table), a("response_id"))),
    )
    .and_where(Expr::col((a("r"), response::Column::HearingId)).eq(hearing_id))
    .and_where(Expr::col((a("r"), response::Column::Status)).is_in(ResponseStatus::COUNTED));
}

/// Per theme and voice: the first member and how many members share the voice.
fn voices(hearing_id: i32) -> SelectStatement {
    let campaign_of = Expr::col((a("cm"), campaign_member::Column::CampaignId));
    let voice: Expr = Expr::case(campaign_of.clone().is_not_null(), campaign_of.mul(-1))
        .finally(Func::coalesce([
            Expr::col((a("r"), response::Column::DuplicateOfId)),
            Expr::col((a("r"), response::Column::Id)),
        ]))
        .into();
    let theme = Expr::col((a("tm"), theme_member::Column::ThemeId));
    let mut stmt = Query::select();
    stmt.expr_as(theme.clone(), a("theme"))
        .expr_as(
            Expr::col((a("tm"), theme_member::Column::Id)).min(),
            a("first"),
        )
        .expr_as(
            Expr::col((a("tm"), theme_member::Column::Id)).count(),
            a("n"),
        )
        .from_as(theme_member::Entity, a("tm"))
        .and_where(Expr::col((a("tm"), theme_member::Column::HearingId)).eq(hearing_id));
    counted_join(&mut stmt, "tm", hearing_id);
    stmt.join_as(
        JoinType::LeftJoin,
        campaign_member::Entity,
        a("cm"),
        Expr::col((a("cm"), campaign_member::Column::ResponseId))
            .equals((a("tm"), theme_member::Column::ResponseId))
            .and(Expr::col((a("cm"), campaign_member::Column::HearingId)).eq(hearing_id)),
    )
    .add_group_by([theme, voice]);
    stmt
}

/// Every live theme's counts, by theme id (themes without counted members are absent).
pub async fn themes(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<HashMap<i32, Tally>, DbErr> {
    let stmt = Query::select()
        .expr_as(Expr::col((a("v"), a("theme"))), a("theme"))
        .expr_as(Expr::col((a("p"), respondent::Column::Kind)), a("kind"))
        .expr_as(Expr::col((a("s"), section::Column::Anchor)), a("anchor"))
        .expr_as(
            Expr::col((a("fr"), response::Column::Language)),
            a("language"),
        )
        .expr_as(Expr::col((a("v"), a("first"))).count(), a("voices"))
        .expr_as(
            Expr::col((a("v"), a("n"))).sum().cast_as(a("BIGINT")),
            a("responses"),
        )
        .from_subquery(voices(hearing_id), a("v"))
        .join_as(
            JoinType::InnerJoin,
            theme_member::Entity,
            a("f"),
            Expr::col((a("f"), theme_member::Column::Id)).equals((a("v"), a("first"))),
        )
        .join_as(
            JoinType::InnerJoin,
            response::Entity,
            a("fr"),
            Expr::col((a("fr"), response::Column::Id))
                .equals((a("f"), theme_member::Column::ResponseId)),
        )
        .join_as(
            JoinType::LeftJoin,
            respondent::Entity,
            a("p"),
            Expr::col((a("p"), respondent::Column::Id))
                .equals((a("fr"), response::Column::RespondentId)),
        )
        .join_as(
            JoinType::LeftJoin,
            section::Entity,
            a("s"),
            Expr::col((a("s"), section::Column::Id)).equals((a("fr"), response::Column::SectionId)),
        )
        .add_group_by([
            Expr::col((a("v"), a("theme"))),
            Expr::col((a("p"), respondent::Column::Kind)),
            Expr::col((a("s"), section::Column::Anchor)),
            Expr::col((a("fr"), response::Column::Language)),
        ])
        .to_owned();
    let mut out: HashMap<i32, Tally> = HashMap::new();
    for row in db.query_all(&stmt).await? {
        let theme: i32 = row.try_get("", "theme")?;
        let kind: Option<String> = row.try_get("", "kind")?;
        let anchor: Option<String> = row.try_get("", "anchor")?;
        let language: Option<String> = row.try_get("", "language")?;
        let voices = count(row.try_get("", "voices")?);
        let responses = count(row.try_get("", "responses")?);
        let tally = out.entry(theme).or_default();
        tally.voices += voices;
        tally.responses += responses;
        *tally.by_kind.entry(kind.unwrap_or_default()).or_default() += voices;
        *tally
            .by_language
            .entry(language.unwrap_or_default())
            .or_default() += responses;
        if let Some(anchor) = anchor {
            *tally.by_section.entry(anchor).or_default() += voices;
        }
    }
    Ok(out)
}

fn count(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// Of the responses `ids`, those counted, with their theme, svarnummer and detected language.
pub async fn members(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    ids: Vec<i32>,
) -> Result<HashMap<i32, (i32, String, Option<String>)>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut stmt = Query::select();
    stmt.expr_as(Expr::col((a("r"), response::Column::Id)), a("id"))
        .expr_as(
            Expr::col((a("tm"), theme_member::Column::ThemeId)),
            a("theme"),
        )
        .expr_as(
            Expr::col((a("r"), response::Column::Svarnummer)),
            a("svarnummer"),
        )
        .expr_as(
            Expr::col((a("r"), response::Column::Language)),
            a("language"),
        )
        .from_as(theme_member::Entity, a("tm"))
        .and_where(Expr::col((a("tm"), theme_member::Column::ResponseId)).is_in(ids));
    counted_join(&mut stmt, "tm", hearing_id);
    let mut out = HashMap::new();
    for row in db.query_all(&stmt).await? {
        out.insert(
            row.try_get("", "id")?,
            (
                row.try_get("", "theme")?,
                row.try_get("", "svarnummer")?,
                row.try_get("", "language")?,
            ),
        );
    }
    Ok(out)
}

/// Every campaign with counted signers, by campaign id.
pub async fn campaigns(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<HashMap<i32, CampaignTally>, DbErr> {
    let member = Expr::col((a("cm"), campaign_member::Column::ResponseId));
    let is_representative: Expr = Expr::case(
        member
            .clone()
            .equals((a("c"), campaign::Column::RepresentativeId)),
        1,
    )
    .finally(0)
    .into();
    let mut stmt = Query::select();
    stmt.expr_as(
        Expr::col((a("cm"), campaign_member::Column::CampaignId)),
        a("campaign"),
    )
    .expr_as(
        Expr::col((a("c"), campaign::Column::RepresentativeId)),
        a("representative"),
    )
    .expr_as(member.clone().count(), a("signers"))
    .expr_as(member.min(), a("first"))
    .expr_as(is_representative.max(), a("has_representative"))
    .from_as(campaign_member::Entity, a("cm"))
    .join_as(
        JoinType::InnerJoin,
        campaign::Entity,
        a("c"),
        Expr::col((a("c"), campaign::Column::Id))
            .equals((a("cm"), campaign_member::Column::CampaignId)),
    )
    .and_where(Expr::col((a("cm"), campaign_member::Column::HearingId)).eq(hearing_id));
    counted_join(&mut stmt, "cm", hearing_id);
    stmt.add_group_by([
        Expr::col((a("cm"), campaign_member::Column::CampaignId)),
        Expr::col((a("c"), campaign::Column::RepresentativeId)),
    ]);
    let mut out = HashMap::new();
    for row in db.query_all(&stmt).await? {
        let has: i32 = row.try_get("", "has_representative")?;
        let representative = match has {
            0 => row.try_get("", "first")?,
            _ => row.try_get("", "representative")?,
        };
        let tally = CampaignTally {
            signers: count(row.try_get("", "signers")?),
            representative,
        };
        out.insert(row.try_get("", "campaign")?, tally);
    }
    Ok(out)
}

/// The themes and campaigns of hearing `hearing_id` as officials read them, largest first:
/// every counted response, the officials' words with their quotes' sentences.
pub async fn officials(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Themes, DbErr> {
    let themes = super::store::live_themes(db, hearing_id).await?;
    let mut tallies = self::themes(db, hearing_id).await?;
    let candidates: Vec<(i32, Vec<Quote>)> = themes
        .iter()
        .map(|t| {
            (
                t.id,
                serde_json::from_str(&t.quotes_json).unwrap_or_default(),
            )
        })
        .collect();
    let quoted = candidates
        .iter()
        .flat_map(|(_, quotes)| quotes.iter().map(|q| q.response_id))
        .collect();
    let members = members(db, hearing_id, quoted).await?;
    let mut out: Vec<ThemeSummary> = themes
        .into_iter()
        .zip(candidates)
        .filter_map(|(t, (_, quotes))| {
            let tally = tallies.remove(&t.id)?;
            let shown: Vec<(String, (String, String))> = quotes
                .into_iter()
                .filter_map(|q| match members.get(&q.response_id) {
                    Some((theme, number, language)) if *theme == t.id => {
                        let language = language.clone().unwrap_or_default();
                        Some((number.clone(), (q.sentence, language)))
                    }
                    _ => None,
                })
                .take(SHOWN)
                .collect();
            let (quotes, said): (Vec<_>, Vec<_>) = shown.into_iter().unzip();
            let (sentences, sentence_languages) = said.into_iter().unzip();
            Some(ThemeSummary {
                id: t.id,
                label: t.title().to_owned(),
                terms: serde_json::from_str(&t.terms_json).unwrap_or_default(),
                size: tally.voices,
                responses: tally.responses,
                by_kind: tally.by_kind,
                by_section: tally.by_section,
                by_language: tally.by_language,
                quotes,
                sentences,
                sentence_languages,
                pinned: t.pinned,
                named: t.name.is_some(),
            })
        })
        .collect();
    out.sort_by(|a, b| b.size.cmp(&a.size).then(a.id.cmp(&b.id)));
    let campaigns = campaigns(db, hearing_id).await?;
    let numbers: HashMap<i32, String> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Svarnummer)
        .filter(response::Column::Id.is_in(campaigns.values().map(|c| c.representative)))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut campaigns: Vec<CampaignSummary> = campaigns
        .into_iter()
        .map(|(id, c)| CampaignSummary {
            id,
            signers: c.signers,
            representative: numbers.get(&c.representative).cloned().unwrap_or_default(),
        })
        .collect();
    campaigns.sort_by(|a, b| b.signers.cmp(&a.signers).then(a.id.cmp(&b.id)));
    Ok(Themes {
        themes: out,
        campaigns,
    })
}
