//! The synthetic corpus: N responses to one hearing on an integration policy, from a fixed
//! seed. Each response is about one to three subjects ([`Sub`]), written mostly in Danish,
//! and may mention another subject in passing; its [`Label`] records what it is about, the
//! ground truth of recall.

use chrono::{DateTime, Duration, TimeZone, Utc};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use app::search::document::IndexDoc;

use super::{danish, other};

/// The seed: the same N gives the same corpus in every run.
pub const SEED: u64 = 6;
/// The one hearing every response answers.
pub const HEARING: i32 = 1;

/// A subject of the integration policy a response can be about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sub {
    Jobs,
    Internship,
    Bilingual,
    Schools,
    SocialHousing,
    Areas,
    YouthHousing,
    Discrimination,
    Associations,
    Volunteers,
    Economy,
    Policy,
    DanishClasses,
    Daycare,
    Equality,
}

/// Every subject with its weight (how often responses are about it).
const SUBS: [(Sub, u32); 15] = [
    (Sub::Jobs, 12),
    (Sub::Internship, 5),
    (Sub::Bilingual, 7),
    (Sub::Schools, 10),
    (Sub::SocialHousing, 7),
    (Sub::Areas, 9),
    (Sub::YouthHousing, 3),
    (Sub::Discrimination, 6),
    (Sub::Associations, 7),
    (Sub::Volunteers, 6),
    (Sub::Economy, 6),
    (Sub::Policy, 9),
    (Sub::DanishClasses, 5),
    (Sub::Daycare, 5),
    (Sub::Equality, 3),
];

impl Sub {
    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// What one response is about: the ground truth.
#[derive(Clone, Copy, Debug)]
pub struct Label {
    subs: u16,
    /// A subject mentioned in passing, not what the response is about.
    pub aside: Option<Sub>,
    /// The language code.
    pub lang: &'static str,
    /// The respondent kind.
    pub kind: &'static str,
}

impl Label {
    /// True when the response is about `sub`.
    pub fn has(&self, sub: Sub) -> bool {
        self.subs & sub.bit() != 0
    }

    /// True when the response is about any of `subs`.
    pub fn any(&self, subs: &[Sub]) -> bool {
        subs.iter().any(|s| self.has(*s))
    }

