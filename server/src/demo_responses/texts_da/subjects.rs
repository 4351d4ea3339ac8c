//! Danish sentences per subject of the draft, written as høringssvar are: opinions, a
//! resident's own experience, an organisation's experience, questions and proposals.
//! Slots: `{sted}` the respondent's neighbourhood, `{tal}` a small number.

use crate::demo_responses::Subject;

/// The sentences about one subject.
#[derive(Debug)]
pub struct Pool {
    /// Opinions anyone may hold.
    pub views: &'static [&'static str],
    /// A resident's own experience, in the first person.
    pub personal: &'static [&'static str],
    /// An organisation's experience ("vi", "vores").
    pub ours: &'static [&'static str],
    /// Questions to the committee.
    pub questions: &'static [&'static str],
    /// Proposals, as full sentences (they follow a colon).
    pub proposals: &'static [&'static str],
}

/// The Danish sentences about `subject`.
pub fn pool(subject: Subject) -> &'static Pool {
    match subject {
        Subject::Employment => &EMPLOYMENT,
        Subject::Schooling => &SCHOOLING,
        Subject::Housing => &HOUSING,
        Subject::Discrimination => &DISCRIMINATION,
        Subject::CivilSociety => &CIVIL_SOCIETY,
        Subject::Economy => &ECONOMY,
        Subject::Policy => &POLICY,
    }
}

static EMPLOYMENT: Pool = Pool {
    views: &[
        "Beskæftigelse er den vigtigste vej til integration, og det skal politikken sige tydeligt.",
        "Det er positivt, at beskæftigelsen blandt etniske minoriteter er steget, men der står stadig alt for mange uden for arbejdsmarkedet.",
        "Mange nyankomne har en uddannelse fra hjemlandet, som aldrig bliver brugt, fordi den ikke bliver anerkendt i Danmark.",
        "Jobcentret må ikke kun tælle, hvor mange der kommer i aktivering, men om de faktisk får et job bagefter.",
        "Sprog og job hænger sammen: Man lærer dansk hurtigst på en arbejdsplads med danske kolleger.",
        "Kvinder med minoritetsbaggrund står oftere uden for arbejdsmarkedet, og det kræver en særlig indsats, ikke flere kurser.",
        "Udkastet nævner virksomhederne som aktører, men siger ikke, hvad kommunen vil gøre for at få dem med.",
        "Kommunen er selv en af byens største arbejdspladser og bør gå foran med praktikpladser og elevstillinger.",
    ],
    personal: &[
        "Jeg har en ingeniøruddannelse fra Irak og har i fire år arbejdet som rengøringsassistent, fordi ingen ville se på mit CV.",
        "Min mand fik job gennem en virksomhedspraktik i {sted}, og det har ændret hele familiens hverdag.",
        "Jeg har søgt over {tal} stillinger og er kun blevet kaldt til samtale to gange.",
        "Min søn har gået på jobcentret i to år og har haft fire forskellige sagsbehandlere.",
        "Da jeg kom til Danmark, var det en praktikplads i et supermarked, der gav mig både sproget og mine første danske venner.",
    ],
    ours: &[
        "Vi har gode erfaringer med at ansætte medarbejdere med anden etnisk baggrund, men vi bruger for meget tid på papirarbejdet omkring løntilskud.",
        "Vi møder hver uge unge, der har gennemført en uddannelse, men ikke kan finde et job.",
        "Vi har haft {tal} personer i virksomhedspraktik det seneste år, og flere af dem er i dag fastansat.",
        "Vores erfaring er, at mentorordninger på arbejdspladsen virker bedre end lange kursusforløb.",
    ],
    questions: &[
        "Hvordan vil kommunen måle, om beskæftigelsesindsatsen virker for dem, der har været længst tid uden job?",
        "Hvorfor står der ikke noget om anerkendelse af udenlandske uddannelser i udkastet?",
        "Hvem skal virksomhederne kontakte, hvis de gerne vil tage flere i praktik?",
    ],
    proposals: &[
        "Der bør være en fast virksomhedskontakt i hver bydel, som virksomhederne kan ringe direkte til.",
        "Kommunen bør oprette flere sprogpraktikker, hvor danskundervisning og arbejde foregår samtidig.",
        "Jobcentret skal kunne følge den enkelte i mindst et halvt år efter ansættelsen.",
        "Sæt et konkret mål for, hvor mange elevpladser kommunens egne arbejdspladser skal tilbyde.",
    ],
};

