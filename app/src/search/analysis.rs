//! How text becomes index terms. Danish text: lower-cased, Danish stop words out, Snowball's
//! Danish stemmer, then æ/ø/å folded to ae/oe/aa (and other accents to plain letters), so
//! "ældre" and "aeldre" meet. English text: the same with English stop words and stemmer.
//! Other languages: lower-cased and folded, not stemmed.
//!
//! Danish writes compounds as one word ("integrationspolitik", "ungdomsboliger"). A word's
//! stem is also looked for inside longer words through a sub-field of character trigrams
//! (see [`grams`]); `server/benches/search.rs` measures what that adds to recall.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// The analyser of Danish text.
pub const DANISH: &str = "ordet_da";
/// The analyser of English text.
pub const ENGLISH: &str = "ordet_en";
/// The analyser of text in any other language: words, lower-cased and folded.
pub const PLAIN: &str = "ordet_plain";
/// Character n-gram length of the compound sub-field.
pub const GRAM: usize = 3;
/// A query word's stem must be at least this long to be looked for inside compounds.
pub const MIN_COMPOUND_STEM: usize = 4;

/// Registers Ordet's analysers with an index's tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    manager.register(DANISH, stemmed(Language::Danish));
    manager.register(ENGLISH, stemmed(Language::English));
    manager.register(PLAIN, plain());
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

/// The compound sub-field's tokens of `text`: every word's character trigrams, consecutive in
/// position within a word and with a gap between words, so a phrase of trigrams matches a
/// substring of one word only.
pub fn grams(text: &str) -> Vec<Token> {
    let mut analyser = plain();
    let mut stream = analyser.token_stream(text);
    let mut out = Vec::new();
    let mut position = 0;
    while let Some(word) = stream.next() {
        for gram in word_grams(&word.text) {
            out.push(Token {
                offset_from: word.offset_from,
                offset_to: word.offset_to,
                position,
                text: gram,
                position_length: 1,
            });
            position += 1;
        }
        position += 1;
    }
    out
}

/// The trigrams of one folded word, in order (none for a word shorter than a trigram).
pub fn word_grams(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    chars
        .windows(GRAM)
        .map(|w| w.iter().collect::<String>())
        .collect()
}

/// Inflection endings [`compound_stem`] strips, longest first.
const ENDINGS: [&str; 9] = ["erne", "ene", "ere", "ers", "er", "en", "et", "e", "s"];

/// What a query word is looked for as inside compounds: the word lower-cased and folded, less
/// one inflection ending ("boliger" → "bolig", "skolerne" → "skol"). Snowball's stems are too
/// short for this ("bolig" → "bol" would match "bold"). `None` when shorter than
/// [`MIN_COMPOUND_STEM`] letters or not one word.
pub fn compound_stem(word: &str) -> Option<String> {
    let words = terms(&mut plain(), word);
    let [(_, folded)] = words.as_slice() else {
        return None;
    };
    let stem = ENDINGS
        .iter()
        .filter_map(|ending| folded.strip_suffix(ending))
        .find(|stem| stem.chars().count() >= MIN_COMPOUND_STEM)
        .unwrap_or(folded);
    (stem.chars().count() >= MIN_COMPOUND_STEM).then(|| stem.to_owned())
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

    #[test]
    fn grams_stay_inside_words() {
        let tokens = grams("Integrationspolitik bo");
        let texts: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts[..3], ["int", "nte", "teg"]);
        assert!(!texts.contains(&"bo"));
        let last = tokens.last().unwrap();
        assert_eq!(last.text, "tik");
        assert_eq!(word_grams("bolig"), ["bol", "oli", "lig"]);
    }

    #[test]
    fn compound_stems_keep_the_word() {
        assert_eq!(compound_stem("boliger").as_deref(), Some("bolig"));
        assert_eq!(compound_stem("Bolig").as_deref(), Some("bolig"));
        assert_eq!(
            compound_stem("integrationen").as_deref(),
            Some("integration")
        );
        assert_eq!(compound_stem("skolerne").as_deref(), Some("skol"));
        assert_eq!(compound_stem("børn").as_deref(), Some("boern"));
        assert_eq!(compound_stem("job"), None);
        assert_eq!(compound_stem("e-mail"), None);
    }
}
