//! The corpus's own vocabulary, against which Danish compounds are split at index time
//! ([`super::decompound`]). It holds the *base* of every word seen in the indexed text
//! ([`base`]: lower-cased, one inflection ending off, a doubled last consonant made single), so
//! "sproget" makes "sprog" known and "boligerne" makes "bolig" known. Stop words, numbers,
//! words under three letters and names (a capital letter inside a sentence) are not learned.
//!
//! Derived data, like the index: a generation's vocabulary is learned from the documents it
//! indexes, batch by batch before the batch is tokenized, and saved beside it (`vocabulary-*.txt`,
//! written before each commit, so it is never behind the documents). A rebuild learns the whole
//! table first, then indexes, so every document is split against every word the database
//! holds. Incremental indexing learns as it goes: a compound indexed before one of its parts was
//! first seen stays whole until the next rebuild, which the indexer starts once the vocabulary
//! has grown by a quarter since the generation was built ([`Vocabulary::stale`]).
//!
//! Two vocabularies per index: the public one learns only text the public may search, the
//! officials' one everything officials may search. Documents the public searches are split
//! against the public vocabulary alone, so a word that occurs only in held or redacted text can
//! never make a public document match.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use tantivy::tokenizer::{Language, LowerCaser, RawTokenizer, StopWordFilter, TextAnalyzer};

/// Inflection endings [`base`] strips, longest first.
const ENDINGS: [&str; 10] = [
    "erne", "ene", "ere", "ers", "er", "en", "et", "es", "e", "s",
];
/// Shortest base and shortest word learned, in letters.
pub const MIN_LETTERS: usize = 3;
/// A vocabulary that grew by this share since its generation was built asks for a rebuild.
const STALE_SHARE: f64 = 0.25;
/// ... and by at least this many bases (small corpora grow fast at first).
const STALE_MIN: usize = 2000;

/// A word's base: lower-case input, one inflection ending off when at least
/// [`MIN_LETTERS`] letters remain, then a doubled last consonant made single
/// ("politikken" → "politik", "boligerne" → "bolig", "sproget" → "sprog").
pub fn base(word: &str) -> &str {
    let stem = ENDINGS
        .iter()
        .filter_map(|ending| word.strip_suffix(ending))
        .find(|stem| stem.chars().count() >= MIN_LETTERS)
        .unwrap_or(word);
    let mut chars = stem.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a == b && !is_vowel(a) && stem.chars().count() > MIN_LETTERS => {
            &stem[..stem.len() - a.len_utf8()]
        }
        _ => stem,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'æ' | 'ø' | 'å')
}

/// True when the word at byte `offset` of `text` is a name: it starts with a capital letter
/// and does not begin a sentence (nothing but spaces since `.`, `!`, `?`, `:`, a line break or
/// the start of the text).
pub fn is_name(text: &str, offset: usize) -> bool {
    let starts_upper = text[offset..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if !starts_upper {
        return false;
    }
    let before = text[..offset].trim_end_matches([' ', '\t', '"', '\'', '(', '«', '»']);
    !(before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '\r', '-', '•']))
}

/// One vocabulary, shared by the writer (which learns) and the analysers of the indexing
/// threads (which look words up).
#[derive(Debug)]
pub struct Vocabulary {
    bases: RwLock<HashSet<String>>,
    version: AtomicU64,
    built: AtomicUsize,
    enabled: bool,
    /// Which bit of a [`Learner`]'s marks stands for this vocabulary.
    bit: u8,
}

impl Vocabulary {
    /// An empty vocabulary; a disabled one never learns, so nothing is ever split. `bit`
    /// (1, 2, 4, …) tells it from the other vocabularies a [`Learner`] fills.
    pub fn new(enabled: bool, bit: u8) -> Self {
        Vocabulary {
            bases: RwLock::default(),
            version: AtomicU64::new(0),
            built: AtomicUsize::new(0),
            enabled,
            bit,
        }
    }

