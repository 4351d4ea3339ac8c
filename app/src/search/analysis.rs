//! How text becomes index terms. Danish text: lower-cased, Danish stop words out, Snowball's
//! Danish stemmer, then æ/ø/å folded to ae/oe/aa (and other accents to plain letters), so
//! "ældre" and "aeldre" meet. English text: the same with English stop words and stemmer.
//! Other languages: lower-cased and folded, not stemmed.
//!
//! Danish writes compounds as one word ("integrationspolitik", "ungdomsboliger"). At index
//! time Danish text goes through [`danish_index`] instead, which also indexes the stems of the
//! known words a compound is made of ([`super::splitting`]), at the compound's position; queries
//! are analysed with [`DANISH`], one term per word, so "bolig" (stem "bol") finds
//! "ungdomsboliger". `server/benches/search.rs` measures what that adds to recall.

use std::sync::Arc;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

use super::splitting::DanishWords;
use super::vocabulary::Vocabulary;

/// The analyser of Danish text.
pub const DANISH: &str = "ordet_da";
/// The analyser of English text.
pub const ENGLISH: &str = "ordet_en";
/// The analyser of text in any other language: words, lower-cased and folded.
pub const PLAIN: &str = "ordet_plain";
/// The index-time analyser of Danish text the public may search (public vocabulary).
pub const DANISH_PUBLIC_INDEX: &str = "ordet_da_public";
/// The index-time analyser of Danish text only officials may search (their vocabulary).
pub const DANISH_OFFICIALS_INDEX: &str = "ordet_da_officials";

/// Registers Ordet's query analysers with a tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    manager.register(DANISH, stemmed(Language::Danish));
    manager.register(ENGLISH, stemmed(Language::English));
    manager.register(PLAIN, plain());
}

/// Registers the query analysers and the two index-time Danish analysers, each splitting
/// against its own vocabulary.
pub fn register_index(
    manager: &TokenizerManager,
    public: Arc<Vocabulary>,
    officials: Arc<Vocabulary>,
) {
    register(manager);
    manager.register(DANISH_PUBLIC_INDEX, danish_index(public));
    manager.register(DANISH_OFFICIALS_INDEX, danish_index(officials));
}

/// Danish text at index time: words, lower-cased, stop words out, then each word's stem and
/// the stems of the known words it is made of ([`DanishWords`]), folded.
pub fn danish_index(vocabulary: Arc<Vocabulary>) -> TextAnalyzer {
    let stop_words =
        StopWordFilter::new(Language::Danish).expect("tantivy ships Danish stop words");
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(stop_words)
        .filter(DanishWords::new(vocabulary))
        .build()
}

/// The analyser for a language code detected at intake (`da`, `en`, …; `None`: Danish).
pub fn for_language(language: Option<&str>) -> &'static str {
    match language {
        None | Some("da") | Some("nb") | Some("nn") | Some("no") => DANISH,
        Some("en") => ENGLISH,
        Some(_) => PLAIN,
    }
}

fn stemmed(language: Language) -> TextAnalyzer {
    let stop_words = StopWordFilter::new(language).expect("tantivy ships this language's list");
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(stop_words)
        .filter(Stemmer::new(language))
        .filter(NordicLetters)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Words, lower-cased and folded; no stop words, no stemming.
pub fn plain() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(NordicLetters)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The terms `analyser` makes of `text`, with their positions.
pub fn terms(analyser: &mut TextAnalyzer, text: &str) -> Vec<(usize, String)> {
    let mut stream = analyser.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push((token.position, token.text.clone()));
    }
    out
}

/// Writes æ, ø and å (already lower-cased) as ae, oe and aa, the way they are typed on a
/// keyboard without them; the general ASCII folding that follows would make them a, o, a.
#[derive(Clone)]
pub struct NordicLetters;

impl TokenFilter for NordicLetters {
    type Tokenizer<T: Tokenizer> = NordicLettersWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> NordicLettersWrapper<T> {
        NordicLettersWrapper { tokenizer }
    }
}

/// [`NordicLetters`] around a tokenizer.
#[derive(Clone)]
pub struct NordicLettersWrapper<T> {
    tokenizer: T,
}

impl<T: Tokenizer> Tokenizer for NordicLettersWrapper<T> {
    type TokenStream<'a> = NordicLettersStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        NordicLettersStream {
            tail: self.tokenizer.token_stream(text),
        }
    }
}

/// The token stream of [`NordicLetters`].
pub struct NordicLettersStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for NordicLettersStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let text = &mut self.tail.token_mut().text;
        if text.contains(['æ', 'ø', 'å']) {
            *text = text
                .replace('æ', "ae")
                .replace('ø', "oe")
                .replace('å', "aa");
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn danish(text: &str) -> Vec<String> {
        let mut analyser = stemmed(Language::Danish);
        terms(&mut analyser, text)
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    #[test]
    fn danish_stems_meet() {
        assert_eq!(danish("bolig"), danish("boliger"));
        assert_eq!(danish("integration"), danish("integrationen"));
        assert_eq!(danish("skole"), danish("skolerne"));
    }

    #[test]
    fn nordic_letters_meet_their_keyboard_spelling() {
        assert_eq!(danish("ældre"), danish("aeldre"));
        assert_eq!(danish("børn"), danish("boern"));
        assert_eq!(danish("Århus"), danish("aarhus"));
    }

    #[test]
    fn stop_words_go() {
        assert!(danish("og i at det").is_empty());
    }
}
