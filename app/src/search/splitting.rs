//! The token filter of Danish text at index time, registered with tantivy and run inside its
//! indexing threads: each lower-cased word becomes its Snowball stem, the stems of the known
//! words it is a compound of ([`super::decompound`], against a [`Vocabulary`]), all at the
//! word's position, then æ/ø/å written ae/oe/aa and other accents folded.
//!
//! Snowball's Danish stemmer undoubles a final consonant *after* taking the ending off, so
//! "budgettet" stems to "budget" while "budget" itself stems to "budg", and a search for
//! "budget" would miss "budgettet". When the stemmer undoubled, the stem is stemmed once more
//! and indexed too ("budgettet" → "budget" and "budg"); a query word is stemmed once.
//!
//! Each indexing thread has its own copy of the filter and so its own cache of what each word
//! became: a word is analysed once per thread, not once per occurrence. The cache is emptied
//! when the vocabulary learns new words.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, RawTokenizer, Stemmer, TextAnalyzer, Token, TokenFilter,
    TokenStream, Tokenizer,
};

use super::analysis::NordicLetters;
use super::decompound;
use super::vocabulary::{Vocabulary, is_name};

/// Words cached per thread before the cache starts again.
const CACHE_LIMIT: usize = 200_000;

/// Splits compounds and stems Danish words (after lower-casing and stop words).
#[derive(Clone)]
pub struct DanishWords {
    vocabulary: Arc<Vocabulary>,
}

impl DanishWords {
    /// The filter, splitting against `vocabulary`.
    pub fn new(vocabulary: Arc<Vocabulary>) -> Self {
        DanishWords { vocabulary }
    }
}

impl TokenFilter for DanishWords {
    type Tokenizer<T: Tokenizer> = DanishWordsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> DanishWordsFilter<T> {
        DanishWordsFilter {
            inner: tokenizer,
            state: State {
                vocabulary: self.vocabulary,
                version: u64::MAX,
                words: HashMap::new(),
                names: HashMap::new(),
                stemmer: TextAnalyzer::builder(RawTokenizer::default())
                    .filter(Stemmer::new(Language::Danish))
                    .build(),
                folder: TextAnalyzer::builder(RawTokenizer::default())
                    .filter(NordicLetters)
                    .filter(AsciiFoldingFilter)
                    .build(),
                out: Vec::new(),
                len: 0,
            },
        }
    }
}

/// [`DanishWords`] around a tokenizer.
#[derive(Clone)]
pub struct DanishWordsFilter<T> {
    inner: T,
    state: State,
}

#[derive(Clone)]
struct State {
    vocabulary: Arc<Vocabulary>,
    version: u64,
    words: HashMap<String, Box<[String]>>,
    names: HashMap<String, Box<[String]>>,
    stemmer: TextAnalyzer,
    folder: TextAnalyzer,
    /// The terms of the current word, emitted from the back; `len` of them are live.
    out: Vec<Token>,
    len: usize,
}

impl<T: Tokenizer> Tokenizer for DanishWordsFilter<T> {
    type TokenStream<'a> = DanishWordsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let version = self.state.vocabulary.version();
        if version != self.state.version || self.state.words.len() > CACHE_LIMIT {
            self.state.words.clear();
            self.state.names.clear();
            self.state.version = version;
        }
        self.state.len = 0;
        DanishWordsStream {
            tail: self.inner.token_stream(text),
            text,
            state: &mut self.state,
        }
    }
}

/// The token stream of [`DanishWords`].
pub struct DanishWordsStream<'a, T> {
    tail: T,
    text: &'a str,
    state: &'a mut State,
}

impl<T: TokenStream> TokenStream for DanishWordsStream<'_, T> {
    fn advance(&mut self) -> bool {
        if self.state.len > 1 {
            self.state.len -= 1;
            return true;
        }
        if !self.tail.advance() {
            self.state.len = 0;
            return false;
        }
        let token = self.tail.token();
        let name = is_name(self.text, token.offset_from);
        self.state.fill(token, name);
        true
    }

    fn token(&self) -> &Token {
        match self.state.len {
            0 => self.tail.token(),
            n => &self.state.out[n - 1],
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.state.len {
            0 => self.tail.token_mut(),
            n => &mut self.state.out[n - 1],
        }
    }
}

