//! Puts words on the planned themes: each theme's distinctive terms (readable) and quotes,
//! from the vectors of its voices (a campaign or a duplicate speaks once, through its
//! representative or original) and the responses' text as sent: the officials' words. The
//! public's words are made by [`super::public_words`] through the same [`words`], from the
//! published text alone.

use std::collections::{BTreeMap, HashMap};

use tantivy::tokenizer::TokenizerManager;

use super::input::{Response, State};
use super::label::{self, Readable};
use super::matching::Target;
use super::plan::PlannedTheme;
use super::public_words::PublicWords;
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
    let row_of = vectors.row_of();
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
    let texts: HashMap<i32, Text<'_>> = responses
        .iter()
        .map(|r| {
            (
                r.id,
                (
                    analysis::for_language(r.language.as_deref()),
                    r.text.as_str(),
                ),
            )
        })
        .collect();
    groups
        .into_iter()
        .zip(words(vectors, &voices, &texts))
        .map(|((target, members), (terms, quotes))| PlannedTheme {
            target,
            terms,
            quotes,
            members,
            public: PublicWords::default(),
        })
        .collect()
}

/// A response's text and the analyser its language picks.
pub type Text<'a> = (&'static str, &'a str);

/// The readable distinctive terms and the quotes of each set of rows of `vectors` (each
/// against the others), read from `texts` (by response id): a theme's words are made of its
/// own responses' text and nothing else.
pub fn words(
    vectors: &DocVectors,
    voices: &[Vec<usize>],
    texts: &HashMap<i32, Text<'_>>,
) -> Vec<(Vec<String>, Vec<Quote>)> {
    let labelled: Vec<Vec<usize>> = voices
        .iter()
        .map(|rows| danish_or_all(vectors, rows, texts))
        .collect();
    let terms = label::distinctive(vectors, &labelled);
    let term_ids: HashMap<(String, String), u32> = (0..vectors.terms.len() as u32)
        .map(|t| (term_key(vectors, t), t))
        .collect();
    let analysers = TokenizerManager::default();
    analysis::register(&analysers);
    voices
        .iter()
        .zip(&terms)
        .map(|(rows, terms)| {
            let mut readable = Readable::new(terms.iter().map(|t| term_key(vectors, *t)));
            for &row in rows.iter().take(TEXTS_FOR_FORMS) {
                if let Some((analyser, text)) = texts.get(&vectors.ids[row]) {
                    readable.read(analyser, text);
                }
            }
            let terms = terms
                .iter()
                .map(|t| {
                    let (analyser, term) = term_key(vectors, *t);
                    readable.form(&analyser, &term)
                })
                .collect();
            let quotes = quotes_of(vectors, rows, texts, (&term_ids, &analysers));
            (terms, quotes)
        })
        .collect()
}

/// The rows of `rows` written in Danish, or all of them when none is: a theme is named in
/// the language its officials and committee read, by what its Danish responses say (the
/// others are in it because they say the same).
fn danish_or_all(
    vectors: &DocVectors,
    rows: &[usize],
    texts: &HashMap<i32, Text<'_>>,
) -> Vec<usize> {
    let danish: Vec<usize> = rows
        .iter()
        .copied()
        .filter(|&row| {
            texts
                .get(&vectors.ids[row])
                .is_some_and(|(a, _)| *a == analysis::DANISH)
        })
        .collect();
    if danish.is_empty() {
        rows.to_vec()
    } else {
        danish
    }
}

fn quotes_of(
    vectors: &DocVectors,
    rows: &[usize],
    texts: &HashMap<i32, Text<'_>>,
    (term_ids, manager): (&HashMap<(String, String), u32>, &TokenizerManager),
) -> Vec<Quote> {
    let centre = quotes::centre(vectors, rows);
    quotes::closest(vectors, rows, &centre)
        .into_iter()
        .filter_map(|row| {
            let response_id = vectors.ids[row];
            let (name, text) = texts.get(&response_id)?;
            let mut analyser = manager.get(name)?;
            let id = |term: &str| term_ids.get(&(name.to_string(), term.to_owned())).copied();
            Some(Quote {
                response_id,
                sentence: quotes::best_sentence(text, &mut analyser, id, &centre),
            })
        })
        .collect()
}

/// A term's analyser and analysed text.
fn term_key(vectors: &DocVectors, t: u32) -> (String, String) {
    let term = &vectors.terms[t as usize];
    (term.analyser.to_owned(), term.text.clone())
}
