//! Danish responses: an optional salutation, an opening that shows the stance, paragraphs
//! drawn from the subject's sentences, and a closing and signature fitting the respondent.

pub mod subjects;

use app::response::submission::Stance;

use super::rng::Rng;
use super::{Brief, Length, Subject};
use subjects::{Pool, pool};

const SALUTATIONS: [&str; 4] = [
    "Til Beskæftigelses- og Integrationsudvalget",
    "Kære politikere i Beskæftigelses- og Integrationsudvalget",
    "Til Beskæftigelses- og Integrationsforvaltningen",
    "Hej",
];

const OPEN_SUPPORT: [&str; 4] = [
    "Jeg vil gerne bakke op om udkastet til Københavns Integrationspolitik.",
    "Tak for et godt og gennemarbejdet udkast.",
    "Overordnet er udkastet et skridt i den rigtige retning.",
    "Jeg er glad for at se, at kommunen tager {emne} alvorligt.",
];
const OPEN_OPPOSE: [&str; 4] = [
    "Jeg er uenig i den retning, udkastet lægger op til.",
    "Udkastet lever desværre ikke op til de store ord om lige muligheder.",
    "Jeg må sige, at jeg er skuffet over udkastet, når det gælder {emne}.",
    "Politikken taler meget om principper, men for lidt om det, der sker i virkeligheden.",
];
const OPEN_MIXED: [&str; 3] = [
    "Der er meget godt i udkastet, men også noget, der mangler.",
    "Jeg er enig i målene, men ikke i vejen derhen.",
    "Udkastet har gode intentioner, men når det gælder {emne}, er det for uforpligtende.",
];
const OPEN_NONE: [&str; 3] = [
    "Her er mine kommentarer til udkastet.",
    "Jeg vil gerne knytte nogle bemærkninger til det, udkastet siger om {emne}.",
    "Jeg har læst høringsudkastet og har et par kommentarer.",
];
const OPEN_ORG: [&str; 3] = [
    "{org} takker for muligheden for at afgive høringssvar til Københavns Integrationspolitik 2011-2014.",
    "Hermed høringssvar fra {org} vedrørende udkastet til ny integrationspolitik.",
    "Vi har i {org} drøftet udkastet på vores seneste bestyrelsesmøde og vil gerne komme med følgende bemærkninger.",
];
const ASIDES: [&str; 3] = [
    "Jeg vil også gerne nævne {emne}.",
    "Et andet punkt er {emne}.",
    "Til sidst et par ord om {emne}.",
];
const PROPOSAL_LEADS: [&str; 4] = ["", "Mit forslag er derfor: ", "Et konkret forslag: ", ""];
const QUESTION_LEADS: [&str; 3] = ["", "Jeg har et spørgsmål: ", "Og så et spørgsmål: "];
const CLOSE_RESIDENT: [&str; 4] = [
    "Tak, fordi I lytter.",
    "Jeg håber, at mine kommentarer bliver taget med.",
    "Jeg ser frem til at følge arbejdet.",
    "Held og lykke med det videre arbejde.",
];
const CLOSE_ORG: [&str; 3] = [
    "Vi stiller os gerne til rådighed for en uddybning.",
    "Vi deltager gerne i det videre arbejde med politikken.",
    "Vi ser frem til et fortsat godt samarbejde.",
];

/// A Danish response as `brief` asks.
pub fn compose(rng: &mut Rng, brief: &Brief<'_>) -> String {
    let main = pool(brief.subject);
    let mut used = Vec::new();
    let org = brief.person.kind.is_organisation();
    let mut parts: Vec<String> = Vec::new();
    match brief.length {
        Length::Line => parts.push(one_line(rng, main)),
        Length::Short => {
            if rng.chance(50) {
                parts.push(opening(rng, brief).to_owned());
            }
            parts.push(paragraph(rng, main, org, (2, 2), &mut used));
        }
        Length::Medium => {
            if org || rng.chance(30) {
                parts.push(rng.pick(&SALUTATIONS).to_owned());
            }
            parts.push(opening(rng, brief).to_owned());
            parts.push(paragraph(rng, main, org, (3, 4), &mut used));
        }
        Length::Long => {
            parts.push(rng.pick(&SALUTATIONS).to_owned());
            parts.push(opening(rng, brief).to_owned());
            parts.push(paragraph(rng, main, org, (3, 4), &mut used));
            parts.push(paragraph(rng, main, org, (2, 3), &mut used));
            let aside = pool(brief.aside);
            let turn = rng.pick(&ASIDES).replace("{emne}", topic(brief.aside));
            let more = paragraph(rng, aside, org, (2, 2), &mut used);
            parts.push(format!("{turn} {more}"));
        }
    }
    if brief.length != Length::Line {
        parts.extend(closing(rng, brief));
    }
    fill(rng, &parts.join("\n\n"), brief)
}

