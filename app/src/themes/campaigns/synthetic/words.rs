//! The building blocks of the synthetic hearing: Danish phrases about Copenhagen's
//! integration policy, and the two hand-written campaign letters.

/// The letter of the tests' large campaign (about 170 words).
pub const INTEGRATION_LETTER: &str = "Til Københavns Borgerrepræsentation. \
Vi skriver til jer, fordi forslaget til ny integrationspolitik efter vores opfattelse \
svigter de borgere, det handler om. Politikken lægger vægt på kontrol og krav, men siger \
næsten intet om, hvordan nyankomne familier faktisk får et arbejde, en bolig og et netværk \
i byen. Vi opfordrer derfor kommunen til at fastholde den gratis danskundervisning for \
alle voksne, også dem der arbejder om dagen, og til at udvide aftenholdene på \
sprogskolerne. Vi beder om, at lektiecaféerne og de boligsociale medarbejdere i \
Mjølnerparken, Tingbjerg og Akacieparken sikres penge i mindst fire år, så arbejdet ikke \
skal begynde forfra ved hvert budget. Endelig ønsker vi, at foreningerne inddrages, før \
politikken vedtages, og at kommunen hvert år gør offentligt rede for, hvor mange der er \
kommet i job eller uddannelse. Integration lykkes i hverdagen, i skolen, på \
arbejdspladsen og i idrætsklubben, ikke i kontrolskemaer. Vi håber, at I vil lytte til \
de mange københavnere, der står bag dette brev.";

/// The letter of the tests' second, smaller campaign (about 110 words).
pub const DAYCARE_LETTER: &str = "Kære politikere. Som forældre til børn i de \
københavnske daginstitutioner protesterer vi mod planen om at samle sprogstøtten i få \
centrale enheder. Vores børn lærer dansk bedst sammen med de voksne, de kender, i den \
stue, hvor de er hver dag. Sprogpædagogerne i vores institutioner har gjort en kæmpe \
forskel for mange familier, og det samarbejde vil gå tabt, hvis børnene skal køres \
rundt i byen. Vi foreslår i stedet, at pengene bruges på flere uddannede pædagoger og \
på kurser for forældrene om at læse højt på dansk derhjemme. Bevar sprogstøtten lokalt, \
hvor børnene er.";

/// How individual sentences begin (empty: the subject begins the sentence).
pub const OPENERS: &[&str] = &[
    "",
    "jeg mener, at",
    "det er min opfattelse, at",
    "jeg synes, at",
    "vi oplever, at",
    "jeg vil gerne påpege, at",
    "det er tydeligt, at",
    "mange af os føler, at",
    "som forælder ser jeg, at",
    "som nabo oplever jeg, at",
    "jeg er overbevist om, at",
    "det bekymrer mig, at",
    "jeg håber, at",
    "jeg frygter, at",
    "helt ærligt synes jeg, at",
    "min erfaring er, at",
    "det glæder mig, at",
    "man må erkende, at",
];

/// What sentences are about, by subject of the policy.
pub const SUBJECTS: &[&[&str]] = &[
    &[
        "jobcentrets indsats for nyankomne",
        "virksomhedspraktikken",
        "kravet om 37 timers arbejde",
        "mentorordningen for unge ledige",
        "samarbejdet med de lokale virksomheder",
        "opkvalificeringen af ufaglærte",
        "lærepladserne til unge med anden etnisk baggrund",
    ],
    &[
        "sprogstøtten til tosprogede elever",
        "modtageklasserne",
        "lektiecaféerne på biblioteket",
        "forældresamarbejdet i folkeskolen",
        "fordelingen af elever mellem skolerne",
        "undervisningen i modersmål",
        "skolernes samarbejde med klubberne",
    ],
    &[
        "de almene boligområder",
        "helhedsplanen for området",
        "udlejningsreglerne",
        "nedrivningen af familieboliger",
        "ungdomsboligerne i byen",
        "blandingen af ejer og leje",
        "de boligsociale medarbejdere",
    ],
    &[
        "de frivillige foreninger",
        "idrætsklubberne i lokalområdet",
        "støtten til foreningslivet",
        "kulturhusene og medborgerhusene",
        "frivillighedsstrategien",
        "lokaludvalgenes puljer",
        "natteravnene",
    ],
    &[
        "indsatsen mod diskrimination",
        "forskelsbehandlingen på arbejdsmarkedet",
        "kommunens egen rekruttering",
        "dørpolitikken i nattelivet",
        "klagemulighederne for borgerne",
        "arbejdet mod negativ social kontrol",
    ],
    &[
        "danskundervisningen for voksne",
        "sprogvurderingerne i daginstitutionerne",
        "vuggestuepladserne",
        "tolkebistanden",
        "åbningstiderne på sprogskolerne",
        "forældrekurserne",
        "sundhedsplejen for nye familier",
    ],
    &[
        "budgettet til integrationsområdet",
        "de økonomiske prioriteringer",
        "besparelserne på området",
        "finansieringen af politikken",
        "pengene til de boligsociale indsatser",
        "midlerne til opsøgende arbejde",
    ],
];

