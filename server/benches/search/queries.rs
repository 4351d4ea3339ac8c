//! The 20 fixed queries, what each is meant to find (a test over the labels), and recall.

use super::corpus::{Corpus, Label, Sub};

/// One fixed query.
pub struct Query {
    /// The search box's text (tantivy).
    pub text: &'static str,
    /// The same for `websearch_to_tsquery` (field filters are not its syntax).
    pub pg_text: &'static str,
    /// The respondent kind filter PostgreSQL applies in SQL.
    pub pg_kind: Option<&'static str>,
    /// A word that Danish writes inside compounds: its recall is shown with and without
    /// compound splitting.
    pub compound: bool,
    /// The ground truth: is this response what the query looks for?
    pub relevant: fn(&Label) -> bool,
}

const HOUSING: [Sub; 3] = [Sub::SocialHousing, Sub::Areas, Sub::YouthHousing];

const fn q(text: &'static str, compound: bool, relevant: fn(&Label) -> bool) -> Query {
    Query {
        text,
        pg_text: text,
        pg_kind: None,
        compound,
        relevant,
    }
}

/// The fixed queries: plain words, inflections, two phrases, two ORs, an exclusion, a field
/// filter, an English query, and six words Danish writes inside compounds.
pub const QUERIES: [Query; 20] = [
    q("bolig", true, |l| l.any(&HOUSING)),
    Query {
        text: "boliger type:association",
        pg_text: "boliger",
        pg_kind: Some("association"),
        compound: false,
        relevant: |l| l.any(&HOUSING) && l.kind == "association",
    },
    q("integration", true, |l| l.has(Sub::Policy)),
    q("integrationspolitikken", false, |l| l.has(Sub::Policy)),
    q("skole", true, |l| l.any(&[Sub::Schools, Sub::Bilingual])),
    q("tosprogede elever", false, |l| l.has(Sub::Bilingual)),
    q("\"almene boliger\"", false, |l| l.has(Sub::SocialHousing)),
    q("praktik OR lærepladser", false, |l| l.has(Sub::Internship)),
    q("bolig -ungdomsboliger", false, |l| {
        l.any(&[Sub::SocialHousing, Sub::Areas])
            && !l.has(Sub::YouthHousing)
            && l.aside != Some(Sub::YouthHousing)
    }),
    q("diskrimination", false, |l| l.has(Sub::Discrimination)),
    q("forskelsbehandling arbejdsmarkedet", false, |l| {
        l.has(Sub::Discrimination) && l.any(&[Sub::Jobs, Sub::Internship])
    }),
    q("foreninger frivillige", false, |l| {
        l.any(&[Sub::Associations, Sub::Volunteers])
    }),
    q("forening", true, |l| l.has(Sub::Associations)),
    q("økonomi budget", false, |l| l.has(Sub::Economy)),
    q("danskundervisning", false, |l| l.has(Sub::DanishClasses)),
    q("sprog", true, |l| {
        l.any(&[Sub::DanishClasses, Sub::Bilingual])
    }),
    q("beskæftigelse", true, |l| l.has(Sub::Jobs)),
    q("daginstitution", false, |l| l.has(Sub::Daycare)),
    q("\"negativ social kontrol\"", false, |l| {
        l.has(Sub::Equality)
    }),
    q("housing", false, |l| l.lang == "en" && l.any(&HOUSING)),
];

/// How many responses `query` is meant to find.
pub fn relevant_count(corpus: &Corpus, query: &Query) -> usize {
    corpus.labels.iter().filter(|l| (query.relevant)(l)).count()
}

fn is_relevant(corpus: &Corpus, query: &Query, id: i32) -> bool {
    (query.relevant)(&corpus.labels[id as usize - 1])
}

/// Relevant responses among the first 10 hits / min(10, relevant responses).
pub fn recall_at_10(corpus: &Corpus, query: &Query, hits: &[i32], relevant: usize) -> f64 {
    if relevant == 0 {
        return 1.0;
    }
    let found = hits
        .iter()
        .take(10)
        .filter(|id| is_relevant(corpus, query, **id))
        .count();
    found as f64 / relevant.min(10) as f64
}

/// The share of the relevant responses that match at all, and of the matches that are
/// relevant: (recall, precision) over every match.
pub fn coverage(corpus: &Corpus, query: &Query, matches: &[i32], relevant: usize) -> (f64, f64) {
    let found = matches
        .iter()
        .filter(|id| is_relevant(corpus, query, **id))
        .count();
    let recall = if relevant == 0 {
        1.0
    } else {
        found as f64 / relevant as f64
    };
    let precision = if matches.is_empty() {
        1.0
    } else {
        found as f64 / matches.len() as f64
    };
    (recall, precision)
}
