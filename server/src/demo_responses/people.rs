//! Who writes the synthetic responses: residents with names from Copenhagen's many
//! backgrounds and a home in one of its neighbourhoods, and (invented) associations,
//! companies with a CVR number that passes the modulus-11 check, and public institutions.

use app::respondent::RespondentKind;

use super::Lang;
use super::rng::Rng;

/// A neighbourhood and its postal code.
pub type Area = (&'static str, &'static str);

/// Neighbourhoods residents live in (the `{sted}` of the texts).
pub const AREAS: [Area; 16] = [
    ("Nørrebro", "2200"),
    ("Mjølnerparken", "2200"),
    ("Tingbjerg", "2700"),
    ("Husum", "2700"),
    ("Bispebjerg", "2400"),
    ("Nordvest", "2400"),
    ("Sydhavnen", "2450"),
    ("Kongens Enghave", "2450"),
    ("Valby", "2500"),
    ("Akacieparken", "2500"),
    ("Urbanplanen", "2300"),
    ("Amager Øst", "2300"),
    ("Vanløse", "2720"),
    ("Østerbro", "2100"),
    ("Vesterbro", "1620"),
    ("Indre By", "1150"),
];

const FIRST_DA: [&str; 24] = [
    "Anne", "Mette", "Lars", "Søren", "Karen", "Henrik", "Louise", "Jens", "Camilla", "Mads",
    "Birgit", "Peter", "Ida", "Rasmus", "Signe", "Thomas", "Hanne", "Jonas", "Line", "Ole", "Maja",
    "Niels", "Sofie", "Kim",
];
const LAST_DA: [&str; 16] = [
    "Hansen",
    "Jensen",
    "Nielsen",
    "Pedersen",
    "Andersen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Christensen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Holm",
    "Bach",
];
const FIRST_NEW: [&str; 20] = [
    "Fatima", "Ahmed", "Hodan", "Amina", "Omar", "Zainab", "Yusuf", "Samira", "Hassan", "Leyla",
    "Abdi", "Mariam", "Bilal", "Nadia", "Khalid", "Asma", "Tariq", "Hibo", "Jamal", "Sana",
];
const LAST_NEW: [&str; 12] = [
    "Hassan",
    "Mohamed",
    "Abdullahi",
    "Khan",
    "Ali",
    "Ibrahim",
    "Farah",
    "Said",
    "Hussein",
    "Nguyen",
    "Rahimi",
    "Osman",
];
const NAMES_EN: [&str; 10] = [
    "Emily Carter",
    "James O'Neill",
    "Priya Sharma",
    "Lukas Schmidt",
    "Sarah Mitchell",
    "Daniel Kowalski",
    "Grace Okafor",
    "Tom Fischer",
    "Ana Rodrigues",
    "Michael Chen",
];
const NAMES_AR: [&str; 10] = [
    "Ahmad Haddad",
    "Fatima Al-Sayed",
    "Mohammed Ibrahim",
    "Nour Hassan",
    "Khaled Mansour",
    "Rania Saleh",
    "Yousef Khalil",
    "Mariam Abbas",
    "Samir Nasser",
    "Huda Darwish",
];
const NAMES_TR: [&str; 10] = [
    "Mehmet Yılmaz",
    "Ayşe Demir",
    "Emre Kaya",
    "Elif Öztürk",
    "Hüseyin Çelik",
    "Zeynep Arslan",
    "Murat Şahin",
    "Fatma Doğan",
    "Hakan Aydın",
    "Sevgi Koç",
];

/// Invented associations, each with its usual spokesperson's role.
const ASSOCIATIONS: [(&str, &str); 16] = [
    ("Forældreforeningen i Nordvest", "formand"),
    ("Lektiecaféen på Ydre Nørrebro", "koordinator"),
    ("Kvindenetværket i Tingbjerg", "formand"),
    ("Sydhavn Stars Idrætsforening", "formand"),
    ("Foreningen af Nydanske Iværksættere", "sekretariatsleder"),
    ("Somalisk Forældreforening København", "næstformand"),
    ("Dansk-Tyrkisk Kulturforening Valby", "formand"),
    ("Arabisk Kulturforening Amager", "bestyrelsesmedlem"),
    ("Frivilligcenter Bispebjerg", "leder"),
    ("Lejerforeningen Akacieparken", "formand"),
    ("Foreningen Lige Muligheder", "talsperson"),
    ("Netværket mod Diskrimination i København", "koordinator"),
    ("Beboerbestyrelsen i Urbanplanen", "formand"),
    ("Husum Boldklub", "ungdomsformand"),
    ("Studiekredsen for Voksne Tosprogede", "underviser"),
    ("Mødrecaféen på Vesterbro", "frivillig koordinator"),
];

/// Invented companies and their spokesperson's role.
const COMPANIES: [(&str, &str); 10] = [
    ("Nordvest Rengøring ApS", "direktør"),
    ("Amager Byg & Anlæg A/S", "HR-chef"),
    ("Café Mosaik ApS", "indehaver"),
    ("Sydhavn Logistik A/S", "personalechef"),
    ("Valby Tømrer- og Snedkerfirma ApS", "indehaver"),
    ("Nørrebro IT-Service ApS", "direktør"),
    ("Storbyens Vikarservice A/S", "rekrutteringschef"),
    ("Tingbjerg Bageri ApS", "indehaver"),
    ("Brønshøj Auto ApS", "værkfører"),
    ("Hotel Kastellet Drift ApS", "HR-partner"),
];

