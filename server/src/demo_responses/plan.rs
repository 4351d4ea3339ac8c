//! The batch: who writes in which language, which letters belong to campaigns, and each
//! response's text, stance, channel and moment — from the seed alone.

use app::respondent::RespondentKind;
use app::response::submission::Stance;
use app::vocab::Channel;

use super::campaigns::{self, CAMPAIGNS};
use super::people::{self, Person};
use super::rng::Rng;
use super::{Brief, Lang, Length, Subject, texts_da, texts_other};

/// What a response is about in the draft. The number picks among the draft's paragraphs
/// (or sections) about the response's subject, so the plan needs no database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The hearing as a whole.
    Hearing,
    /// A section about the subject.
    Section(u32),
    /// A paragraph about the subject.
    Paragraph(u32),
}

/// One synthetic response, ready to be stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Synthetic {
    /// Who sent it.
    pub person: Person,
    /// The language it is written in.
    pub language: Lang,
    /// What it is mainly about.
    pub subject: Subject,
    /// For, against, mixed or none.
    pub stance: Stance,
    /// `web`, `email`, `letter` or `meeting`.
    pub channel: Channel,
    /// The text.
    pub text: String,
    /// When it was sent, as a fraction of the time the hearing has been open (0 ≤ at < 1).
    pub at: f64,
    /// Minutes from sending to the verification link being followed (0: registered).
    pub verified_after_minutes: i64,
    /// Where in the draft it points.
    pub target: Target,
    /// The campaign it belongs to (an index into [`CAMPAIGNS`]).
    pub campaign: Option<usize>,
}

/// Who writes one response, before the text is composed.
#[derive(Clone, Copy, Debug)]
struct Slot {
    lang: Lang,
    kind: RespondentKind,
    campaign: Option<usize>,
}

const STANCES: [(Stance, u32); 4] = [
    (Stance::Support, 28),
    (Stance::Oppose, 17),
    (Stance::Mixed, 35),
    (Stance::None, 20),
];
const CHANNELS: [(Channel, u32); 4] = [
    (Channel::Web, 86),
    (Channel::Email, 8),
    (Channel::Letter, 4),
    (Channel::Meeting, 2),
];
const LENGTHS: [(Length, u32); 4] = [
    (Length::Line, 10),
    (Length::Short, 32),
    (Length::Medium, 36),
    (Length::Long, 22),
];

/// `n` responses from `seed`, in the order they were sent. About 85 % are Danish, 7 %
/// English, 4 % Arabic and 4 % Turkish; about 12 % are campaign letters.
pub fn generate(seed: u64, n: usize) -> Vec<Synthetic> {
    let mut rng = Rng::new(seed);
    let slots = slots(&mut rng.fork(1), n);
    let mut launches = rng.fork(2);
    let launch: Vec<f64> = (0..CAMPAIGNS.len())
        .map(|_| 0.15 + 0.6 * launches.fraction())
        .collect();
    let mut out: Vec<Synthetic> = slots
        .iter()
        .enumerate()
        .map(|(i, slot)| compose(&mut rng.fork(1000 + i as u64), *slot, &launch))
        .collect();
    out.sort_by(|a, b| a.at.total_cmp(&b.at));
    out
}

/// Rounds `percent` of `n`.
fn quota(n: usize, percent: usize) -> usize {
    (n * percent + 50) / 100
}

fn slots(rng: &mut Rng, n: usize) -> Vec<Slot> {
    let shares = campaigns::shares(quota(n, 12));
    let mut slots = Vec::with_capacity(n);
    for (campaign, members) in shares.iter().enumerate() {
        let slot = Slot {
            lang: Lang::Da,
            kind: RespondentKind::Resident,
            campaign: Some(campaign),
        };
        slots.extend(std::iter::repeat_n(slot, *members));
    }
    let others = [(Lang::En, 7), (Lang::Ar, 4), (Lang::Tr, 4)];
    for (lang, percent) in others {
        slots.extend(std::iter::repeat_n(individual(lang), quota(n, percent)));
    }
    slots.resize(n, individual(Lang::Da));
    assign_kinds(rng, &mut slots);
    slots
}

