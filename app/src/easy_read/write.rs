//! Reading the editor's page, checking a section's summaries as typed, saving them with an
//! audit entry, and the extractive first draft.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, TransactionSession, TransactionTrait};
use serde_json::json;

use super::{MAX_CHARS, SectionItem, SummaryEditor, SummaryProblem, field};
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::draft::{Block, SectionDto, SummaryDto, WRITTEN_IN, summaries};
use crate::entities::hearing;
use crate::error::AppError;
use crate::hearing::store::hearing_for;
use crate::i18n::Locale;

/// The editor's page for `who` (ManageHearing on hearing `slug`): every section of the
/// current draft, and section `anchor` when asked for (404 when there is none).
pub async fn editor(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
    anchor: Option<&str>,
) -> Result<SummaryEditor, AppError> {
    let hearing = hearing_for(db, who, slug, Capability::ManageHearing).await?;
    let sections = current_sections(db, hearing.id).await?;
    let chosen = match anchor {
        Some(anchor) => Some(find(&sections, anchor)?.clone()),
        None => None,
    };
    Ok(SummaryEditor {
        title: hearing.title,
        sections: sections.iter().map(item).collect(),
        chosen,
    })
}

/// Section `anchor` of hearing `slug`'s current draft, with its hearing, for an official who
/// may manage it: 404 for no such hearing or section, 403 without the role.
pub async fn section(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
    anchor: &str,
) -> Result<(hearing::Model, SectionDto), AppError> {
    let hearing = hearing_for(db, who, slug, Capability::ManageHearing).await?;
    let sections = current_sections(db, hearing.id).await?;
    let section = find(&sections, anchor)?.clone();
    Ok((hearing, section))
}

async fn current_sections(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<SectionDto>, AppError> {
    let draft = crate::draft::store::load_latest(db, hearing_id).await?;
    Ok(draft.map(|d| d.sections).unwrap_or_default())
}

fn find<'a>(sections: &'a [SectionDto], anchor: &str) -> Result<&'a SectionDto, AppError> {
    sections
        .iter()
        .find(|s| s.anchor == anchor)
        .ok_or(AppError::NotFound)
}

fn item(section: &SectionDto) -> SectionItem {
    SectionItem {
        anchor: section.anchor.clone(),
        label: format!("{} {}", section.number, section.heading),
        languages: languages(&section.summaries),
        outdated: section.summaries.iter().any(|s| s.outdated),
    }
}

fn languages(summaries: &[SummaryDto]) -> Vec<String> {
    summaries
        .iter()
        .filter(|s| !s.text.is_empty())
        .map(|s| s.lang.clone())
        .collect()
}

/// Checks the summaries as typed — (language code, text), an empty text for none — trimmed,
/// line endings as `\n`: each at most [`MAX_CHARS`], in a language of the interface, and no
/// translation without the Danish summary. Refused: a message per field (`summary-{lang}`).
pub fn parse(
    typed: &[(String, String)],
    locale: Locale,
) -> Result<Vec<SummaryDto>, BTreeMap<String, String>> {
    let t = locale.messages();
    let mut errors = BTreeMap::new();
    let mut checked = Vec::new();
    for (lang, text) in typed {
        let text = text.trim().replace("\r\n", "\n");
        let known = Locale::from_code(lang).is_some();
        let problem = if !known {
            Some(SummaryProblem::UnknownLanguage)
        } else if text.chars().count() > MAX_CHARS {
            Some(SummaryProblem::TooLong)
        } else {
            None
        };
        match problem {
            Some(problem) => {
                errors.insert(field(lang), problem.message(t));
            }
            None => checked.push(SummaryDto {
                lang: lang.clone(),
                text,
                outdated: false,
            }),
        }
    }
    let any = checked.iter().any(|s| !s.text.is_empty());
    if errors.is_empty() && any && !summaries::has_danish(&checked) {
        let message = SummaryProblem::NeedsDanish.message(t);
        errors.insert(field(WRITTEN_IN), message);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    checked.retain(|s| !s.text.is_empty());
    checked.sort_by_key(|s| Locale::order_of(&s.lang));
    Ok(checked)
}

/// Checks and stores the summaries of section `anchor` of hearing `slug` as typed, replacing
/// the section's earlier ones (a language left out or empty has none), with an audit entry
/// (which languages, before and after) in the same transaction. Returns what is stored.
pub async fn save<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    who: &Principal,
    (slug, anchor): (&str, &str),
    typed: &[(String, String)],
    (locale, now): (Locale, DateTime<Utc>),
) -> Result<Vec<SummaryDto>, AppError> {
    let (hearing, section) = section(db, who, slug, anchor).await?;
    let checked = parse(typed, locale).map_err(AppError::Validation)?;
    let txn = crate::db::begin_write(db).await?;
    let actor = Some(who.account_id);
    summaries::replace(&txn, (hearing.id, &section), &checked, actor, now).await?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: "draft.summary",
        entity: "hearing",
        entity_id: hearing.id,
        hearing_id: Some(hearing.id),
        reason: None,
        before: json!({"section": anchor, "languages": languages(&section.summaries)}),
        after: json!({"section": anchor, "languages": languages(&checked)}),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(checked)
}