/// What is said about a subject.
pub const PREDICATES: &[&str] = &[
    "skal prioriteres højere i den kommende periode",
    "fortjener mere opmærksomhed fra politikerne",
    "bør styrkes markant",
    "er blevet forringet de seneste år",
    "fungerer godt og skal bevares",
    "kræver et tættere samarbejde med borgerne",
    "bør evalueres af en uafhængig instans",
    "er alt for bureaukratisk",
    "skal tilrettelægges i dialog med de berørte",
    "bliver slet ikke nævnt i forslaget",
    "er afgørende for sammenhængskraften i byen",
    "mangler konkrete mål",
    "skal have en længere tidshorisont",
    "bør gælde for hele kommunen",
    "virker ikke efter hensigten",
    "har hjulpet mange i min omgangskreds",
    "mangler en klar plan for opfølgning",
    "skal have langt flere ressourcer",
    "bør tage udgangspunkt i den enkeltes behov",
    "er for dårligt koordineret",
];

/// Why (appended to some sentences).
pub const REASONS: &[&str] = &[
    "fordi det rammer de svageste familier",
    "da mange ellers falder igennem",
    "så flere kan få fodfæste i byen",
    "hvilket jeg har set på nært hold",
    "især for kvinder og ældre",
    "og det haster",
    "selv om det koster penge på kort sigt",
    "fordi tilliden mellem borgere og kommune er lav",
    "da erfaringerne fra andre kommuner er gode",
    "for at undgå parallelsamfund",
    "så børnene får lige muligheder",
    "fordi de frivillige ikke kan løfte opgaven alene",
    "og det ved alle der bor her",
];

/// Where (inserted into some sentences).
pub const PLACES: &[&str] = &[
    "på Nørrebro",
    "i Tingbjerg",
    "i Mjølnerparken",
    "på Amager",
    "i Sydhavnen",
    "i Bispebjerg",
    "på Vesterbro",
    "i Valby",
    "i Husum",
    "på Østerbro",
    "i Brønshøj",
    "i hele København",
];

/// How some responses begin.
pub const INTROS: &[&str] = &[
    "Kære Københavns Kommune.",
    "Til Borgerrepræsentationen.",
    "Hej.",
    "Tak for muligheden for at komme med input.",
    "Her er mine kommentarer til integrationspolitikken.",
];

/// Who some respondents say they are (completed by [`FAMILIES`] or [`JOBS`]).
pub const FAMILIES: &[&str] = &[
    "min mand og tre børn",
    "min kone",
    "mine to døtre",
    "mine forældre",
    "min søn",
    "mine børn",
];

/// What some respondents work as.
pub const JOBS: &[&str] = &[
    "lærer",
    "pædagog",
    "sagsbehandler",
    "sygeplejerske",
    "frivillig lektiehjælper",
    "butiksassistent",
    "socialrådgiver",
    "buschauffør",
];

/// How some responses end (a name may follow).
pub const CLOSINGS: &[&str] = &[
    "Venlig hilsen",
    "Mvh.",
    "Tak for ordet.",
    "Med venlig hilsen",
];

/// First names of signatures.
pub const FIRST_NAMES: &[&str] = &[
    "Mette", "Lars", "Fatima", "Ahmed", "Sofie", "Jens", "Aylin", "Mikkel", "Hanne", "Omar",
    "Line", "Peter", "Zainab", "Søren", "Ida", "Yusuf",
];

/// Last names of signatures.
pub const LAST_NAMES: &[&str] = &[
    "Hansen",
    "Nielsen",
    "Jensen",
    "Pedersen",
    "Ali",
    "Yilmaz",
    "Andersen",
    "Christensen",
    "Larsen",
    "Hussein",
    "Sørensen",
    "Rasmussen",
    "Khan",
    "Madsen",
];

/// Very short responses, identical across respondents.
pub const SHORT: &[&str] = &[
    "Enig.",
    "Jeg støtter forslaget.",
    "Nej tak.",
    "Godt forslag!",
    "Jeg er imod.",
    "Helt enig i forslaget.",
];

/// Words that edits insert or substitute.
pub const FILLERS: &[&str] = &[
    "virkelig",
    "også",
    "meget",
    "helt",
    "klart",
    "altid",
    "især",
    "desværre",
    "faktisk",
    "absolut",
    "stadig",
    "nemlig",
];
