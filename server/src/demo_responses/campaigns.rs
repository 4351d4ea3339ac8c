//! Form-letter campaigns: a letter many residents send with small personal edits — a
//! sentence about themselves, a word changed, their own signature — as real campaigns arrive.

use app::response::submission::Stance;

use super::Subject;
use super::people::{AREAS, Area, Person};
use super::rng::Rng;

/// One campaign's letter and what its senders vary.
#[derive(Debug)]
pub struct Campaign {
    /// What the letter is about (and which paragraph it points at).
    pub subject: Subject,
    /// The stance its senders give.
    pub stance: Stance,
    /// Where the senders live, when the letter is local.
    pub area: Option<Area>,
    /// The letter; `{sted}` is the sender's neighbourhood, `{intro}` a personal sentence or
    /// nothing, `{a}`/`{b}` choices among [`Campaign::swaps`].
    pub letter: &'static str,
    /// Personal sentences a sender may add after the first paragraph.
    pub intros: &'static [&'static str],
    /// Alternatives for `{a}` and `{b}`.
    pub swaps: [&'static [&'static str]; 2],
    /// A sentence some senders add at the end.
    pub postscripts: &'static [&'static str],
}

/// The campaigns, in the order their members are allotted.
pub const CAMPAIGNS: [Campaign; 3] = [MOTHER_TONGUE, HOUSING, PREMISES];

const MOTHER_TONGUE: Campaign = Campaign {
    subject: Subject::Schooling,
    stance: Stance::Mixed,
    area: None,
    letter: "Til Beskæftigelses- og Integrationsudvalget\n\nJeg skriver som forælder til {a} i en københavnsk folkeskole.{intro}\n\nUdkastet til integrationspolitikken nævner med rette præstationsgabet mellem et- og tosprogede elever. Men det nævner ikke modersmålsundervisning, som {b} børnenes læring – også i dansk. Siden tilbuddet blev skåret ned, har mange familier ikke haft mulighed for at give deres børn undervisning i deres modersmål.\n\nJeg opfordrer derfor udvalget til\n- at genindføre gratis modersmålsundervisning for alle tosprogede elever, der ønsker det,\n- at undervisningen foregår på skolen i skoletiden eller lige efter,\n- at forældrene inddrages i, hvordan tilbuddet tilrettelægges.\n\nTosprogethed er en styrke for vores børn og for København.",
    intros: &[
        " Min datter taler somali derhjemme og dansk i skolen.",
        " Min søn gik til arabisk om lørdagen, men det har vi ikke længere råd til.",
        " Vores familie taler tyrkisk og dansk, og børnene skifter ubesværet mellem de to sprog.",
        " Jeg er selv lærer og ser hver dag, hvad et stærkt modersmål betyder.",
        " Vi bor i {sted}, og på vores skole er over halvdelen af eleverne tosprogede.",
    ],
    swaps: [
        &[
            "et tosproget barn",
            "to tosprogede børn",
            "tre tosprogede børn",
        ],
        &[
            "forskningen viser styrker",
            "al erfaring viser styrker",
            "beviseligt styrker",
        ],
    ],
    postscripts: &[
        "Tak, fordi I læser mit svar.",
        "Jeg håber, at I vil lytte til os forældre.",
    ],
};

const HOUSING: Campaign = Campaign {
    subject: Subject::Housing,
    stance: Stance::Oppose,
    area: Some(AREAS[2]),
    letter: "Jeg bor i de almene boliger i {sted}, og jeg vil gerne sige tydeligt: Integration sker ikke ved at rive boliger ned eller sælge dem.{intro}\n\nUdkastet glæder sig over, at antallet af udsatte områder er faldet. Men for os, der bor her, er området ikke et problem – det er {a}. Her har vi vores naboer, vores børns skole og vores foreninger.\n\nJeg beder {b} om\n1. at beboerne altid høres, før der træffes beslutninger om nedrivning, salg eller genhusning,\n2. at de boligsociale helhedsplaner bliver permanente,\n3. at der bygges flere almene boliger i hele byen, så blandede byområder ikke kun skabes ved at flytte os.",
    intros: &[
        " Jeg har boet her i {tal} år.",
        " Mine børn er født og opvokset her.",
        " Jeg sidder i afdelingsbestyrelsen og ved, hvor meget beboerne selv gør.",
        " Jeg flyttede hertil som flygtning og har aldrig haft lyst til at flytte igen.",
    ],
    swaps: [
        &[
            "vores hjem",
            "vores hjem og vores kvarter",
            "det sted, vi hører til",
        ],
        &["Borgerrepræsentationen", "udvalget", "politikerne"],
    ],
    postscripts: &[
        "Kom og besøg os, før I beslutter noget.",
        "Vi er ikke en ghetto. Vi er naboer.",
    ],
};