static SCHOOLING: Pool = Pool {
    views: &[
        "Præstationsgabet mellem et- og tosprogede elever er den største udfordring i politikken, og det skal have topprioritet.",
        "Det er bekymrende, at frafaldet på ungdomsuddannelserne blandt tosprogede ikke er faldet de sidste fire år.",
        "Tosprogethed er en ressource og ikke et problem, og det bør politikken sige højt.",
        "Modersmålsundervisning styrker børnenes dansk, og det var en fejl at skære den væk.",
        "Sprogstøtten skal begynde i daginstitutionen og ikke først, når barnet starter i skole.",
        "Nogle skoler har langt over halvdelen tosprogede elever, mens skolen få kilometer væk næsten ingen har.",
        "Forældresamarbejdet er nøglen: Mange forældre vil gerne hjælpe, men forstår ikke, hvad skolen forventer.",
        "Lærerne mangler uddannelse i dansk som andetsprog.",
    ],
    personal: &[
        "Mine to børn går i skole i {sted}, og lærerne gør alt, hvad de kan, men klasserne er for store.",
        "Min datter taler arabisk derhjemme og dansk i skolen, og hun er en af de dygtigste i sin klasse.",
        "Vi flyttede vores søn til en privatskole, fordi der ikke var nogen ekstra hjælp i hans klasse.",
        "Som mor har jeg aldrig fået et brev fra skolen, jeg kunne læse uden hjælp fra min ældste søn.",
        "Jeg er selv vokset op i {sted} og var den første i min familie, der blev student. Det skyldtes en lærer, der troede på mig.",
    ],
    ours: &[
        "I vores lektiecafé kommer der hver uge {tal} elever, og de fleste har ingen derhjemme, der kan hjælpe med matematik.",
        "Vi har undervist børn i modersmål om lørdagen i mange år, og forældrene efterspørger det mere end nogensinde.",
        "Vi har set, hvordan en fast tosprogskoordinator har forbedret forældresamarbejdet på skolen.",
    ],
    questions: &[
        "Hvorfor er modersmålsundervisning ikke nævnt med ét ord i udkastet?",
        "Hvordan vil kommunen sikre, at de ekstra ressourcer når ud til de skoler, der har flest tosprogede elever?",
        "Hvad er målet for frafaldet på ungdomsuddannelserne i 2014, og hvem har ansvaret for at nå det?",
    ],
    proposals: &[
        "Genindfør gratis modersmålsundervisning for alle tosprogede elever, der ønsker det.",
        "Ansæt flere tosprogede lærere og pædagoger, så børnene møder rollemodeller i hverdagen.",
        "Lav en fast ordning med mentorer fra ungdomsuddannelserne, der følger eleverne fra 9. klasse.",
        "Brug tolk ved alle forældremøder og skole-hjem-samtaler, hvor der er behov for det.",
    ],
};

static HOUSING: Pool = Pool {
    views: &[
        "Det er godt, at antallet af udsatte boligområder er faldet, men det må ikke ske ved blot at flytte problemerne til andre bydele.",
        "Blandede boligområder kræver, at der bygges billige boliger i hele byen, også i de dyre kvarterer.",
        "Når man kalder et område for en ghetto, gør det det sværere for de unge derfra at få job.",
        "Nedrivning af almene boliger er ikke integration; det er at tvinge familier væk fra deres netværk.",
        "Den boligsociale indsats virker, når den er langsigtet, og ikke når projekterne stopper efter tre år.",
        "Kommunens anvisningsret bør bruges, så nogle områder ikke får alle de svageste familier.",
        "Boligpriserne gør det næsten umuligt for unge familier med almindelige indkomster at blive i byen.",
    ],
    personal: &[
        "Jeg har boet i {sted} i {tal} år, og jeg kender mine naboer bedre, end folk i villakvartererne kender deres.",
        "Vi står på venteliste til en større lejlighed, men der sker ingenting, og vi bor fem personer i to værelser.",
        "Da jeg flyttede til {sted}, var der ingen, der sagde hej på trappen. I dag laver vi mad sammen hver fredag.",
        "Min søn fik nej til en lejlighed, og udlejeren sagde direkte, at det var på grund af hans navn.",
        "Der er blevet mere trygt i {sted}, efter at der er kommet flere aktiviteter for de unge om aftenen.",
    ],
    ours: &[
        "Vores boligafdeling har i flere år haft en boligsocial medarbejder, og det har halveret uroen i opgangene.",
        "Beboerdemokratiet er stærkt hos os, men kommunen spørger os sjældent, før der træffes beslutninger.",
        "Vi har gode erfaringer med lektiehjælp og fritidsjob for de unge i området.",
    ],
    questions: &[
        "Hvad betyder det konkret for beboerne i de udsatte områder, at de skal være en del af løsningen?",
        "Hvor skal de familier bo, som må flytte, når der bygges om?",
        "Hvordan vil kommunen sikre, at der også bygges almene boliger i Ørestad og på Nordhavn?",
    ],
    proposals: &[
        "Gør de boligsociale helhedsplaner permanente i de områder, hvor de har vist resultater.",
        "Beboerne skal høres, før der træffes beslutning om nedrivning eller salg af boliger.",
        "Mindst en fjerdedel af alle nye boliger i byen bør være almene.",
        "Flyt kommunale arbejdspladser og tilbud ud i de udsatte boligområder.",
    ],
};

