//! Seeded synthetic Danish responses on six known topics, for tests and the benchmark.
//!
//! Each text is 20–60 words: about a third drawn from its topic's words (inflected forms,
//! compounds), a few from one other topic (responses stray), the rest common Danish words
//! every topic shares. The same seed gives the same texts.

use chrono::{TimeZone, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::search::document::IndexDoc;

/// The topics' names, in label order.
pub const TOPICS: [&str; 6] = [
    "beskæftigelse",
    "skole",
    "bolig",
    "diskrimination",
    "foreninger",
    "økonomi",
];

const JOBS: &str = "job jobbet arbejde arbejdsmarkedet beskæftigelse beskæftigelsen ledige ledighed \
    jobcentret jobcentre praktik praktikplads praktikpladser lærepladser \
    virksomheder virksomhederne arbejdsgivere ansættelse løntilskud kompetencer \
    mentor stillinger kollegaer arbejdspladsen fuldtid deltid sagsbehandler \
    jobsøgning";
const SCHOOL: &str = "skole skolen skolerne folkeskolen elever eleverne tosprogede tosproget lærere \
    lærerne klasse klasserne undervisning modersmålsundervisning sprogstøtte dansk \
    andetsprog børnehaveklassen lektiecafé skolebestyrelsen forældre forældrene \
    afgangsprøven sprogtest skoledistrikt pædagoger læsning fritidsordning";
const HOUSING: &str = "bolig boliger boligerne almene boligområde boligområder boligforeningen beboere \
    beboerne husleje huslejen lejlighed lejligheder nedrivning ghettoliste udsatte \
    kvarter kvarteret naboer genhusning ventelister renovering blok opgang \
    boligsocial anvisningsret friplejeboliger bebyggelse";
const DISCRIMINATION: &str = "diskrimination diskriminerende forskelsbehandling racisme racistiske fordomme \
    etnisk etniske baggrund hudfarve tørklæde religion muslimer ligebehandling \
    chikane krænkelser udelukket mistænkeliggjort stigmatisering hadforbrydelser \
    respekt minoriteter ansøgningen navnet afvist klage klagenævn ulighed";
const ASSOCIATIONS: &str = "forening foreningen foreninger foreningslivet frivillige frivillig frivilligt \
    civilsamfundet idrætsforening idræt fodbold klubben medlemmer medlemskab \
    fællesskab fællesskaber netværk kulturhus aktiviteter tilskud ildsjæle \
    bestyrelse samarbejde mødested sommerlejr kontingent lektiehjælp kvindegruppe";
const ECONOMY: &str = "økonomi økonomien økonomisk budget budgettet budgetter penge millioner kroner \
    udgifter udgifterne besparelser skatteyderne finansiering investering \
    investeringer omkostninger regnskab bevilling bevillinger ydelser kontanthjælp \
    integrationsydelse effektivisering prioritering takst underskud \
    samfundsøkonomisk";
const COMMON: &str = "kommunen kommunens borgere borgerne forslaget forslag planen politikken \
    integrationspolitikken mener synes vigtigt godt dårligt desuden samtidig derfor \
    gerne hele mange flere vores andre nye tid år høringen høringssvar indsats \
    indsatsen byrådet muligheder mennesker familier børn unge ældre hverdagen brug \
    behov tage give gøre se stor store lille lokale område fremtiden forandring \
    ønsker foreslår anbefaler også ikke bare helt rigtig vigtig tiltag erfaring \
    erfaringer";

/// The words of topic `label` (an index into [`TOPICS`]).
pub fn vocabulary(label: usize) -> Vec<&'static str> {
    let words = [JOBS, SCHOOL, HOUSING, DISCRIMINATION, ASSOCIATIONS, ECONOMY];
    words[label % TOPICS.len()].split_whitespace().collect()
}

/// One generated response: its topic and its text.
#[derive(Clone, Debug)]
pub struct Synthetic {
    /// Index into [`TOPICS`].
    pub label: usize,
    /// The response's text, 20–60 words.
    pub text: String,
}

/// `n` responses from `seed`, topics drawn uniformly.
pub fn responses(n: usize, seed: u64) -> Vec<Synthetic> {
    let mut rng = StdRng::seed_from_u64(seed);
    let topics: Vec<Vec<&str>> = (0..TOPICS.len()).map(vocabulary).collect();
    let common: Vec<&str> = COMMON.split_whitespace().collect();
    (0..n)
        .map(|_| {
            let label = rng.random_range(0..TOPICS.len());
            let stray = (label + rng.random_range(1..TOPICS.len())) % TOPICS.len();
            let sources = [&topics[label][..], &topics[stray][..], &common[..]];
            Synthetic {
                label,
                text: text(&mut rng, sources),
            }
        })
        .collect()
}

/// A word of `words`, earlier ones more often (roughly Zipf).
fn pick(rng: &mut StdRng, words: &[&'static str]) -> &'static str {
    let u: f64 = rng.random();
    let i = ((words.len() as f64).powf(u) - 1.0) as usize;
    words[i.min(words.len() - 1)]
}

/// Words from the topic (a third), another topic (a twentieth) and the common words.
fn text(rng: &mut StdRng, [topic, stray, common]: [&[&'static str]; 3]) -> String {
    let len = rng.random_range(20..=60);
    let mut words = Vec::with_capacity(len);
    for i in 0..len {
        let u: f64 = rng.random();
        let source = if u < 0.33 {
            topic
        } else if u < 0.38 {
            stray
        } else {
            common
        };
        let word = pick(rng, source);
        words.push(if i == 0 {
            capitalised(word)
        } else {
            word.to_owned()
        });
    }
    let mut out = words.join(" ");
    out.push('.');
    out
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `responses` as index documents of `hearing_id`, response ids 1.., Danish.
pub fn index_docs(responses: &[Synthetic], hearing_id: i32) -> Vec<IndexDoc> {
    let at = Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap();
    responses
        .iter()
        .zip(1..)
        .map(|(r, id)| IndexDoc {
            response_id: id,
            hearing_id,
            version: 1,
            submitted_at: at,
            language: Some("da".into()),
            keywords: Vec::new(),
            names: String::new(),
            private_text: r.text.clone(),
            public_text: None,
        })
        .collect()
}