/// An extractive first draft of a section's summary: its most central sentences (as the
/// hvidbog's summariser picks a response's), in the order they stand. Tables are left out;
/// empty when the section has no running text or lists.
pub fn suggestion(section: &SectionDto) -> String {
    let text: Vec<String> = section
        .paragraphs
        .iter()
        .filter(|p| !matches!(p.block, Block::Table { .. }))
        .map(|p| p.block.body())
        .collect();
    crate::themes::central::summarise(&text.join("\n")).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
            .collect()
    }

    #[test]
    fn summaries_are_trimmed_and_kept_in_the_languages_order() {
        let got = parse(
            &typed(&[("ar", " ملخص "), ("da", "Kort.\r\nTo linjer."), ("en", "")]),
            Locale::Da,
        )
        .unwrap();
        let langs: Vec<&str> = got.iter().map(|s| s.lang.as_str()).collect();
        assert_eq!(langs, ["da", "ar"]);
        assert_eq!(got[0].text, "Kort.\nTo linjer.");
        assert_eq!(got[1].text, "ملخص");
    }

    #[test]
    fn a_translation_needs_the_danish_summary_beside_it() {
        let errors = parse(&typed(&[("da", " "), ("tr", "Kısaca.")]), Locale::Da).unwrap_err();
        assert_eq!(errors.keys().collect::<Vec<_>>(), ["summary-da"]);
        assert!(
            parse(&typed(&[("da", ""), ("tr", "")]), Locale::Da)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn too_long_and_unknown_languages_are_refused_at_their_field() {
        let long = "ord ".repeat(MAX_CHARS / 4 + 1);
        let errors = parse(
            &typed(&[("da", &long), ("xx", "?"), ("da-DK", "?")]),
            Locale::En,
        )
        .unwrap_err();
        assert_eq!(
            errors.keys().collect::<Vec<_>>(),
            ["summary-da", "summary-da-DK", "summary-xx"]
        );
        let said = errors["summary-da"].replace(['.', ',', '\u{a0}'], "");
        assert!(said.contains(&MAX_CHARS.to_string()), "{errors:?}");
    }

    #[test]
    fn the_first_draft_is_the_sections_own_central_sentences() {
        let parsed = crate::draft::markdown::parse(
            "# T\n\n## Sprog\n\nDansk er nøglen til job. Vejret er godt. \
             Danskundervisning for voksne skal styrkes, og dansk på jobbet hjælper. \
             Tak.\n\n| Danskundervisning for voksne | Dansk på jobbet |\n|---|---|\n\
             | danskundervisning voksne dansk | dansk jobbet voksne |\n"
                .as_bytes(),
        )
        .unwrap();
        let first = suggestion(&parsed.sections[0]);
        assert!(first.contains("Danskundervisning for voksne"), "{first}");
        assert!(!first.contains("Vejret"), "{first}");
        assert!(!first.contains('\t'), "a table row is no sentence: {first}");
    }
}