    /// The subjects the response is about.
    pub fn subjects(&self) -> Vec<Sub> {
        SUBS.iter()
            .map(|(s, _)| *s)
            .filter(|s| self.has(*s))
            .collect()
    }
}

/// The generated responses and their labels; `docs[i]` has response id `i + 1`.
pub struct Corpus {
    /// What the index is given.
    pub docs: Vec<IndexDoc>,
    /// What each response is about.
    pub labels: Vec<Label>,
}

impl Corpus {
    /// The text of response `id`.
    pub fn text(&self, id: i32) -> &str {
        &self.docs[id as usize - 1].private_text
    }
}

/// Generates `n` responses.
pub fn generate(n: usize) -> Corpus {
    let mut rng = StdRng::seed_from_u64(SEED);
    let start = Utc.with_ymd_and_hms(2026, 9, 1, 8, 0, 0).unwrap();
    let mut docs = Vec::with_capacity(n);
    let mut labels = Vec::with_capacity(n);
    for i in 0..n {
        let (doc, label) = response(&mut rng, i as i32 + 1, start);
        docs.push(doc);
        labels.push(label);
    }
    Corpus { docs, labels }
}

fn pick<T: Copy>(rng: &mut StdRng, weighted: &[(T, u32)]) -> T {
    weighted.choose_weighted(rng, |(_, w)| *w).unwrap().0
}

fn response(rng: &mut StdRng, id: i32, start: DateTime<Utc>) -> (IndexDoc, Label) {
    let kind = pick(
        rng,
        &[
            ("resident", 70),
            ("association", 15),
            ("company", 8),
            ("public_body", 7),
        ],
    );
    let lang = pick(rng, &[("da", 920), ("en", 50), ("ar", 15), ("tr", 15)]);
    let (text, subs, aside) = match lang {
        "da" => danish_text(rng, kind),
        "en" => english_text(rng),
        _ => foreign_text(rng, lang),
    };
    let submitted_at = start + Duration::seconds(rng.random_range(0..60 * 24 * 3600));
    let keywords = vec![
        ("kind", kind.to_owned()),
        ("section", format!("s{}", rng.random_range(1..=8))),
        ("language", lang.to_owned()),
        (
            "stance",
            pick(
                rng,
                &[("support", 3), ("oppose", 3), ("mixed", 3), ("none", 1)],
            )
            .to_owned(),
        ),
        (
            "channel",
            pick(rng, &[("web", 85), ("email", 10), ("letter", 5)]).to_owned(),
        ),
        ("status", "published".to_owned()),
    ];
    let doc = IndexDoc {
        response_id: id,
        hearing_id: HEARING,
        version: submitted_at.timestamp_micros(),
        submitted_at,
        language: Some(lang.to_owned()),
        keywords,
        names: String::new(),
        public_text: Some(text.clone()),
        private_text: text,
    };
    let label = Label {
        subs,
        aside,
        lang,
        kind,
    };
    (doc, label)
}

/// Sentences, the subjects' bits and the subject mentioned in passing.
type Text = (String, u16, Option<Sub>);

fn subjects(rng: &mut StdRng, most: usize) -> Vec<Sub> {
    let count = rng.random_range(1..=most);
    let mut subs: Vec<Sub> = Vec::with_capacity(count);
    while subs.len() < count {
        let sub = pick(rng, &SUBS);
        if !subs.contains(&sub) {
            subs.push(sub);
        }
    }
    subs
}

fn danish_text(rng: &mut StdRng, kind: &str) -> Text {
    let sentences = match kind {
        "resident" => rng.random_range(3..=10),
        "association" => rng.random_range(6..=20),
        "company" => rng.random_range(4..=10),
        _ => rng.random_range(8..=25),
    };
    let subs = subjects(rng, 3);
    let fillers = rng.random_range(0..=2).min(sentences - subs.len());
    let mut out = about(rng, &subs, sentences - fillers, danish::sentences);
    for _ in 0..fillers {
        let filler = *danish::FILLERS.choose(rng).unwrap();
        let filler = fill(rng, filler);
        let at = rng.random_range(0..=out.len());
        out.insert(at, filler);
    }
    let mut aside = None;
    let sub = pick(rng, &SUBS);
    if rng.random_bool(0.3) && !subs.contains(&sub) {
        let word = danish::mentions(sub).choose(rng).unwrap();
        let sentence = danish::ASIDES.choose(rng).unwrap().replace("{kw}", word);
        let at = rng.random_range(0..=out.len());
        out.insert(at, capitalise(&sentence));
        aside = Some(sub);
    }
    (out.join(" "), bits(&subs), aside)
}

/// `count` sentences about `subs`: one about each first, then about any of them.
fn about(
    rng: &mut StdRng,
    subs: &[Sub],
    count: usize,
    sentences: fn(Sub) -> &'static [&'static str],
) -> Vec<String> {
    (0..count.max(subs.len()))
        .map(|i| {
            let sub = subs
                .get(i)
                .copied()
                .unwrap_or_else(|| *subs.choose(rng).unwrap());
            let sentence = *sentences(sub).choose(rng).unwrap();
            fill(rng, sentence)
        })
        .collect()
}

fn english_text(rng: &mut StdRng) -> Text {
    let subs = subjects(rng, 2);
    let count = rng.random_range(2..=6);
    let out = about(rng, &subs, count, other::english);
    (out.join(" "), bits(&subs), None)
}

fn foreign_text(rng: &mut StdRng, lang: &str) -> Text {
    let pool: Vec<&(&str, Sub, &str)> = other::FOREIGN.iter().filter(|f| f.0 == lang).collect();
    let mut subs = 0;
    let mut out = Vec::new();
    for _ in 0..rng.random_range(2..=4) {
        let (_, sub, sentence) = pool[rng.random_range(0..pool.len())];
        subs |= sub.bit();
        out.push(*sentence);
    }
    (out.join(" "), subs, None)
}

fn bits(subs: &[Sub]) -> u16 {
    subs.iter().fold(0, |acc, s| acc | s.bit())
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Fills the slots of a sentence.
fn fill(rng: &mut StdRng, sentence: &str) -> String {
    if !sentence.contains('{') {
        return sentence.to_owned();
    }
    let mut out = sentence.to_owned();
    while let Some(at) = out.find('{') {
        let end = at + out[at..].find('}').unwrap() + 1;
        let value = match &out[at..end] {
            "{sted}" => (*other::PLACES.choose(rng).unwrap()).to_owned(),
            "{tal}" => rng.random_range(2..=90).to_string(),
            "{år}" => rng.random_range(2019..=2030).to_string(),
            _ => name(rng),
        };
        out.replace_range(at..end, &value);
    }
    out
}

fn name(rng: &mut StdRng) -> String {
    let first = other::FIRST_NAMES.choose(rng).unwrap();
    if rng.random_bool(0.7) {
        return format!("{first} {}", other::FAMILY_NAMES.choose(rng).unwrap());
    }
    let syllables: String = (0..rng.random_range(2..=4))
        .map(|_| *other::SYLLABLES.choose(rng).unwrap())
        .collect();
    format!("{first} {}", capitalise(&syllables))
}