    /// Learns the words of `text` (Danish) with a fresh learner (tests, one-off texts).
    pub fn learn(&self, text: &str) {
        Learner::default().learn(text, &[self]);
    }

    fn add(&self, fresh: Vec<String>) {
        if !fresh.is_empty() {
            self.write().extend(fresh);
            self.version.fetch_add(1, Ordering::AcqRel);
        }
    }

    /// True when `part` is a known word: it is the [`base`] of a word seen, or its base is.
    pub fn knows(&self, part: &str) -> bool {
        let bases = self.read();
        bases.contains(part) || {
            let base = base(part);
            base.chars().count() >= MIN_LETTERS && bases.contains(base)
        }
    }

    /// Changes whenever a base is added (analysers drop what they cached then).
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// How many bases it holds.
    pub fn len(&self) -> usize {
        self.read().len()
    }

    /// True when it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Records that the generation was built (or rebuilt) with what it holds now.
    pub fn mark_built(&self) {
        self.built.store(self.len(), Ordering::Release);
    }

    /// True when it grew so much since the generation was built that documents indexed early
    /// missed many splits: time for a rebuild.
    pub fn stale(&self) -> bool {
        let built = self.built.load(Ordering::Acquire);
        let grown = self.len().saturating_sub(built);
        grown >= STALE_MIN && grown as f64 >= built as f64 * STALE_SHARE
    }