/// How a subject is named in running text.
pub fn topic(subject: Subject) -> &'static str {
    match subject {
        Subject::Employment => "beskæftigelsen",
        Subject::Schooling => "de tosprogede elever",
        Subject::Housing => "boligområderne",
        Subject::Discrimination => "diskriminationen",
        Subject::CivilSociety => "civilsamfundet og foreningerne",
        Subject::Economy => "økonomien",
        Subject::Policy => "politikkens opbygning",
    }
}

fn one_line(rng: &mut Rng, main: &Pool) -> String {
    let list = if rng.chance(60) {
        main.views
    } else {
        main.proposals
    };
    rng.pick(list).to_owned()
}

fn opening(rng: &mut Rng, brief: &Brief<'_>) -> &'static str {
    if brief.person.kind.is_organisation() && rng.chance(75) {
        return rng.pick(&OPEN_ORG);
    }
    match brief.stance {
        Stance::Support => rng.pick(&OPEN_SUPPORT),
        Stance::Oppose => rng.pick(&OPEN_OPPOSE),
        Stance::Mixed => rng.pick(&OPEN_MIXED),
        Stance::None => rng.pick(&OPEN_NONE),
    }
}

/// `low..=high` sentences about one subject: opinions first, then experience, a question,
/// a proposal.
fn paragraph(
    rng: &mut Rng,
    pool: &Pool,
    org: bool,
    (low, high): (usize, usize),
    used: &mut Vec<&'static str>,
) -> String {
    let n = rng.between(low, high);
    let experience = if org { pool.ours } else { pool.personal };
    let mut order: Vec<(&[&'static str], &[&str])> = vec![(pool.views, &[""])];
    if rng.chance(70) {
        order.push((experience, &[""]));
    }
    if rng.chance(40) {
        order.push((pool.questions, &QUESTION_LEADS));
    }
    order.push((pool.proposals, &PROPOSAL_LEADS));
    let mut sentences = Vec::new();
    for round in 0..n {
        let (list, leads) = order[(round * order.len() / n.max(1)).min(order.len() - 1)];
        if let Some(sentence) = fresh(rng, list, used) {
            sentences.push(format!("{}{sentence}", rng.pick(leads)));
        }
    }
    sentences.join(" ")
}

/// A sentence of `list` not used yet in this response.
fn fresh(rng: &mut Rng, list: &[&'static str], used: &mut Vec<&'static str>) -> Option<String> {
    let start = rng.below(list.len());
    let found = (0..list.len())
        .map(|i| list[(start + i) % list.len()])
        .find(|s| !used.contains(s))?;
    used.push(found);
    Some(found.to_owned())
}

/// The last sentence and the signature.
fn closing(rng: &mut Rng, brief: &Brief<'_>) -> Vec<String> {
    let p = brief.person;
    let mut lines = Vec::new();
    if p.kind.is_organisation() {
        lines.push(rng.pick(&CLOSE_ORG).to_owned());
        let org = p.organisation.as_deref().unwrap_or_default();
        let role = p.contact_role.as_deref().unwrap_or_default();
        lines.push(if rng.chance(60) {
            format!("Med venlig hilsen\n\n{}\n{role}, {org}", p.name)
        } else {
            format!("På vegne af {org}\n{}, {role}", p.name)
        });
        return lines;
    }
    if brief.length == Length::Long || rng.chance(40) {
        lines.push(rng.pick(&CLOSE_RESIDENT).to_owned());
    }
    let signature = match (p.publish_name, rng.below(3)) {
        (true, 0) => format!("Med venlig hilsen\n{}", p.name),
        (true, 1) => format!("Venlig hilsen\n{}, {}", p.name, p.area),
        (true, _) => format!("Mvh. {}", p.name),
        (false, 0) => format!("Venlig hilsen\n{}", p.first_name()),
        (false, 1) => format!("En borger fra {}", p.area),
        (false, _) => String::new(),
    };
    if !signature.is_empty() {
        lines.push(signature);
    }
    lines
}

/// Fills the slots: `{sted}`, `{tal}`, `{emne}`, `{org}`.
fn fill(rng: &mut Rng, text: &str, brief: &Brief<'_>) -> String {
    let org = brief.person.organisation.as_deref().unwrap_or_default();
    text.replace("{sted}", brief.person.area)
        .replace("{tal}", &rng.between(3, 40).to_string())
        .replace("{emne}", topic(brief.subject))
        .replace("{org}", org)
}
