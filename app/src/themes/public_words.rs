//! The words the public may read about a theme: its distinctive terms and quotes made from the
//! published text of its publicly shown responses alone ([`crate::disclosure::public`]), never
//! from held, rejected, withdrawn, unconfirmed or not yet published text, nor from a redacted
//! passage.
//!
//! Why stored, beside the officials' words, rather than computed when read: a label is class-
//! based TF-IDF over every theme of the hearing and a quote needs each response's vector, far
//! too much work for each view of the public hearing page; a run has it all at hand. What a
//! run stored may go stale when a response leaves the public (held, rejected, withdrawn, a
//! passage redacted), so each set of words lists its `sources` — the responses whose text made
//! it, with each row's [`fingerprint`] — and is shown only while every source is still publicly
//! shown and unchanged ([`PublicWords::is_fresh`]); otherwise the public sees no generated
//! words until the next run (which that change has queued) makes them again.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::describe::{self, Text};
use super::input::{Response, State};
use super::matching::Target;
use super::plan::PlannedTheme;
use super::quotes::Quote;
use super::vectors::{DocVectors, VectorSettings};
use crate::entities::{response, theme};
use crate::search::analysis;

/// A theme's public words, as stored in `theme.public_json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PublicWords {
    /// Its distinctive terms in the published text, readable, best first.
    pub terms: Vec<String>,
    /// Quote candidates from the published text, best first.
    pub quotes: Vec<Quote>,
    /// The responses whose published text made them: id and the row's fingerprint then.
    pub sources: Vec<(i32, String)>,
}

impl PublicWords {
    /// The stored words (`None`: never made, or unreadable).
    pub fn parse(json: Option<&str>) -> Option<PublicWords> {
        serde_json::from_str(json?).ok()
    }

    /// As stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Whether every source is still publicly shown as it was: `shown` maps each publicly
    /// shown response of the hearing to its fingerprint now.
    pub fn is_fresh(&self, shown: &HashMap<i32, String>) -> bool {
        self.sources
            .iter()
            .all(|(id, was)| shown.get(id).is_some_and(|now| now == was))
    }

    /// The generated label: the terms joined.
    pub fn label(&self) -> String {
        self.terms.join(", ")
    }
}

/// What the public may call `theme`: the official's name, else its public words' label while
/// they are fresh (`shown` as for [`PublicWords::is_fresh`]); `None` when there is neither.
pub fn public_title(theme: &theme::Model, shown: &HashMap<i32, String>) -> Option<String> {
    if let Some(name) = &theme.name {
        return Some(name.clone());
    }
    PublicWords::parse(theme.public_json.as_deref())
        .filter(|w| w.is_fresh(shown))
        .map(|w| w.label())
        .filter(|label| !label.is_empty())
}

/// The state of a response row its public words depend on: when it last changed and a digest
/// of its published text (so a change within the same microsecond is seen too).
pub fn fingerprint(row: &response::Model) -> String {
    let digest = Sha256::digest(crate::disclosure::public::text(row).as_bytes());
    format!(
        "{}.{}",
        row.updated_at.timestamp_micros(),
        hex::encode(&digest[..8])
    )
}

/// Sets the public words of each planned theme — its members, the responses officials placed
/// in it included — and, with `pinned`, returns those of the hearing's pinned themes (which a
/// run does not otherwise touch); all made together, each distinctive against the others.
pub fn fill(
    planned: &mut [PlannedTheme],
    state: &State,
    responses: &[Response],
    leaders: &HashMap<i32, i32>,
    pinned: bool,
) -> Vec<(i32, PublicWords)> {
    let members = |id: i32, manual_only: bool| {
        state
            .members
            .iter()
            .filter(move |m| m.theme_id == id && (m.manual || !manual_only))
            .map(|m| m.response_id)
    };
    let mut sets: Vec<Vec<i32>> = planned
        .iter()
        .map(|t| {
            let mut set = t.members.clone();
            if let Target::Existing(id) = t.target {
                set.extend(members(id, true));
            }
            set
        })
        .collect();
    let pinned: Vec<i32> = match pinned {
        true => state
            .themes
            .iter()
            .filter(|t| t.pinned)
            .map(|t| t.id)
            .collect(),
        false => Vec::new(),
    };
    sets.extend(pinned.iter().map(|id| members(*id, false).collect()));
    let mut words = of_sets(responses, &sets, leaders).into_iter();
    for theme in planned.iter_mut() {
        theme.public = words.next().unwrap_or_default();
    }
    pinned.into_iter().zip(words).collect()
}