static DISCRIMINATION: Pool = Pool {
    views: &[
        "Det er meget alvorligt, at 23 procent af indvandrerne og efterkommerne har oplevet diskrimination inden for det seneste år.",
        "Diskrimination rammer ikke kun dem, der udsættes for den; den svækker tilliden til hele samfundet.",
        "Det er godt, at udkastet tager den oplevede diskrimination alvorligt, men der mangler konkrete mål.",
        "Diskrimination på arbejdsmarkedet og i nattelivet er velkendt, og kommunen bør gøre mere for at dokumentere den.",
        "Man skal passe på med at gøre alle minoritetsborgere til ofre; de fleste klarer sig godt.",
        "Kommunen må også se indad: Hvor mange medarbejdere med minoritetsbaggrund er der i ledelsen?",
    ],
    personal: &[
        "Jeg er født og opvokset i København, men bliver stadig spurgt, hvor jeg egentlig kommer fra.",
        "Min datter bærer tørklæde og har fået afslag på tre praktikpladser, selv om hendes karakterer er gode.",
        "Jeg er flere gange blevet afvist ved døren til en bar i Indre By, mens mine danske venner blev lukket ind.",
        "Jeg har aldrig selv oplevet diskrimination, men jeg har set, hvordan min kollega bliver talt til.",
    ],
    ours: &[
        "Vi får flere henvendelser om diskrimination på boligmarkedet end om noget andet.",
        "Vi har indført anonyme ansøgninger, og det har givet os flere kvalificerede kandidater.",
        "Vores frivillige oplever, at mange ikke ved, hvor de kan klage, når de er blevet forskelsbehandlet.",
    ],
    questions: &[
        "Hvor kan en borger klage, hvis han eller hun oplever diskrimination fra en kommunal medarbejder?",
        "Hvordan vil kommunen følge op på, om den oplevede diskrimination falder frem mod 2014?",
        "Vil kommunen gentage undersøgelsen fra Catinét, så man kan se udviklingen?",
    ],
    proposals: &[
        "Opret en uafhængig og let tilgængelig rådgivning for borgere, der oplever diskrimination.",
        "Lav stikprøvekontrol af nattelivet i samarbejde med politiet og restaurationsbranchen.",
        "Alle kommunale ledere bør have et kursus i ligebehandling og rekruttering.",
        "Indfør anonyme ansøgninger i hele kommunen i en forsøgsperiode.",
    ],
};

static CIVIL_SOCIETY: Pool = Pool {
    views: &[
        "Det er rigtigt, at kommunen ikke kan løfte integrationen alene, og at civilsamfundet skal inddrages meget mere.",
        "Foreningslivet er et af de steder, hvor folk med forskellig baggrund faktisk mødes.",
        "Mange små foreninger gør et kæmpe arbejde helt uden støtte, og de drukner i ansøgningsskemaer.",
        "Integration som fælles ansvar er en fin vending, men den kræver, at kommunen også afgiver magt.",
        "Det frivillige arbejde kan ikke erstatte kommunale tilbud; det kan supplere dem.",
        "Idrætsforeningerne er en oplagt vej ind i fællesskabet for både børn og forældre.",
    ],
    personal: &[
        "Jeg er frivillig træner i fodboldklubben i {sted}, og det bedste øjeblik er, når forældrene begynder at komme til kampene.",
        "Jeg kom med i en strikkeklub på biblioteket og har fået flere danske veninder der end på fem års sprogskole.",
        "Min søn har gået til boksning i {sted} i to år, og det har holdt ham væk fra gaden.",
    ],
    ours: &[
        "Vi har {tal} frivillige, men vi mangler lokaler, som vi ikke skal betale for hver gang.",
        "Vi har i mange år samarbejdet med skolen og biblioteket, men hver gang et projekt slutter, må vi starte forfra.",
        "Vi har medlemmer fra over tyve nationaliteter, og for mange er vi det første sted, de føler sig hjemme.",
    ],
    questions: &[
        "Hvordan vil kommunen konkret inddrage foreningerne, og hvem kan man henvende sig til?",
        "Hvorfor skal små foreninger søge om de samme midler hvert eneste år?",
        "Kan kommunens lokaler, fx skolerne, stilles gratis til rådighed for foreninger om aftenen?",
    ],
    proposals: &[
        "Opret en enkel integrationspulje for små foreninger med et ansøgningsskema på én side.",
        "Giv foreningerne adgang til kommunens lokaler uden gebyr.",
        "Lav et fast dialogforum, hvor kommunen mødes med foreningerne to gange om året.",
        "Frivillige med minoritetsbaggrund bør opfordres aktivt til at stille op til foreningernes bestyrelser.",
    ],
};

