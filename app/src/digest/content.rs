//! What a digest says, read from the database at one instant: the hearing and its countdown,
//! the numbers, the themes with a quote each, the campaigns, the organisations' formal
//! responses, the parties that have not answered, and the most commented paragraphs. Its
//! recipients (the committee) are outside the administration: numbers count every confirmed
//! response, but no text is quoted that the public may not read
//! ([`crate::disclosure::public`]).

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;

use super::roster::{self, Counted};
use super::schedule::Kind;
use crate::entities::{hearing, paragraph, section};
use crate::error::AppError;
use crate::hearing::Countdown;
use crate::hearing::store::{local, summary as hearing_summary, zone};
use crate::one_line::flatten;
use crate::themes::summary::{self, Audience};
use crate::vocab::ResponseStatus;

/// How many themes and paragraphs a digest lists.
const TOP: usize = 8;

/// Everything a digest shows.
#[derive(Clone, Debug, Serialize)]
pub struct Digest {
    /// Which digest.
    pub kind: &'static str,
    /// The hearing.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// The deciding committee.
    pub committee: String,
    /// The deadline, on the hearing's wall clock.
    pub closes: NaiveDateTime,
    /// Days to the opening or the deadline, as the hearing page counts them.
    pub countdown: Countdown,
    /// The final proposal to the committee, if the timetable has it.
    pub final_proposal: Option<NaiveDate>,
    /// When the digest was made, on the hearing's wall clock.
    pub made: NaiveDateTime,
    /// The previous digest's cut-off, when there was one.
    pub since: Option<NaiveDateTime>,
    /// The numbers.
    pub numbers: Numbers,
    /// The largest themes.
    pub themes: Vec<ThemeLine>,
    /// Campaigns: signers and the representative's svarnummer.
    pub campaigns: Vec<(usize, String)>,
    /// Formal responses from associations, companies and public bodies.
    pub formal: Vec<Formal>,
    /// Parties on the høringsliste that have not answered.
    pub unanswered: Vec<String>,
    /// The most commented paragraphs.
    pub paragraphs: Vec<ParagraphLine>,
    /// The officials' workspace of the hearing (absolute).
    pub workspace: String,
    /// The site's address, for links to responses.
    pub base_url: String,
}

/// The counts of a digest (every one comes from the same list of responses).
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Numbers {
    /// Counted responses in all.
    pub total: usize,
    /// Received since the previous digest (all of them for the first).
    pub new: usize,
    /// Published.
    pub published: usize,
    /// Held back.
    pub held: usize,
    /// Confirmed, awaiting publication.
    pub awaiting: usize,
    /// By respondent kind.
    pub by_kind: BTreeMap<String, usize>,
    /// By channel (`web`, `email`, `letter`, `meeting`).
    pub by_channel: BTreeMap<String, usize>,
}

/// A theme in a digest.
#[derive(Clone, Debug, Serialize)]
pub struct ThemeLine {
    /// The official's name, else the label made from published text (a neutral one while
    /// the theme has none).
    pub label: String,
    /// Voices (a campaign counts once).
    pub size: usize,
    /// Voices by respondent kind.
    pub by_kind: BTreeMap<String, usize>,
    /// Responses by language, when not all are Danish ("Arabisk 12, Dansk 40").
    pub languages: Option<String>,
    /// One representative quote from published text: svarnummer and sentence.
    pub quote: Option<(String, String)>,
    /// The language the quote is written in, as detected.
    pub quote_language: Option<String>,
}

/// A formal response (høringssvar from an organisation).
#[derive(Clone, Debug, Serialize)]
pub struct Formal {
    /// The organisation.
    pub name: String,
    /// Its kind.
    pub kind: String,
    /// The svarnummer.
    pub svarnummer: String,
    /// Its page in the workspace (absolute).
    pub link: String,
}

/// A paragraph and how many responses are about it.
#[derive(Clone, Debug, Serialize)]
pub struct ParagraphLine {
    /// "4.1 Heading, stk. 12".
    pub label: String,
    /// Responses about it.
    pub count: usize,
    /// Where it is in the hearing page (absolute).
    pub link: String,
}