/// The public words of each set of responses: made from the published text of those publicly
/// shown, a campaign or a duplicate speaking once (through the first of them shown).
pub fn of_sets(
    responses: &[Response],
    sets: &[Vec<i32>],
    leaders: &HashMap<i32, i32>,
) -> Vec<PublicWords> {
    let shown: HashMap<i32, (&Response, &super::input::PublicText)> = responses
        .iter()
        .filter_map(|r| Some((r.id, (r, r.public.as_ref()?))))
        .collect();
    let voices: Vec<Vec<i32>> = sets
        .iter()
        .map(|set| {
            let mut ids: Vec<i32> = set
                .iter()
                .copied()
                .filter(|id| shown.contains_key(id))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            let mut speaking = HashSet::new();
            ids.retain(|id| speaking.insert(leaders.get(id).copied().unwrap_or(*id)));
            ids
        })
        .collect();
    let texts: HashMap<i32, Text<'_>> = shown
        .iter()
        .map(|(id, (r, public))| {
            let analyser = analysis::for_language(r.language.as_deref());
            (*id, (analyser, public.text.as_str()))
        })
        .collect();
    let docs = voices
        .iter()
        .flatten()
        .map(|id| (*id, texts[id].0, texts[id].1));
    let vectors = DocVectors::from_texts(docs, &VectorSettings::default());
    let rows: Vec<Vec<usize>> = voices
        .iter()
        .map(|ids| {
            ids.iter()
                .filter_map(|id| vectors.ids.binary_search(id).ok())
                .collect()
        })
        .collect();
    describe::words(&vectors, &rows, &texts)
        .into_iter()
        .zip(&voices)
        .map(|((terms, quotes), ids)| PublicWords {
            terms,
            quotes,
            sources: ids
                .iter()
                .map(|id| (*id, shown[id].1.fingerprint.clone()))
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::input::PublicText;
    use super::*;

    fn response(id: i32, text: &str, public: Option<&str>) -> Response {
        Response {
            id,
            text: text.into(),
            public: public.map(|p| PublicText {
                text: p.into(),
                fingerprint: format!("v{id}"),
            }),
            language: Some("da".into()),
            duplicate_of: None,
        }
    }

    #[test]
    fn public_words_are_made_of_published_text_only() {
        let mut responses = Vec::new();
        for i in 0..6 {
            let text = format!("Cykelstierne skal udbygges og cykelstierne vedligeholdes {i}.");
            responses.push(response(i, &text, Some(&text)));
        }
        let held = "Hemmeligheden om nabohaven og nabohaven og nabohaven.";
        responses.push(response(10, held, None));
        let redacted = "Cykelstierne og telefonkæden og telefonkæden.";
        responses.push(response(11, redacted, Some("Cykelstierne og [udeladt].")));
        let set: Vec<i32> = responses.iter().map(|r| r.id).collect();
        let words = of_sets(&responses, &[set], &HashMap::new());
        let all = format!("{:?}", words[0]);
        assert!(
            words[0].terms.iter().any(|t| t.starts_with("cykelsti")),
            "{all}"
        );
        for hidden in ["nabohaven", "hemmelig", "telefonk"] {
            assert!(!all.to_lowercase().contains(hidden), "{hidden}: {all}");
        }
        let sources: Vec<i32> = words[0].sources.iter().map(|s| s.0).collect();
        assert_eq!(
            sources,
            vec![0, 1, 2, 3, 4, 5, 11],
            "the held response is no source"
        );
    }

    #[test]
    fn words_are_fresh_while_every_source_is_shown_unchanged() {
        let words = PublicWords {
            sources: vec![(1, "a".into()), (2, "b".into())],
            ..PublicWords::default()
        };
        let mut shown = HashMap::from([(1, "a".to_owned()), (2, "b".to_owned()), (3, "c".into())]);
        assert!(
            words.is_fresh(&shown),
            "a response published since does not matter"
        );
        shown.insert(2, "b2".into());
        assert!(!words.is_fresh(&shown), "a source changed");
        shown.remove(&2);
        assert!(!words.is_fresh(&shown), "a source is no longer shown");
        assert_eq!(PublicWords::parse(Some(&words.to_json())), Some(words));
        assert_eq!(PublicWords::parse(None), None);
    }
}