static ECONOMY: Pool = Pool {
    views: &[
        "Det er urealistisk, at politikken skal finansieres inden for udvalgenes egne budgetrammer.",
        "En tværgående integrationspulje er en god idé, men beløbet står ingen steder.",
        "Uden penge bliver integrationspolitikken en hensigtserklæring.",
        "Forebyggelse er billigere end at betale for de unge, der falder ud af uddannelsessystemet.",
        "Pengene skal følge de borgere og områder, der har størst behov, og ikke fordeles ligeligt.",
        "Der mangler en vurdering af, hvad det koster ikke at gøre noget.",
    ],
    personal: &[
        "Jeg betaler gerne min skat, men jeg vil gerne vide, hvad pengene til integration bliver brugt til.",
        "Da fritidsklubben i {sted} lukkede for at spare penge, stod de unge på gaden om aftenen.",
    ],
    ours: &[
        "Vores projekt fik støtte i tre år og lukkede derefter, selv om evalueringen var positiv.",
        "Vi er villige til at investere i oplæring, hvis kommunen dækker en del af udgiften i starten.",
    ],
    questions: &[
        "Hvor stor bliver den økonomiske ramme i 2011, og hvem beslutter, hvordan den fordeles?",
        "Hvad sker der med de udisponerede integrationsindtægter, hvis de ikke bliver brugt?",
        "Hvordan skal udvalgene prioritere, hvis integrationen skal findes inden for de eksisterende budgetter?",
    ],
    proposals: &[
        "Afsæt en fast årlig integrationspulje i hele politikkens periode og ikke kun i 2011.",
        "Brug projektbanken til at finde de indsatser, der virker, og gør dem permanente.",
        "Lad en del af puljen gå direkte til lokaludvalgene, som kender bydelene bedst.",
    ],
};

static POLICY: Pool = Pool {
    views: &[
        "Det er godt, at politikken bliver kort og målbar, men målene skal kunne forstås af borgerne.",
        "Det er glædeligt, at politikken lægger mere vægt på den sociale integration end tidligere.",
        "Ordet integration bliver brugt, som om det kun handler om minoriteterne, men det handler om hele byen.",
        "Integrationsbarometret er et godt redskab, men det er svært for borgere at finde og forstå.",
        "Det er positivt, at udvalgenes handleplaner bliver forpligtende.",
        "Udkastet er præget af forvaltningssprog, som mange borgere ikke vil forstå.",
    ],
    personal: &[
        "Jeg har boet i København hele mit liv og synes, at byen er blevet bedre til at rumme forskellighed.",
        "Jeg kom til Danmark for {tal} år siden, og det er første gang, jeg bliver spurgt om min mening.",
    ],
    ours: &[
        "Vi har fulgt kommunens integrationsarbejde i mange år og kan se, at målrettede indsatser virker.",
    ],
    questions: &[
        "Hvad betyder de fem principper, og hvordan skal de bruges i praksis?",
        "Hvem har ansvaret, hvis et udvalg ikke når sine mål?",
        "Hvordan skal borgerne inddrages i den årlige opfølgning?",
    ],
    proposals: &[
        "Lav en letlæst udgave af politikken, også på andre sprog end dansk.",
        "Offentliggør statusrapporten hvert år, så borgerne kan følge med.",
        "Inddrag lokaludvalgene i opfølgningen i årshjulet.",
    ],
};