impl State {
    /// Puts the terms of `token` in `out`, reusing its strings; a word met before costs one
    /// hash look-up and no allocation.
    fn fill(&mut self, token: &Token, name: bool) {
        let cache = if name { &self.names } else { &self.words };
        if let Some(terms) = cache.get(&token.text) {
            self.len = write(&mut self.out, token, terms);
            return;
        }
        let terms = self.analyse(&token.text, name);
        self.len = write(&mut self.out, token, &terms);
        let cache = if name {
            &mut self.names
        } else {
            &mut self.words
        };
        cache.insert(token.text.clone(), terms);
    }

    /// The terms of one word: its stem (and the stem again when Snowball undoubled), the same
    /// for each known part unless it is a name, folded, without repeats; the word's own
    /// stem last, so it is emitted first.
    fn analyse(&mut self, word: &str, name: bool) -> Box<[String]> {
        let vocabulary = self.vocabulary.clone();
        let knows = |part: &str| vocabulary.knows(part);
        let parts = if name {
            Vec::new()
        } else {
            decompound::split(word, &knows)
        };
        let mut terms: Vec<String> = Vec::new();
        for piece in std::iter::once(word).chain(parts) {
            for stem in self.stems(piece) {
                let folded = run(&mut self.folder, &stem);
                if !terms.contains(&folded) {
                    terms.push(folded);
                }
            }
        }
        terms.reverse();
        terms.into_boxed_slice()
    }

    fn stems(&mut self, word: &str) -> Vec<String> {
        let stem = run(&mut self.stemmer, word);
        let undoubled = word.len() > stem.len()
            && word.starts_with(stem.as_str())
            && stem.chars().last().is_some_and(|last| {
                word[stem.len()..].starts_with(last) && !"aeiouyæøå".contains(last)
            });
        if undoubled {
            let again = run(&mut self.stemmer, &stem);
            if again != stem {
                return vec![stem, again];
            }
        }
        vec![stem]
    }
}

/// Writes `terms` into `out` as tokens at `token`'s place; returns how many.
fn write(out: &mut Vec<Token>, token: &Token, terms: &[String]) -> usize {
    while out.len() < terms.len() {
        out.push(Token::default());
    }
    for (slot, term) in out.iter_mut().zip(terms) {
        slot.offset_from = token.offset_from;
        slot.offset_to = token.offset_to;
        slot.position = token.position;
        slot.position_length = token.position_length;
        slot.text.clear();
        slot.text.push_str(term);
    }
    terms.len()
}

fn run(analyser: &mut TextAnalyzer, text: &str) -> String {
    let mut stream = analyser.token_stream(text);
    match stream.next() {
        Some(token) => token.text.clone(),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analysis::danish_index;

    fn terms(vocabulary: &str, text: &str) -> Vec<(usize, String)> {
        let known = Arc::new(Vocabulary::new(true, 1));
        known.learn(vocabulary);
        let mut analyser = danish_index(known);
        crate::search::analysis::terms(&mut analyser, text)
    }

    #[test]
    fn compound_parts_share_the_words_position() {
        let found = terms("Ungdom. Boliger.", "Flere ungdomsboliger mangler");
        let at = |position| -> Vec<&str> {
            let terms = found.iter().filter(|(p, _)| *p == position);
            terms.map(|(_, t)| t.as_str()).collect()
        };
        assert_eq!(
            &at(1)[1..],
            ["ungdom", "bol"],
            "after the word's own stem: {found:?}"
        );
        assert_eq!(at(0).len(), 1);
        assert_eq!(at(2).len(), 1);
    }

    #[test]
    fn budgettet_is_also_indexed_as_budget_stems() {
        let found = terms("", "budgettet");
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["budget", "budg"]);
    }

    #[test]
    fn names_inside_a_sentence_are_not_split() {
        let found = terms("Bolig. Vej.", "Vi bor på Boligvej og boligvej.");
        let at = |position| found.iter().filter(|(p, _)| *p == position).count();
        assert_eq!(at(3), 1, "the name Boligvej stays whole: {found:?}");
        assert!(at(5) > 1, "the word boligvej is split: {found:?}");
    }

    #[test]
    fn letters_are_folded_after_stemming() {
        let found = terms("Ældre.", "ældreboliger");
        assert!(found.iter().any(|(_, t)| t == "aeldr"), "{found:?}");
    }
}
