//! A synthetic hearing with planted campaigns, from a fixed seed: the ground truth of the
//! tests and of `server/benches/campaigns.rs`.
//!
//! Individual responses are put together from Danish phrases about Copenhagen's integration
//! policy (an opener, a subject, a place, what is said about it, why), two to eight
//! sentences from one to three subjects, with greetings, a line about the respondent and a
//! signature now and then; so they are about the same things in the same words without
//! being copies. A few are one-line agreements ("Enig."), identical across respondents.
//! Campaign members are near-copies of a template: a few words substituted, deleted or
//! inserted, now and then a word typed without æ/ø/å, a personal sentence, a signature.

mod words;

use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};

use words::*;
pub use words::{DAYCARE_LETTER, INTEGRATION_LETTER};

/// What to generate.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The seed: the same plan gives the same hearing.
    pub seed: u64,
    /// Individual responses.
    pub individuals: usize,
    /// Each campaign's template and number of copies.
    pub campaigns: Vec<(String, usize)>,
}

/// A generated hearing.
#[derive(Clone, Debug)]
pub struct Hearing {
    /// (response id, text), ids 1, 2, … with campaign copies scattered among the individuals.
    pub responses: Vec<(i32, String)>,
    /// For each response, the index in [`Plan::campaigns`] of the campaign it was planted in.
    pub planted: Vec<Option<usize>>,
}

impl Hearing {
    /// The responses as the borrowed pairs [`detect`](super::detect) takes.
    pub fn borrowed(&self) -> Vec<(i32, &str)> {
        self.responses
            .iter()
            .map(|(id, text)| (*id, text.as_str()))
            .collect()
    }
}

/// Generates the hearing of `plan`.
pub fn generate(plan: &Plan) -> Hearing {
    let mut rng = StdRng::seed_from_u64(plan.seed);
    let mut planted: Vec<Option<usize>> = vec![None; plan.individuals];
    for (campaign, (_, copies)) in plan.campaigns.iter().enumerate() {
        planted.extend(std::iter::repeat_n(Some(campaign), *copies));
    }
    planted.shuffle(&mut rng);
    let responses = planted
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let text = match label {
                None => individual(&mut rng),
                Some(c) => near_copy(&plan.campaigns[*c].0, &mut rng),
            };
            (i as i32 + 1, text)
        })
        .collect();
    Hearing { responses, planted }
}

/// A template for a campaign of the benchmark: a long individual response (five to nine
/// sentences, a greeting and a closing).
pub fn letter(rng: &mut StdRng) -> String {
    let mut parts = vec![INTROS.choose(rng).unwrap().to_string()];
    let subjects = pick_subjects(rng);
    for _ in 0..rng.random_range(5..=9) {
        let subject = subjects.choose(rng).unwrap();
        parts.push(sentence(rng, subject));
    }
    parts.push(CLOSINGS.choose(rng).unwrap().to_string());
    parts.join(" ")
}

/// One individual response.
pub fn individual(rng: &mut StdRng) -> String {
    if rng.random_bool(0.03) {
        return SHORT.choose(rng).unwrap().to_string();
    }
    let mut parts = Vec::new();
    if rng.random_bool(0.3) {
        parts.push(INTROS.choose(rng).unwrap().to_string());
    }
    if rng.random_bool(0.25) {
        parts.push(about_me(rng));
    }
    let subjects = pick_subjects(rng);
    for _ in 0..rng.random_range(2..=8) {
        let subject = subjects.choose(rng).unwrap();
        parts.push(sentence(rng, subject));
    }
    if rng.random_bool(0.4) {
        parts.push(signature(rng));
    }
    parts.join(" ")
}

/// One to three of the policy's subjects.
fn pick_subjects(rng: &mut StdRng) -> Vec<&'static [&'static str]> {
    let n = rng.random_range(1..=3);
    SUBJECTS.choose_multiple(rng, n).copied().collect()
}

/// A sentence about one subject: opener, subject, place, predicate, reason.
fn sentence(rng: &mut StdRng, subject: &[&str]) -> String {
    let mut words = vec![*OPENERS.choose(rng).unwrap(), *subject.choose(rng).unwrap()];
    if rng.random_bool(0.4) {
        words.push(*PLACES.choose(rng).unwrap());
    }
    words.push(*PREDICATES.choose(rng).unwrap());
    if rng.random_bool(0.6) {
        words.push(*REASONS.choose(rng).unwrap());
    }
    let text = words
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    format!("{}.", capitalised(&text))
}

/// A sentence about the respondent.
fn about_me(rng: &mut StdRng) -> String {
    let place = PLACES.choose(rng).unwrap();
    if rng.random_bool(0.5) {
        let (age, family) = (rng.random_range(19..=80), FAMILIES.choose(rng).unwrap());
        format!("Jeg er {age} år og bor {place} med {family}.")
    } else {
        let (job, years) = (JOBS.choose(rng).unwrap(), rng.random_range(2..=30));
        format!("Jeg har arbejdet som {job} {place} i {years} år.")
    }
}

/// A closing with a name.
fn signature(rng: &mut StdRng) -> String {
    let closing = CLOSINGS.choose(rng).unwrap();
    let first = FIRST_NAMES.choose(rng).unwrap();
    let last = LAST_NAMES.choose(rng).unwrap();
    format!("{closing}\n{first} {last}")
}

/// A near-copy of `template`: up to four substituted, two deleted and two inserted words,
/// sometimes a word without æ/ø/å, half the time a personal sentence or two, a third of the
/// time a signature.
pub fn near_copy(template: &str, rng: &mut StdRng) -> String {
    let mut words: Vec<String> = template.split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return template.to_owned();
    }
    for _ in 0..rng.random_range(0..=4) {
        let i = rng.random_range(0..words.len());
        words[i] = substituted(&words[i], rng);
    }
    for _ in 0..rng.random_range(0..=2) {
        if words.len() > 1 {
            words.remove(rng.random_range(0..words.len()));
        }
    }
    for _ in 0..rng.random_range(0..=2) {
        let filler = FILLERS.choose(rng).unwrap().to_string();
        words.insert(rng.random_range(0..=words.len()), filler);
    }
    if rng.random_bool(0.1) {
        let i = rng.random_range(0..words.len());
        words[i] = words[i]
            .replace('æ', "ae")
            .replace('ø', "oe")
            .replace('å', "aa");
    }
    let mut text = words.join(" ");
    if rng.random_bool(0.5) {
        text = with_personal_sentence(text, rng);
    }
    if rng.random_bool(0.35) {
        text = format!("{text}\n\n{}", signature(rng));
    }
    text
}

/// `word` replaced by a filler word, keeping its trailing punctuation.
fn substituted(word: &str, rng: &mut StdRng) -> String {
    let stem = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let punctuation = &word[stem.len()..];
    format!("{}{}", FILLERS.choose(rng).unwrap(), punctuation)
}

/// `text` with a sentence about the respondent (and sometimes an opinion) before or after.
fn with_personal_sentence(text: String, rng: &mut StdRng) -> String {
    let mut personal = about_me(rng);
    if rng.random_bool(0.5) {
        let subject = SUBJECTS.choose(rng).unwrap();
        personal = format!("{personal} {}", sentence(rng, subject));
    }
    if rng.random_bool(0.3) {
        format!("{personal} {text}")
    } else {
        format!("{text} {personal}")
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