/// Invented public institutions and their spokesperson's role.
const PUBLIC_BODIES: [(&str, &str); 6] = [
    ("Nørrebro Bibliotek", "biblioteksleder"),
    ("Valby Ungdomsskole", "viceskoleleder"),
    ("Sundhedshuset Nordvest", "leder"),
    ("Fritidscentret i Husum", "pædagogisk leder"),
    ("Skolebestyrelsen ved Fælledskolen", "formand"),
    ("Jobcentrets Medarbejderudvalg", "næstformand"),
];

/// A respondent as the `respondent` row needs it, and the neighbourhood they write from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Resident, association, company or public body.
    pub kind: RespondentKind,
    /// The person's name (for organisations: the contact person).
    pub name: String,
    /// The organisation, for all but residents.
    pub organisation: Option<String>,
    /// The contact person's role in the organisation.
    pub contact_role: Option<String>,
    /// A company's CVR number.
    pub cvr: Option<String>,
    /// The e-mail address (an example domain).
    pub email: String,
    /// A resident's postal code.
    pub postal_code: Option<String>,
    /// The neighbourhood the texts name.
    pub area: &'static str,
    /// Whether a resident let the name be published (organisations always are).
    pub publish_name: bool,
}

impl Person {
    /// The first name, for informal signatures.
    pub fn first_name(&self) -> &str {
        self.name.split(' ').next().unwrap_or(&self.name)
    }
}

/// A respondent of `kind` writing in `lang`, living in `area` (or a random one).
pub fn person(rng: &mut Rng, kind: RespondentKind, lang: Lang, area: Option<Area>) -> Person {
    let area = area.unwrap_or_else(|| rng.pick(&AREAS));
    let name = name(rng, lang);
    let (organisation, contact_role) = match kind {
        RespondentKind::Resident => (None, None),
        RespondentKind::Association => organisation(rng, &ASSOCIATIONS),
        RespondentKind::Company => organisation(rng, &COMPANIES),
        RespondentKind::PublicBody => organisation(rng, &PUBLIC_BODIES),
    };
    let resident = kind == RespondentKind::Resident;
    Person {
        kind,
        email: email(rng, &name),
        cvr: (kind == RespondentKind::Company).then(|| cvr(rng)),
        postal_code: resident.then(|| area.1.to_owned()),
        area: area.0,
        publish_name: !resident || rng.chance(40),
        name,
        organisation,
        contact_role,
    }
}

fn name(rng: &mut Rng, lang: Lang) -> String {
    match lang {
        Lang::En => rng.pick(&NAMES_EN).to_owned(),
        Lang::Ar => rng.pick(&NAMES_AR).to_owned(),
        Lang::Tr => rng.pick(&NAMES_TR).to_owned(),
        Lang::Da if rng.chance(35) => {
            format!("{} {}", rng.pick(&FIRST_NEW), rng.pick(&LAST_NEW))
        }
        Lang::Da => format!("{} {}", rng.pick(&FIRST_DA), rng.pick(&LAST_DA)),
    }
}

fn organisation(rng: &mut Rng, list: &[(&str, &str)]) -> (Option<String>, Option<String>) {
    let (name, role) = rng.pick(list);
    (Some(name.to_owned()), Some(role.to_owned()))
}

/// An address at an example domain made from the name: "Søren Ølgaard" → "soeren.oelgaard".
fn email(rng: &mut Rng, name: &str) -> String {
    let mut local = String::new();
    for c in name.to_lowercase().chars() {
        match c {
            'æ' => local.push_str("ae"),
            'ø' | 'ö' => local.push_str("oe"),
            'å' => local.push_str("aa"),
            'ü' => local.push_str("ue"),
            'ı' => local.push('i'),
            'ş' => local.push('s'),
            'ç' => local.push('c'),
            'ğ' => local.push('g'),
            ' ' | '-' => local.push('.'),
            c if c.is_ascii_alphanumeric() => local.push(c),
            _ => {}
        }
    }
    let domain = rng.pick(&["example.dk", "example.com", "example.net", "example.org"]);
    format!("{local}{}@{domain}", rng.below(100))
}

/// Eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11.
pub fn cvr(rng: &mut Rng) -> String {
    const WEIGHTS: [usize; 7] = [2, 7, 6, 5, 4, 3, 2];
    loop {
        let mut digits: Vec<usize> = (0..7).map(|_| rng.below(10)).collect();
        digits[0] = rng.between(1, 9);
        let sum: usize = digits.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
        let check = (11 - sum % 11) % 11;
        if check < 10 {
            digits.push(check);
            return digits.iter().map(|d| char::from(b'0' + *d as u8)).collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_cvr_numbers_pass_the_check() {
        let mut rng = Rng::new(3);
        for _ in 0..500 {
            let number = cvr(&mut rng);
            assert_eq!(
                app::respondent::Cvr::parse(&number).unwrap().as_str(),
                number
            );
        }
    }

    #[test]
    fn every_kind_gets_the_fields_it_needs() {
        let mut rng = Rng::new(4);
        for kind in [
            RespondentKind::Resident,
            RespondentKind::Association,
            RespondentKind::Company,
            RespondentKind::PublicBody,
        ] {
            for lang in [Lang::Da, Lang::En, Lang::Ar, Lang::Tr] {
                let p = person(&mut rng, kind, lang, None);
                assert!(
                    app::respondent::Email::parse(&p.email).is_ok(),
                    "{}",
                    p.email
                );
                assert!(p.email.is_ascii(), "{}", p.email);
                assert_eq!(p.organisation.is_some(), kind.is_organisation());
                assert_eq!(p.cvr.is_some(), kind == RespondentKind::Company);
                let code = p.postal_code.as_deref();
                assert!(code.is_none_or(|c| app::respondent::PostalCode::parse(c).is_some()));
            }
        }
    }
}
