//! Synthetic responses for the demo hearing, so that a fresh `make run` shows officials a
//! hearing with hundreds of answers: residents, associations, companies and public bodies
//! writing about the draft's real subjects, mostly in Danish (some English, Arabic and
//! Turkish), some about one paragraph, some members of form-letter campaigns.
//!
//! [`plan::generate`] composes them from a seed alone (pure, deterministic: the same seed
//! gives byte-identical texts in the same order); [`store`] writes them as verified and
//! published responses, each queued for the search index, and records each batch in the
//! audit log — which is also how `ordet demo` knows it has added its default batch once.

pub mod campaigns;
pub mod people;
pub mod plan;
pub mod rng;
pub mod store;
pub mod texts_da;
pub mod texts_other;

pub use plan::{Synthetic, Target, generate};

use app::response::submission::Stance;

use people::Person;
pub use store::{AUDIT_ACTION, Added, add, add_once};

/// How many responses `ordet demo` and `ordet serve --demo` add the first time.
pub const DEFAULT_COUNT: usize = 300;

/// The seed used when none is given (the year of the seed hearing).
pub const DEFAULT_SEED: u64 = 2010;

/// The language a synthetic response is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Danish.
    Da,
    /// English.
    En,
    /// Arabic.
    Ar,
    /// Turkish.
    Tr,
}

impl Lang {
    /// The ISO 639-1 code stored in `response.language` (as language detection stores it).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
        }
    }

    /// The language the respondent used the site in: English for English, else Danish.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en",
            _ => "da",
        }
    }
}

/// A subject of the draft that a response is mainly about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// Jobs, job centres, internships, recognised qualifications.
    Employment,
    /// Schools, two-language pupils, mother-tongue teaching, drop-out.
    Schooling,
    /// Housing, social housing and the vulnerable areas.
    Housing,
    /// Experienced discrimination (the Catinét report).
    Discrimination,
    /// Civil society, associations and volunteers ("a shared responsibility").
    CivilSociety,
    /// How the policy is paid for.
    Economy,
    /// The policy as a whole: vision, principles, measurable goals, follow-up.
    Policy,
}

impl Subject {
    /// Every subject with how often responses are mainly about it.
    pub const WEIGHTED: [(Subject, u32); 7] = [
        (Subject::Employment, 20),
        (Subject::Schooling, 20),
        (Subject::Housing, 17),
        (Subject::Discrimination, 14),
        (Subject::CivilSociety, 12),
        (Subject::Economy, 7),
        (Subject::Policy, 10),
    ];

    /// Words that mark a draft paragraph as being about this subject (lower case).
    pub fn keywords(self) -> &'static [&'static str] {
        match self {
            Subject::Employment => &["beskæftigelsesudvikling", "beskæftigelses-, uddannelses"],
            Subject::Schooling => &["tosprogede elever", "ungdomsuddannelser"],
            Subject::Housing => &["udsatte områder", "boligområdet", "boligtiltag"],
            Subject::Discrimination => &["diskrimination"],
            Subject::CivilSociety => &["civilsamfundet"],
            Subject::Economy => &["finansiering", "budget"],
            Subject::Policy => &[
                "fem principper",
                "målbar politik",
                "sociale integrationstiltag",
            ],
        }
    }
}

/// How long a response is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// One sentence.
    Line,
    /// Two or three sentences.
    Short,
    /// An opening, a paragraph and a closing.
    Medium,
    /// Several paragraphs, touching a second subject.
    Long,
}