    /// Writes the bases to `path` (one a line after a header with the size at build).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let mut bases: Vec<String> = self.read().iter().cloned().collect();
        bases.sort_unstable();
        let mut out = format!(
            "ordet-vocabulary 1 built {}\n",
            self.built.load(Ordering::Acquire)
        );
        for base in bases {
            out.push_str(&base);
            out.push('\n');
        }
        let temp = path.with_extension("tmp");
        std::fs::write(&temp, out)?;
        std::fs::rename(temp, path)
    }

    /// Reads what [`Self::save`] wrote; a missing file is an empty vocabulary.
    pub fn load(&self, path: &Path) -> std::io::Result<()> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(error) => return Err(error),
        };
        let mut lines = text.lines();
        let built = lines
            .next()
            .and_then(|h| h.rsplit(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        self.write().extend(lines.map(str::to_owned));
        self.built.store(built, Ordering::Release);
        self.version.fetch_add(1, Ordering::AcqRel);
        Ok(())
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashSet<String>> {
        self.bases.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, HashSet<String>> {
        self.bases.write().unwrap_or_else(|e| e.into_inner())
    }
}

/// The letters-only words of `text` with their byte offsets (digits and other characters
/// separate words; a word with a digit in it is skipped whole).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// What one writer has learned: each raw word seen, with its base (`None`: a stop word) and
/// the vocabularies it went into, so a repeated word costs one hash look-up.
pub struct Learner {
    seen: HashMap<String, (Option<String>, u8)>,
    stop: TextAnalyzer,
}

impl Default for Learner {
    fn default() -> Self {
        let stop = StopWordFilter::new(Language::Danish).expect("tantivy ships Danish stop words");
        Learner {
            seen: HashMap::new(),
            stop: TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .filter(stop)
                .build(),
        }
    }
}

impl Learner {
    /// Adds the words of `text` to each vocabulary of `into` that does not know them.
    pub fn learn(&mut self, text: &str, into: &[&Vocabulary]) {
        let into: Vec<&Vocabulary> = into.iter().copied().filter(|v| v.enabled).collect();
        let mask = into.iter().fold(0, |m, v| m | v.bit);
        let mut fresh: Vec<Vec<String>> = vec![Vec::new(); into.len()];
        for (offset, word) in words(text) {
            if word.chars().count() < MIN_LETTERS || is_name(text, offset) {
                continue;
            }
            if self
                .seen
                .get(word)
                .is_some_and(|(_, marks)| marks & mask == mask)
            {
                continue;
            }
            if !self.seen.contains_key(word) {
                let base = self.base(word);
                self.seen.insert(word.to_owned(), (base, 0));
            }
            let Some((base, marks)) = self.seen.get_mut(word) else {
                continue;
            };
            for (vocabulary, fresh) in into.iter().zip(fresh.iter_mut()) {
                if *marks & vocabulary.bit != 0 {
                    continue;
                }
                *marks |= vocabulary.bit;
                if let Some(base) = base.as_ref()
                    && !vocabulary.read().contains(base)
                    && !fresh.contains(base)
                {
                    fresh.push(base.clone());
                }
            }
        }
        for (vocabulary, fresh) in into.iter().zip(fresh) {
            vocabulary.add(fresh);
        }
    }

    /// The base of `word` (lower-cased), or `None` for a stop word.
    fn base(&mut self, word: &str) -> Option<String> {
        let mut stream = self.stop.token_stream(word);
        let lower = stream.next()?.text.clone();
        Some(base(&lower).to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_drop_one_inflection_and_a_doubled_consonant() {
        assert_eq!(base("boligerne"), "bolig");
        assert_eq!(base("boliger"), "bolig");
        assert_eq!(base("sproget"), "sprog");
        assert_eq!(base("sprog"), "sprog");
        assert_eq!(base("politikken"), "politik");
        assert_eq!(base("integrations"), "integration");
        assert_eq!(base("skole"), "skol");
        assert_eq!(base("job"), "job");
        assert_eq!(base("ene"), "ene", "never shorter than three letters");
    }

    #[test]
    fn names_are_capitals_inside_a_sentence() {
        let text = "Min nabo Kaladorsen bor her. Boliger mangler.\nBorgere";
        let at = |w: &str| text.find(w).unwrap();
        assert!(is_name(text, at("Kaladorsen")));
        assert!(!is_name(text, at("Min")));
        assert!(!is_name(text, at("Boliger")));
        assert!(!is_name(text, at("Borgere")));
        assert!(!is_name(text, at("nabo")));
    }

    #[test]
    fn learning_skips_stop_words_names_numbers_and_short_words() {
        let vocabulary = Vocabulary::new(true, 1);
        let mut learner = Learner::default();
        learner.learn(
            "Sproget og boligerne i 2026, sagde Hansen til os. Ungdom.",
            &[&vocabulary],
        );
        assert!(vocabulary.knows("sprog"));
        assert!(vocabulary.knows("boliger"));
        assert!(vocabulary.knows("ungdoms"));
        assert!(!vocabulary.knows("hansen"), "a name");
        assert!(!vocabulary.knows("til"), "a stop word");
        assert!(!vocabulary.knows("os"));
        assert_eq!(vocabulary.len(), 4, "sprog, bolig, sagd, ungdom");
        let version = vocabulary.version();
        learner.learn("boliger sproget", &[&vocabulary]);
        assert_eq!(
            vocabulary.version(),
            version,
            "nothing new, nothing changed"
        );
        let other = Vocabulary::new(true, 2);
        learner.learn("boliger", &[&vocabulary, &other]);
        assert!(
            other.knows("bolig"),
            "a word seen for one vocabulary still reaches another"
        );
        assert_eq!(other.len(), 1);
    }

    #[test]
    fn a_disabled_vocabulary_learns_nothing() {
        let vocabulary = Vocabulary::new(false, 1);
        vocabulary.learn("boliger");
        assert!(vocabulary.is_empty());
    }

    #[test]
    fn saved_and_loaded_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vocabulary.txt");
        let vocabulary = Vocabulary::new(true, 1);
        vocabulary.learn("boliger sproget");
        vocabulary.mark_built();
        vocabulary.save(&path).unwrap();
        let again = Vocabulary::new(true, 1);
        again.load(&path).unwrap();
        assert!(again.knows("boligen") && again.knows("sprog"));
        assert_eq!(again.len(), 2);
        assert!(!again.stale());
    }
}
