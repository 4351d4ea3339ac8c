//! A theme's label: its most distinctive terms by class-based TF-IDF (each theme's summed term
//! counts against the other themes'), shown in the readable form its responses use most
//! ("modersmålsundervisning", not the stem "modersmaalsundervisning").

use std::collections::HashMap;

use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer, TokenStream};

use super::vectors::DocVectors;
use crate::search::analysis;

/// At most this many terms make a label …
pub const MAX_TERMS: usize = 4;
/// … and at least this many, when the theme has them.
pub const MIN_TERMS: usize = 2;
/// A term scoring below this share of the best term's score is left out beyond [`MIN_TERMS`].
const SHARE_OF_BEST: f32 = 0.4;

/// The distinctive term ids of each theme, best first, stop words of every language left out
/// ([`super::stop_words`]). `themes` lists each theme's rows in `vectors`; a theme of empty
/// rows gets no terms.
pub fn distinctive(vectors: &DocVectors, themes: &[Vec<usize>]) -> Vec<Vec<u32>> {
    let stop: Vec<bool> = vectors
        .terms
        .iter()
        .map(super::stop_words::is_stop)
        .collect();
    let sums: Vec<HashMap<u32, f32>> = themes
        .iter()
        .map(|rows| summed(vectors, rows, &stop))
        .collect();
    let mut total: HashMap<u32, f32> = HashMap::new();
    for sum in &sums {
        for (term, n) in sum {
            *total.entry(*term).or_default() += n;
        }
    }
    let words: f32 = sums.iter().map(|s| s.values().sum::<f32>()).sum();
    let average = (words / sums.len().max(1) as f32).max(1.0);
    sums.iter()
        .map(|sum| best_terms(sum, &total, average))
        .collect()
}

fn summed(vectors: &DocVectors, rows: &[usize], stop: &[bool]) -> HashMap<u32, f32> {
    let mut sum = HashMap::new();
    for &row in rows {
        let counts = &vectors.counts[row];
        for (term, n) in counts.indices.iter().zip(&counts.values) {
            if stop[*term as usize] {
                continue;
            }
            *sum.entry(*term).or_default() += n;
        }
    }
    sum
}

fn best_terms(sum: &HashMap<u32, f32>, total: &HashMap<u32, f32>, average: f32) -> Vec<u32> {
    let words: f32 = sum.values().sum::<f32>().max(1.0);
    let mut scored: Vec<(f32, u32)> = sum
        .iter()
        .map(|(term, n)| {
            let idf = (1.0 + average / total[term]).ln();
            (n / words * idf, *term)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let best = scored.first().map_or(0.0, |s| s.0);
    scored
        .iter()
        .enumerate()
        .take_while(|(i, (score, _))| *i < MIN_TERMS || *score >= best * SHARE_OF_BEST)
        .take(MAX_TERMS)
        .map(|(_, (_, term))| *term)
        .collect()
}

/// Readable forms of analysed terms: for each wanted `(analyser, term)`, the word of `texts`
/// that most often analyses to it (lower-cased), or the term itself when none does.
pub struct Readable {
    wanted: HashMap<(String, String), HashMap<String, usize>>,
    analysers: HashMap<String, TextAnalyzer>,
    words: TextAnalyzer,
}

impl Readable {
    /// Looks for these `(analyser, term)` pairs.
    pub fn new(wanted: impl IntoIterator<Item = (String, String)>) -> Self {
        let wanted = wanted.into_iter().map(|k| (k, HashMap::new())).collect();
        let words = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .build();
        Readable {
            wanted,
            analysers: HashMap::new(),
            words,
        }
    }

    /// Counts the words of `text`, analysed with `analyser`.
    pub fn read(&mut self, analyser_name: &str, text: &str) {
        let analyser = self
            .analysers
            .entry(analyser_name.to_owned())
            .or_insert_with(|| analyser_for(analyser_name));
        let mut stream = self.words.token_stream(text);
        while let Some(word) = stream.next() {
            let terms = analysis::terms(analyser, &word.text);
            let [(_, term)] = terms.as_slice() else {
                continue;
            };
            let key = (analyser_name.to_owned(), term.clone());
            if let Some(forms) = self.wanted.get_mut(&key) {
                *forms.entry(word.text.clone()).or_default() += 1;
            }
        }
    }

    /// The most frequent form of `term` (ties: the shortest, then alphabetical).
    pub fn form(&self, analyser_name: &str, term: &str) -> String {
        let key = (analyser_name.to_owned(), term.to_owned());
        self.wanted
            .get(&key)
            .and_then(|forms| {
                forms
                    .iter()
                    .max_by(|a, b| {
                        a.1.cmp(b.1)
                            .then(b.0.len().cmp(&a.0.len()))
                            .then(b.0.cmp(a.0))
                    })
                    .map(|(form, _)| form.clone())
            })
            .unwrap_or_else(|| term.to_owned())
    }
}

fn analyser_for(name: &str) -> TextAnalyzer {
    let manager = tantivy::tokenizer::TokenizerManager::default();
    analysis::register(&manager);
    manager.get(name).unwrap_or_else(analysis::plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readable_form_is_the_word_used_most() {
        let key = (analysis::DANISH.to_owned(), "skol".to_owned());
        let mut readable = Readable::new([key]);
        readable.read(
            analysis::DANISH,
            "Skolerne skal have mere tid. Skolen er god, skolerne",
        );
        assert_eq!(readable.form(analysis::DANISH, "skol"), "skolerne");
        assert_eq!(readable.form(analysis::DANISH, "bolig"), "bolig");
    }
}