/// What one response is to say, for the text composers.
#[derive(Clone, Copy, Debug)]
pub struct Brief<'a> {
    /// Who writes.
    pub person: &'a Person,
    /// What it is mainly about.
    pub subject: Subject,
    /// A second subject a long response also touches.
    pub aside: Subject,
    /// For, against, mixed or not said.
    pub stance: Stance,
    /// How long.
    pub length: Length,
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashMap};

    use app::respondent::RespondentKind;

    use super::*;

    fn words(text: &str) -> BTreeSet<&str> {
        text.split_whitespace().collect()
    }

    fn jaccard(a: &str, b: &str) -> f64 {
        let (a, b) = (words(a), words(b));
        a.intersection(&b).count() as f64 / a.union(&b).count() as f64
    }

    #[test]
    fn the_same_seed_gives_the_same_texts_in_the_same_order() {
        assert_eq!(generate(7, 300), generate(7, 300));
        let texts =
            |seed| -> Vec<String> { generate(seed, 300).into_iter().map(|s| s.text).collect() };
        let (a, b) = (texts(7), texts(8));
        assert!(a.iter().zip(&b).filter(|(x, y)| x != y).count() > 250);
    }

    #[test]
    fn responses_come_in_the_order_they_were_sent() {
        let batch = generate(DEFAULT_SEED, 300);
        assert!(batch.windows(2).all(|w| w[0].at <= w[1].at));
        assert!(batch.iter().all(|s| (0.0..1.0).contains(&s.at)));
    }

    #[test]
    fn most_are_danish_and_some_english_arabic_and_turkish() {
        let batch = generate(DEFAULT_SEED, 300);
        let mut counts: HashMap<Lang, usize> = HashMap::new();
        for s in &batch {
            *counts.entry(s.language).or_default() += 1;
        }
        assert_eq!(counts[&Lang::Da], 255);
        assert_eq!(counts[&Lang::En], 21);
        assert_eq!(counts[&Lang::Ar], 12);
        assert_eq!(counts[&Lang::Tr], 12);
    }

    #[test]
    fn detection_agrees_with_the_language_written() {
        let batch = generate(DEFAULT_SEED, 300);
        let agree = batch
            .iter()
            .filter(|s| {
                let detected = app::response::language::detect_language(&s.text);
                detected.as_deref() == Some(s.language.code())
            })
            .count();
        assert!(agree >= 285, "{agree} of 300");
        for lang in [Lang::En, Lang::Ar, Lang::Tr] {
            let long = batch
                .iter()
                .find(|s| s.language == lang && s.text.len() > 200);
            let text = &long.expect("a longer text").text;
            let detected = app::response::language::detect_language(text);
            assert_eq!(detected.as_deref(), Some(lang.code()), "{text}");
        }
    }

    #[test]
    fn campaign_letters_are_near_copies_of_each_other() {
        let batch = generate(DEFAULT_SEED, 300);
        let members: Vec<&Synthetic> = batch.iter().filter(|s| s.campaign.is_some()).collect();
        assert_eq!(members.len(), 36);
        for c in 0..campaigns::CAMPAIGNS.len() {
            let texts: Vec<&str> = members
                .iter()
                .filter(|s| s.campaign == Some(c))
                .map(|s| s.text.as_str())
                .collect();
            assert!(texts.len() >= 9, "campaign {c}: {}", texts.len());
            assert!(texts.iter().collect::<BTreeSet<_>>().len() > texts.len() / 2);
            for pair in texts.windows(2) {
                assert!(
                    jaccard(pair[0], pair[1]) > 0.6,
                    "{}\n---\n{}",
                    pair[0],
                    pair[1]
                );
            }
        }
        let others: Vec<&str> = batch
            .iter()
            .filter(|s| s.campaign.is_none() && s.text.len() > 300)
            .map(|s| s.text.as_str())
            .collect();
        let similar = others
            .windows(2)
            .filter(|p| jaccard(p[0], p[1]) > 0.6)
            .count();
        assert_eq!(similar, 0, "individual responses are not near-copies");
    }

    #[test]
    fn every_kind_of_respondent_writes() {
        for n in [50, 300] {
            let batch = generate(DEFAULT_SEED, n);
            let count = |kind| batch.iter().filter(|s| s.person.kind == kind).count();
            assert!(count(RespondentKind::Resident) > n / 2);
            assert!(count(RespondentKind::Association) >= n / 20, "{n}");
            assert!(count(RespondentKind::Company) >= 2, "{n}");
            assert!(count(RespondentKind::PublicBody) >= 1, "{n}");
        }
    }

    #[test]
    fn texts_are_valid_varied_and_hold_no_cpr_number() {
        let batch = generate(DEFAULT_SEED, 1000);
        for s in &batch {
            assert!(app::response::text::ResponseText::parse(&s.text).is_ok());
            assert!(!app::respondent::contains_cpr(&s.text), "{}", s.text);
            assert!(!s.text.contains('{'), "an unfilled slot: {}", s.text);
        }
        let individual: Vec<&str> = batch
            .iter()
            .filter(|s| s.campaign.is_none() && s.text.len() > 120)
            .map(|s| s.text.as_str())
            .collect();
        let distinct: BTreeSet<&str> = individual.iter().copied().collect();
        assert!(distinct.len() * 100 >= individual.len() * 99);
        let lines = batch.iter().filter(|s| !s.text.contains('\n')).count();
        let long = batch
            .iter()
            .filter(|s| s.text.matches("\n\n").count() >= 4)
            .count();
        assert!(
            lines > 50 && long > 100,
            "{lines} one-paragraph, {long} long"
        );
    }

    #[test]
    fn some_point_at_a_paragraph_or_section_and_channels_vary() {
        let batch = generate(DEFAULT_SEED, 300);
        let paragraphs = batch
            .iter()
            .filter(|s| matches!(s.target, Target::Paragraph(_)))
            .count();
        assert!((60..150).contains(&paragraphs), "{paragraphs}");
        assert!(batch.iter().any(|s| matches!(s.target, Target::Section(_))));
        let channels: BTreeSet<&str> = batch.iter().map(|s| s.channel.as_str()).collect();
        assert_eq!(channels.len(), 4, "{channels:?}");
        let stances: BTreeSet<&str> = batch.iter().map(|s| s.stance.as_str()).collect();
        assert_eq!(stances.len(), 4);
    }
}
