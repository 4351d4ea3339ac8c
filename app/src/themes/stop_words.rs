//! Words no theme label is made of, in every language Ordet detects: the ISO stop lists
//! (stopwords-iso, through the `stop-words` crate) of those languages, and the courtesy words
//! of a hearing's letters ("tak", "venlig hilsen", "teşekkür ederim"), which say nothing of a
//! subject. The search analysers already drop Snowball's short lists for Danish and English;
//! these are longer ("kan", "godt", "mere") and cover the languages that have no analyser of
//! their own ("bir", "için", "على").
//!
//! A label's terms are analysed (stemmed, folded), so each word is analysed the same way by
//! each analyser before it is compared.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use tantivy::tokenizer::TokenizerManager;

use super::vectors::Term;
use crate::search::analysis;

/// The languages `crate::response::language::detect_language` names (ISO 639-1), with
/// Somali, which Copenhagen's residents write and whatlang does not detect.
pub const LANGUAGES: [&str; 14] = [
    "da", "en", "ar", "tr", "de", "sv", "no", "pl", "ur", "fa", "fr", "es", "so", "nl",
];

/// Courtesy and opinion words of hearing letters, beyond the stop lists.
const COURTESY: &[&str] = &[
    "står",
    "synes",
    "mener",
    "tak",
    "takke",
    "venlig",
    "hilsen",
    "hilsner",
    "mvh",
    "thank",
    "thanks",
    "regards",
    "sincerely",
    "teşekkür",
    "teşekkürler",
    "ederim",
    "saygılarımla",
    "شكرا",
    "شكراً",
    "تحياتي",
];

/// Whether `term` is a stop word in some language, as its analyser makes words.
pub fn is_stop(term: &Term) -> bool {
    STOP.get(term.analyser)
        .is_some_and(|stop| stop.contains(&term.text))
}

/// Every stop word as each analyser makes it, by analyser.
static STOP: LazyLock<HashMap<&'static str, HashSet<String>>> = LazyLock::new(|| {
    let manager = TokenizerManager::default();
    analysis::register(&manager);
    let words: Vec<&str> = LANGUAGES
        .iter()
        .filter_map(|code| stop_words::lookup(code))
        .flatten()
        .chain(COURTESY)
        .copied()
        .collect();
    [analysis::DANISH, analysis::ENGLISH, analysis::PLAIN]
        .into_iter()
        .map(|name| {
            let mut analyser = manager.get(name).unwrap_or_else(analysis::plain);
            let terms = words
                .iter()
                .flat_map(|w| analysis::terms(&mut analyser, w))
                .map(|(_, term)| term)
                .collect();
            (name, terms)
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    fn term(analyser: &'static str, text: &str) -> Term {
        Term {
            analyser,
            text: text.to_owned(),
        }
    }

    #[test]
    fn function_words_of_every_detected_language_are_stop_words() {
        let manager = TokenizerManager::default();
        analysis::register(&manager);
        for (analyser, word) in [
            (analysis::DANISH, "kan"),
            (analysis::DANISH, "godt"),
            (analysis::DANISH, "står"),
            (analysis::ENGLISH, "so"),
            (analysis::PLAIN, "bir"),
            (analysis::PLAIN, "için"),
            (analysis::PLAIN, "ederim"),
            (analysis::PLAIN, "على"),
            (analysis::PLAIN, "أن"),
        ] {
            let analysed = analysis::terms(&mut manager.get(analyser).unwrap(), word);
            let [(_, text)] = analysed.as_slice() else {
                panic!("{analyser} makes one term of {word}: {analysed:?}");
            };
            assert!(is_stop(&term(analyser, text)), "{analyser} {word} ({text})");
        }
    }

    #[test]
    fn subjects_are_not_stop_words() {
        for (analyser, text) in [
            (analysis::DANISH, "skol"),
            (analysis::DANISH, "modersmaalsundervisning"),
            (analysis::ENGLISH, "school"),
            (analysis::PLAIN, "okul"),
            (analysis::PLAIN, "المدارس"),
        ] {
            assert!(!is_stop(&term(analyser, text)), "{analyser} {text}");
        }
    }
}
