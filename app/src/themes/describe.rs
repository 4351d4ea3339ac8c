//! Puts words on the planned themes: each theme's distinctive terms (readable) and quotes,
//! from the vectors of its voices (a campaign or a duplicate speaks once, through its
//! representative or original) and the responses' text.

use std::collections::{BTreeMap, HashMap};

use tantivy::tokenizer::TokenizerManager;

use super::input::{Response, State};
use super::label::{self, Readable};
use super::matching::Target;
use super::plan::PlannedTheme;
use super::quotes::{self, Quote};
use super::vectors::DocVectors;
use crate::search::analysis;

/// Texts read per theme to find the readable forms of its terms.
const TEXTS_FOR_FORMS: usize = 200;

/// Labels and quotes `groups` (each target's algorithmic members).
pub fn describe(
    responses: &[Response],
    state: &State,
    vectors: &DocVectors,
    groups: BTreeMap<Target, Vec<i32>>,
    leaders: &HashMap<i32, i32>,
) -> Vec<PlannedTheme> {
    let row_of: HashMap<i32, usize> = vectors
        .ids
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i))
        .collect();
    let by_id: HashMap<i32, &Response> = responses.iter().map(|r| (r.id, r)).collect();
    let voices: Vec<Vec<usize>> = groups
        .iter()
        .map(|(target, members)| {
            let manual = state
                .members
                .iter()
                .filter(|m| m.manual && Target::Existing(m.theme_id) == *target)
                .map(|m| m.response_id);
            members
                .iter()
                .copied()
                .filter(|id| !leaders.contains_key(id))
                .chain(manual)
                .filter_map(|id| row_of.get(&id).copied())
                .collect()
        })
        .collect();
    let terms = label::distinctive(vectors, &voices);
    let mut readable = Readable::new(terms.iter().flatten().map(|t| term_key(vectors, *t)));
    for rows in &voices {
        for &row in rows.iter().take(TEXTS_FOR_FORMS) {
            if let Some(r) = by_id.get(&vectors.ids[row]) {
                readable.read(analysis::for_language(r.language.as_deref()), &r.text);
            }
        }
    }
    let term_ids: HashMap<(String, String), u32> = (0..vectors.terms.len() as u32)
        .map(|t| (term_key(vectors, t), t))
        .collect();
    let analysers = tantivy::tokenizer::TokenizerManager::default();
    analysis::register(&analysers);
    groups
        .into_iter()
        .zip(voices.iter().zip(&terms))
        .map(|((target, members), (rows, terms))| PlannedTheme {
            target,
            terms: terms
                .iter()
                .map(|t| {
                    let (analyser, term) = term_key(vectors, *t);
                    readable.form(&analyser, &term)
                })
                .collect(),
            quotes: quotes_of(vectors, rows, &by_id, (&term_ids, &analysers)),
            members,
        })
        .collect()
}

fn quotes_of(
    vectors: &DocVectors,
    rows: &[usize],
    by_id: &HashMap<i32, &Response>,
    (term_ids, manager): (&HashMap<(String, String), u32>, &TokenizerManager),
) -> Vec<Quote> {
    let centre = quotes::centre(vectors, rows);
    quotes::closest(vectors, rows, &centre)
        .into_iter()
        .filter_map(|row| {
            let response = by_id.get(&vectors.ids[row])?;
            let name = analysis::for_language(response.language.as_deref());
            let mut analyser = manager.get(name)?;
            let id = |term: &str| term_ids.get(&(name.to_owned(), term.to_owned())).copied();
            Some(Quote {
                response_id: response.id,
                sentence: quotes::best_sentence(&response.text, &mut analyser, id, &centre),
            })
        })
        .collect()
}

/// A term's analyser and analysed text.
fn term_key(vectors: &DocVectors, t: u32) -> (String, String) {
    let term = &vectors.terms[t as usize];
    (term.analyser.to_owned(), term.text.clone())
}
