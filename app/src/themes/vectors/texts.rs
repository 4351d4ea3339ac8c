//! Vectors of texts at hand rather than of the index: each text analysed here with the
//! analyser its language picks, exactly as the index would analyse it. The public words of a
//! theme are made this way from the published text alone, whatever the index holds.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};

use super::{DocVectors, Reader, VectorSettings, is_numeric};
use crate::search::analysis;

impl DocVectors {
    /// Vectors of `docs` (response id, analyser name, text), weighed as [`super::read`]
    /// weighs the index's documents.
    pub fn from_texts<'a>(
        docs: impl IntoIterator<Item = (i32, &'static str, &'a str)>,
        settings: &VectorSettings,
    ) -> DocVectors {
        let mut docs: Vec<(i32, &'static str, &str)> = docs.into_iter().collect();
        docs.sort_by_key(|d| d.0);
        docs.dedup_by_key(|d| d.0);
        let manager = TokenizerManager::default();
        analysis::register(&manager);
        let mut analysers: HashMap<&'static str, TextAnalyzer> = HashMap::new();
        let mut reader = Reader::new(docs.len());
        for (row, &(_, name, text)) in docs.iter().enumerate() {
            let analyser = analysers
                .entry(name)
                .or_insert_with(|| manager.get(name).unwrap_or_else(analysis::plain));
            for (_, term) in analysis::terms(analyser, text) {
                if is_numeric(term.as_bytes()) {
                    continue;
                }
                let id = reader.intern(name, term.as_bytes());
                reader.counts[row].push((id, 1));
            }
        }
        let source = Arc::new(reader.finish());
        let rows = docs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.0, vec![i as u32]))
            .collect();
        DocVectors::weigh(source, rows, settings.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_become_the_terms_the_index_would_hold() {
        let docs = [
            (
                2,
                analysis::DANISH,
                "Skolerne mangler lærere. Skolen er 100 år.",
            ),
            (1, analysis::DANISH, "Boligerne i Valby."),
        ];
        let settings = VectorSettings::default();
        let vectors = DocVectors::from_texts(docs, &settings);
        assert_eq!(vectors.ids, vec![1, 2]);
        let words: Vec<&str> = vectors.terms.iter().map(|t| t.text.as_str()).collect();
        assert!(words.contains(&"skol"), "{words:?}");
        assert!(!words.contains(&"100"), "numbers are left out: {words:?}");
        let skol = words.iter().position(|w| *w == "skol").unwrap() as u32;
        let row = &vectors.counts[1];
        let at = row.indices.iter().position(|t| *t == skol).unwrap();
        assert_eq!(
            row.values[at], 2.0,
            "two forms of one stem are counted together"
        );
    }
}