const PREMISES: Campaign = Campaign {
    subject: Subject::CivilSociety,
    stance: Stance::Support,
    area: None,
    letter: "Jeg er frivillig i en forening i {sted} og skriver for at støtte kravet om gratis lokaler til foreninger.{intro}\n\nUdkastet siger, at integration skal være et fælles ansvar, og at civilsamfundet skal inddrages langt mere. Det er jeg {a} enig i. Men i dag bruger mange foreninger en stor del af deres tid og penge på at finde og betale for lokaler.\n\nGiv foreningerne gratis adgang til skolernes, bibliotekernes og fritidscentrenes lokaler om aftenen og i weekenden. Det koster kommunen {b} og giver meget igen.",
    intros: &[
        " Vi laver lektiehjælp for børn to gange om ugen.",
        " Jeg træner et pigefodboldhold med spillere fra mange lande.",
        " Vores forening holder sprogcafé hver torsdag.",
    ],
    swaps: [
        &["helt", "fuldstændig", "meget"],
        &["meget lidt", "næsten ingenting", "få penge"],
    ],
    postscripts: &["Med venlig hilsen en engageret frivillig."],
};

/// How many of `total` campaign letters go to each campaign (each at least two, so that
/// every campaign has near-copies); fewer campaigns when there are few letters.
pub fn shares(total: usize) -> Vec<usize> {
    let campaigns = (total / 2).min(CAMPAIGNS.len());
    if campaigns == 0 {
        return Vec::new();
    }
    let weights = [5, 4, 3];
    let sum: usize = weights[..campaigns].iter().sum();
    let mut shares: Vec<usize> = weights[..campaigns]
        .iter()
        .map(|w| (total * w / sum).max(2))
        .collect();
    while shares.iter().sum::<usize>() > total {
        let largest = (0..shares.len()).max_by_key(|i| shares[*i]).unwrap_or(0);
        shares[largest] -= 1;
    }
    let missing = total - shares.iter().sum::<usize>();
    shares[0] += missing;
    shares
}

/// One member's copy of `campaign`, signed by `person`.
pub fn letter(rng: &mut Rng, campaign: &Campaign, person: &Person) -> String {
    let intro = if rng.chance(60) {
        rng.pick(campaign.intros)
    } else {
        ""
    };
    let mut text = campaign
        .letter
        .replace("{intro}", intro)
        .replace("{a}", rng.pick(campaign.swaps[0]))
        .replace("{b}", rng.pick(campaign.swaps[1]))
        .replace("{sted}", person.area)
        .replace("{tal}", &rng.between(4, 35).to_string());
    if rng.chance(35) {
        text.push_str("\n\n");
        text.push_str(rng.pick(campaign.postscripts));
    }
    let signature = if person.publish_name {
        format!("Med venlig hilsen\n{}", person.name)
    } else {
        format!("Venlig hilsen\n{}", person.first_name())
    };
    format!("{text}\n\n{signature}")
}

#[cfg(test)]
mod tests {
    use super::shares;

    #[test]
    fn campaign_shares_add_up_and_have_two_members_at_least() {
        for total in [0, 1, 2, 3, 5, 6, 7, 36, 600] {
            let s = shares(total);
            if total >= 2 {
                assert_eq!(s.iter().sum::<usize>(), total, "{total}: {s:?}");
            }
            assert!(s.iter().all(|n| *n >= 2), "{total}: {s:?}");
        }
        assert_eq!(shares(36), vec![15, 12, 9]);
    }
}