fn individual(lang: Lang) -> Slot {
    Slot {
        lang,
        kind: RespondentKind::Resident,
        campaign: None,
    }
}

/// Associations, companies and public bodies among the individual Danish and English
/// letters (15, 7 and 5 %); some Arabic and Turkish letters come from associations.
fn assign_kinds(rng: &mut Rng, slots: &mut [Slot]) {
    let mut open: Vec<usize> = (0..slots.len())
        .filter(|i| slots[*i].campaign.is_none() && matches!(slots[*i].lang, Lang::Da | Lang::En))
        .collect();
    rng.shuffle(&mut open);
    let m = open.len();
    let kinds = [
        (RespondentKind::Association, quota(m, 15)),
        (RespondentKind::Company, quota(m, 7)),
        (RespondentKind::PublicBody, quota(m, 5)),
    ];
    let mut next = open.into_iter();
    for (kind, count) in kinds {
        for i in next.by_ref().take(count) {
            slots[i].kind = kind;
        }
    }
    for slot in slots.iter_mut() {
        if matches!(slot.lang, Lang::Ar | Lang::Tr) && rng.chance(25) {
            slot.kind = RespondentKind::Association;
        }
    }
}

fn compose(rng: &mut Rng, slot: Slot, launch: &[f64]) -> Synthetic {
    match slot.campaign {
        Some(c) => campaign_member(rng, c, launch[c]),
        None => individual_response(rng, slot),
    }
}

fn campaign_member(rng: &mut Rng, c: usize, launch: f64) -> Synthetic {
    let campaign = &CAMPAIGNS[c];
    let person = people::person(rng, RespondentKind::Resident, Lang::Da, campaign.area);
    Synthetic {
        text: campaigns::letter(rng, campaign, &person),
        person,
        language: Lang::Da,
        subject: campaign.subject,
        stance: campaign.stance,
        channel: Channel::Web,
        at: (launch + 0.2 * rng.fraction() * rng.fraction()).min(0.999),
        verified_after_minutes: rng.between(1, 90) as i64,
        target: if rng.chance(60) {
            Target::Paragraph(0)
        } else {
            Target::Hearing
        },
        campaign: Some(c),
    }
}

fn individual_response(rng: &mut Rng, slot: Slot) -> Synthetic {
    let person = people::person(rng, slot.kind, slot.lang, None);
    let subject = rng.weighted(&Subject::WEIGHTED);
    let mut aside = rng.weighted(&Subject::WEIGHTED);
    while aside == subject {
        aside = rng.weighted(&Subject::WEIGHTED);
    }
    let length = if person.kind.is_organisation() {
        rng.weighted(&[(Length::Medium, 45), (Length::Long, 55)])
    } else {
        rng.weighted(&LENGTHS)
    };
    let stance = rng.weighted(&STANCES);
    let brief = Brief {
        person: &person,
        subject,
        aside,
        stance,
        length,
    };
    let text = match slot.lang {
        Lang::Da => texts_da::compose(rng, &brief),
        other => texts_other::compose(rng, other, &brief),
    };
    let channel = rng.weighted(&CHANNELS);
    let target = match rng.below(100) {
        0..30 => Target::Paragraph(rng.next_u64() as u32),
        30..38 => Target::Section(rng.next_u64() as u32),
        _ => Target::Hearing,
    };
    Synthetic {
        stance,
        text,
        language: slot.lang,
        subject,
        channel,
        at: rng.fraction(),
        verified_after_minutes: if channel == Channel::Web {
            rng.between(1, 180) as i64
        } else {
            0
        },
        target,
        campaign: None,
        person,
    }
}
