//! A theme's representative quotes: the responses closest to its centre (cosine of their
//! TF-IDF vectors to the mean of the theme's), each with the sentence that weighs most on the
//! centre's terms.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tantivy::tokenizer::TextAnalyzer;

use super::vectors::{DocVectors, SparseVec};
use crate::search::analysis;

/// Candidates kept per theme: the public shows the first published ones.
pub const CANDIDATES: usize = 10;
/// Quotes a theme shows.
pub const SHOWN: usize = 3;
/// A quoted sentence is cut to this many characters.
const MAX_SENTENCE: usize = 400;

/// One quote: a response and its best sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// `response.id`.
    pub response_id: i32,
    /// The sentence of it that matches the theme best.
    pub sentence: String,
}

/// The centre of `rows`: their mean vector, as term → weight.
pub fn centre(vectors: &DocVectors, rows: &[usize]) -> HashMap<u32, f32> {
    let mut sum: HashMap<u32, f32> = HashMap::new();
    for &row in rows {
        let v = &vectors.rows[row];
        for (term, w) in v.indices.iter().zip(&v.values) {
            *sum.entry(*term).or_default() += w;
        }
    }
    let n = rows.len().max(1) as f32;
    sum.values_mut().for_each(|w| *w /= n);
    sum
}

/// The rows closest to `centre`, best first, at most [`CANDIDATES`].
pub fn closest(vectors: &DocVectors, rows: &[usize], centre: &HashMap<u32, f32>) -> Vec<usize> {
    let mut scored: Vec<(f32, usize)> = rows
        .iter()
        .map(|&row| (dot(&vectors.rows[row], centre), row))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(CANDIDATES)
        .map(|(_, row)| row)
        .collect()
}

fn dot(v: &SparseVec, centre: &HashMap<u32, f32>) -> f32 {
    v.indices
        .iter()
        .zip(&v.values)
        .map(|(t, w)| w * centre.get(t).copied().unwrap_or(0.0))
        .sum()
}

/// The sentence of `text` whose terms weigh most on `centre` (`term_id` maps an analysed
/// term to its id), cut to a readable length; the text's start when nothing matches.
pub fn best_sentence(
    text: &str,
    analyser: &mut TextAnalyzer,
    term_id: impl Fn(&str) -> Option<u32>,
    centre: &HashMap<u32, f32>,
) -> String {
    let mut best: Option<(f32, &str)> = None;
    for sentence in sentences(text) {
        let terms = analysis::terms(analyser, sentence);
        let weight: f32 = terms
            .iter()
            .filter_map(|(_, t)| term_id(t))
            .map(|id| centre.get(&id).copied().unwrap_or(0.0))
            .sum();
        let score = weight / (terms.len() as f32 + 4.0).sqrt();
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, sentence));
        }
    }
    shorten(best.map_or(text, |(_, s)| s))
}

/// Sentences: split after `.`, `!` or `?` followed by white space, and at line breaks.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if c == '\n' || (matches!(c, '.' | '!' | '?') && next_is_space) {
            out.push(&text[start..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .collect()
}

fn shorten(sentence: &str) -> String {
    let sentence = sentence.trim();
    if sentence.chars().count() <= MAX_SENTENCE {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(MAX_SENTENCE).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut} …")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_on_the_theme_is_chosen() {
        let mut analyser = analysis::plain();
        let centre = HashMap::from([(1, 1.0), (2, 0.5)]);
        let ids = |t: &str| match t {
            "skole" => Some(1),
            "modersmaal" => Some(2),
            _ => None,
        };
        let text =
            "Tak for ordet. Min datter går i skole og mangler modersmål! Vi bor på Nørrebro.";
        let got = best_sentence(text, &mut analyser, ids, &centre);
        assert_eq!(got, "Min datter går i skole og mangler modersmål!");
    }

    #[test]
    fn long_sentences_are_cut_at_a_word() {
        let text = "ord ".repeat(200);
        let got = shorten(&text);
        assert!(got.ends_with(" …") && got.chars().count() <= MAX_SENTENCE + 2);
    }
}