/// Reads the digest of `hearing` at `now`; `since` is the previous digest's cut-off.
pub async fn read(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
    kind: Kind,
    since: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    base_url: &str,
) -> Result<Digest, AppError> {
    let zone = zone(hearing);
    let counted = roster::read(db, hearing.id, now).await?;
    // The digest leaves the administration: counts over every counted response, but only
    // the public's words (labels and quotes made from published text).
    let themes = summary::read(db, hearing.id, Audience::Committee).await?;
    let parties = crate::party::store::answered_list(db, hearing).await?;
    let final_proposal = crate::hearing::store::milestone_rows(db, hearing.id)
        .await?
        .into_iter()
        .find(|m| m.kind == crate::vocab::MilestoneKind::FinalProposal)
        .map(|m| m.date);
    let workspace = format!("{base_url}/admin/hearings/{}", hearing.slug);
    Ok(Digest {
        kind: kind.as_str(),
        slug: hearing.slug.clone(),
        title: flatten(&hearing.title),
        committee: flatten(&hearing.committee),
        closes: local(hearing.closes_at, zone),
        countdown: hearing_summary(hearing.clone(), now).countdown,
        final_proposal,
        made: local(now, zone),
        since: since.map(|at| local(at, zone)),
        numbers: numbers(&counted, since),
        themes: themes.themes.iter().take(TOP).map(theme_line).collect(),
        campaigns: themes
            .campaigns
            .iter()
            .map(|c| (c.signers, c.representative.clone()))
            .collect(),
        formal: formal(&counted, base_url),
        unanswered: parties
            .into_iter()
            .filter(|p| !p.answered)
            .map(|p| flatten(&p.name))
            .collect(),
        paragraphs: paragraphs(
            db,
            &counted,
            &format!("{base_url}/hearings/{}", hearing.slug),
        )
        .await?,
        workspace,
        base_url: base_url.to_owned(),
    })
}

/// The counts over `counted`; "new" are those received after `since`.
pub fn numbers(counted: &[Counted], since: Option<DateTime<Utc>>) -> Numbers {
    let mut numbers = Numbers {
        total: counted.len(),
        ..Numbers::default()
    };
    for c in counted {
        if since.is_none_or(|since| c.received_at() > since) {
            numbers.new += 1;
        }
        match c.response.status {
            ResponseStatus::Published => numbers.published += 1,
            ResponseStatus::Held => numbers.held += 1,
            ResponseStatus::Verified => numbers.awaiting += 1,
            // Not counted: never among `counted` (`ResponseStatus::COUNTED`).
            ResponseStatus::AwaitingVerification
            | ResponseStatus::AwaitingReview
            | ResponseStatus::Rejected
            | ResponseStatus::Withdrawn => {}
        }
        *numbers.by_kind.entry(c.kind().to_string()).or_default() += 1;
        *numbers
            .by_channel
            .entry(c.response.channel.to_string())
            .or_default() += 1;
    }
    numbers
}

fn theme_line(theme: &crate::themes::ThemeSummary) -> ThemeLine {
    let quote = theme
        .quotes
        .first()
        .zip(theme.sentences.first())
        .map(|(svarnummer, sentence)| (svarnummer.clone(), flatten(sentence)));
    let label = match theme.label.is_empty() {
        true => format!(
            "Tema {} (endnu uden offentliggjorte svar at beskrive det med)",
            theme.id
        ),
        false => flatten(&theme.label),
    };
    ThemeLine {
        label,
        size: theme.size,
        by_kind: theme.by_kind.clone(),
        languages: super::text::languages(&theme.by_language),
        quote_language: quote
            .as_ref()
            .and_then(|_| theme.sentence_languages.first().cloned()),
        quote,
    }
}

fn formal(counted: &[Counted], base_url: &str) -> Vec<Formal> {
    counted
        .iter()
        .filter(|c| c.kind().is_organisation())
        .map(|c| Formal {
            name: flatten(&c.display_name()),
            kind: c.kind().to_string(),
            svarnummer: c.response.svarnummer.clone(),
            link: format!("{base_url}/admin/responses/{}", c.response.id),
        })
        .collect()
}

/// The paragraphs with the most responses, most first (ties in draft order).
async fn paragraphs(
    db: &impl ConnectionTrait,
    counted: &[Counted],
    hearing_page: &str,
) -> Result<Vec<ParagraphLine>, AppError> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for id in counted.iter().filter_map(|c| c.response.paragraph_id) {
        *counts.entry(id).or_default() += 1;
    }
    let rows = paragraph::Entity::find()
        .filter(paragraph::Column::Id.is_in(counts.keys().copied()))
        .all(db)
        .await?;
    let sections: HashMap<i32, section::Model> = section::Entity::find()
        .filter(section::Column::Id.is_in(rows.iter().map(|p| p.section_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut lines: Vec<(usize, i32, ParagraphLine)> = rows
        .into_iter()
        .map(|p| {
            let count = counts.get(&p.id).copied().unwrap_or(0);
            let label = match sections.get(&p.section_id) {
                Some(s) => format!("{} {}, stk. {}", s.number, s.heading, p.number),
                None => format!("stk. {}", p.number),
            };
            let link = format!("{hearing_page}#{}", p.anchor);
            (count, p.position, ParagraphLine { label, count, link })
        })
        .collect();
    lines.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    Ok(lines
        .into_iter()
        .take(TOP)
        .map(|(_, _, line)| line)
        .collect())
}
