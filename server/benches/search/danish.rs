//! Danish sentences of the generated responses, one list per subject of the integration
//! policy. Slots: `{sted}` a place, `{tal}` a number, `{år}` a year, `{navn}` a name. A
//! subject's sentences use its words in many forms (inflected, inside compounds, or not at
//! all), so neither engine can find every response about it.

use super::corpus::Sub;

/// The Danish sentences about `sub`.
pub fn sentences(sub: Sub) -> &'static [&'static str] {
    match sub {
        Sub::Jobs => &[
            "Flere ledige skal i arbejde, og jobcentret bør have tid til den enkelte.",
            "Beskæftigelsesindsatsen virker bedst, når den tager udgangspunkt i den enkeltes kompetencer.",
            "Mange nyankomne har en uddannelse fra hjemlandet, som ikke bliver brugt på det danske arbejdsmarked.",
            "Vi foreslår, at kommunen ansætter flere jobkonsulenter i {sted}.",
            "Et fast job giver selvtillid og et netværk, som intet kursus kan erstatte.",
            "Beskæftigelse er nøglen, men målet om {tal} procent i job inden {år} er for ambitiøst.",
            "Jobcentrets sagsbehandlere skifter for ofte, og de ledige må starte forfra hver gang.",
            "Det er godt, at beskæftigelsen blandt flygtninge er steget siden {år}.",
            "Arbejdsgiverne mangler arbejdskraft, og de ledige mangler en vej ind på arbejdspladserne.",
            "Min nabo {navn} har søgt over {tal} stillinger uden at komme til samtale.",
        ],
        Sub::Internship => &[
            "Virksomhedspraktik kan være en god vej ind, men den må ikke blive gratis arbejdskraft.",
            "Vi har gode erfaringer med praktik for unge, når der er en fast mentor på arbejdspladsen.",
            "Der mangler lærepladser, og unge med anden etnisk baggrund får sjældnere en læreplads.",
            "Kommunen bør samarbejde med de lokale virksomheder om flere praktikpladser.",
            "Som virksomhed tager vi gerne elever, men vi har brug for hjælp til papirarbejdet med praktikken.",
            "Elevpladser og lærlingeforløb i kommunens egne institutioner er et oplagt sted at starte.",
            "En praktikplads bør føre til en rigtig ansættelse efter {tal} uger.",
        ],
        Sub::Bilingual => &[
            "Tosprogede elever skal have den sprogstøtte, de har brug for, allerede fra børnehaveklassen.",
            "Modersmålsundervisning styrker børnenes dansk, og den bør tilbydes igen.",
            "Andelen af tosprogede børn i nogle klasser er over {tal} procent, og det kræver en særlig indsats.",
            "Dansk som andetsprog skal være en del af alle læreres uddannelse.",
            "Min datter er tosproget og klarer sig fint, men hun bliver hele tiden behandlet som et problem.",
            "Sprogundervisningen af de tosprogede elever bør foregå i klassen og ikke på et særligt hold.",
            "Forældre til tosprogede elever skal inddrages mere i deres børns skolegang.",
            "Det er forkert at sprogteste børn i {sted} og sende dem til en anden skole.",
        ],
        Sub::Schools => &[
            "Folkeskolen er det vigtigste fællesskab for børn med forskellig baggrund.",
            "Skolerne i {sted} har brug for flere lærere og mindre klasser.",
            "Vi ønsker en skole, hvor alle børn føler sig velkomne.",
            "Fordelingen af elever mellem skoledistrikterne skaber skæve skoler.",
            "Skolebestyrelsen bør have mere at sige, når der laves om på skolens elevsammensætning.",
            "Lærerne gør et stort arbejde, men de mangler tid til de elever, der har brug for mest hjælp.",
            "Mange forældre vælger den lokale folkeskole fra, og det må kommunen tage alvorligt.",
            "Lektiecaféer kan give de ældste elever et løft før afgangsprøven.",
        ],
        Sub::SocialHousing => &[
            "De almene boliger skal fortsat være et tilbud til alle, også familier med lave indkomster.",
            "Den almene boligsektor har et særligt ansvar, og boligforeningerne skal være med fra starten.",
            "Vi bor i en almen bolig i {sted} og er glade for vores naboer.",
            "Huslejen i de almene boliger er steget så meget, at mange familier ikke kan blive boende.",
            "Beboerdemokratiet i de almene boligafdelinger er en vigtig del af fællesskabet.",
            "Boligforeningen har ventelister på mange år, og det rammer de nye borgere hårdt.",
            "Kommunens anvisningsret til almene boliger bør bruges mere forsigtigt.",
        ],
        Sub::Areas => &[
            "Udsatte boligområder som {sted} skal ikke kun omtales som et problem.",
            "Nedrivningen af boliger i {sted} har splittet et fællesskab, som det tog årtier at bygge op.",
            "Den boligsociale indsats bør fortsætte, også når området ikke længere er på listen.",
            "Genhusningen af beboerne skal ske i dialog med dem, der bor der.",
            "Blandede boligområder er et godt mål, men ikke hvis det sker ved at flytte familier ud.",
            "Tryghed i boligområdet handler om lys, liv og voksne, der kender de unge.",
            "Vi har boet i boligområdet i {tal} år og har aldrig følt os utrygge.",
            "Der bør bygges flere forskellige typer boliger, så området bliver mere blandet.",
        ],
        Sub::YouthHousing => &[
            "Der mangler ungdomsboliger, som unge på SU kan betale.",
            "Studieboliger og ungdomsboliger i {sted} ville give området nyt liv.",
            "Unge flygtninge, der flytter hjemmefra, har svært ved at finde en billig bolig.",
            "Ventelisten til en ungdomsbolig er over {tal} måneder lang.",
            "Kommunen bør sikre, at en del af de nye ungdomsboliger går til unge under uddannelse.",
        ],
        Sub::Discrimination => &[
            "Diskrimination er et reelt problem, som politikken bør nævne direkte.",
            "Mange oplever forskelsbehandling alene på grund af deres navn eller udseende.",
            "Min søn er blevet afvist ved døren på et diskotek, fordi han er mørk.",
            "Kommunen bør have en klar procedure, når borgere bliver diskrimineret.",
            "Racisme og hverdagsdiskrimination skal tages alvorligt, også i kommunens egne institutioner.",
            "Forskelsbehandling i mødet med kommunen skal kunne påklages et sted.",
            "Vi oplever, at kvinder med tørklæde bliver diskrimineret oftere end andre.",
        ],
        Sub::Associations => &[
            "Foreningslivet er en af de bedste veje ind i fællesskabet.",
            "Idrætsforeningerne gør et stort arbejde med børn fra {sted}, men de mangler trænere.",
            "Kontingentet til en forening kan være en hindring for familier med få penge.",
            "Vores forening har {tal} medlemmer, og halvdelen har en anden baggrund end dansk.",
            "Kommunen bør give foreninger, der tager et socialt ansvar, bedre vilkår.",
            "Som forening oplever vi, at det er svært at få kontakt til de nye familier.",
            "Fritidsaktiviteter i foreningerne giver børnene venner på tværs.",
        ],
        Sub::Volunteers => &[
            "De frivillige er rygraden i arbejdet med nye borgere, og de skal anerkendes.",
            "Frivilligt arbejde kan ikke erstatte kommunens ansvar, men det kan supplere.",
            "Civilsamfundet bør inddrages, før politikken vedtages, og ikke bagefter.",
            "Vi har {tal} frivillige mentorer, som hver uge hjælper familier med breve og lektier.",
            "Netværksfamilier har været en stor hjælp for mange flygtninge i {sted}.",
            "Frivilligheden er under pres, fordi de samme få ildsjæle bærer det hele.",
            "Kommunen bør have en fast kontaktperson for de frivillige organisationer.",
        ],
        Sub::Economy => &[
            "Politikken nævner ikke, hvordan indsatserne skal finansieres i budgettet.",
            "Besparelserne på området de seneste år har gjort det sværere at lave en god indsats.",
            "Det koster mindre at investere i de unge nu end at betale for konsekvenserne senere.",
            "Vi savner et overblik over kommunens økonomi på området.",
            "Der er afsat {tal} millioner kroner, men det er ikke nok til det, politikken lover.",
            "Økonomien må ikke styre, hvem der får hjælp.",
            "Budgettet for {år} bør prioritere de forebyggende indsatser.",
        ],
        Sub::Policy => &[
            "Integrationspolitikken har gode mål, men den mangler konkrete handlinger.",
            "Integration er et fælles ansvar, og det bør stå tydeligt i politikken.",
            "Vi savner, at integrationsindsatsen bliver målt og fulgt op hvert år.",
            "Integrationsrådet skal høres, før politikken ændres.",
            "Det er positivt, at den nye integrationspolitik taler om ressourcer og ikke kun om problemer.",
            "God integration kræver tid, og politikken bør have et længere sigte end {år}.",
            "Ordet integration bruges om meget forskelligt, og politikken bør sige, hvad kommunen mener.",
            "Vi er glade for, at integrationen nu ses som noget, der angår hele kommunen.",
        ],
        Sub::DanishClasses => &[
            "Danskundervisningen på sprogcentret skal kunne kombineres med et job.",
            "Sprogskolen har for lange ventetider, og det forsinker alt andet.",
            "Det er svært at lære dansk, når man aldrig taler med danskere.",
            "Danskuddannelse om aftenen ville hjælpe dem, der allerede er i arbejde.",
            "Sproget er nøglen til alt, og danskundervisning bør være gratis igen.",
            "Min mor har gået på sprogskole i {tal} år, men hun har ingen at tale dansk med.",
            "Sprogcaféer på biblioteket er et billigt og godt supplement til danskundervisningen.",
        ],
        Sub::Daycare => &[
            "Daginstitutionerne er det første møde med det danske samfund for mange familier.",
            "Sprogstimulering i vuggestuen virker, hvis pædagogerne har tid til det.",
            "Vi foreslår, at flere børn fra {sted} kommer i daginstitution, før de fylder tre år.",
            "Pædagogerne i børnehaven skal have bedre muligheder for at tale med forældrene.",
            "Dagtilbuddene bør samarbejde tættere med sundhedsplejen.",
            "Det obligatoriske læringstilbud er en god idé, men tonen over for forældrene skal være respektfuld.",
        ],
        Sub::Equality => &[
            "Negativ social kontrol skal bekæmpes, men uden at mistænkeliggøre alle familier.",
            "Kvinder, der er kommet hertil som ægtefæller, har ofte ikke et netværk uden for hjemmet.",
            "Ligestilling mellem kønnene bør være en selvfølgelig del af politikken.",
            "Unge, der udsættes for negativ social kontrol, skal vide, hvor de kan få hjælp.",
            "Vi arbejder med piger i {sted}, som ønsker mere frihed til at vælge uddannelse selv.",
            "Den sociale kontrol rammer også drenge, og det bør politikken nævne.",
        ],
    }
}

/// Words of `sub` that a response about something else may mention in passing.
pub fn mentions(sub: Sub) -> &'static [&'static str] {
    match sub {
        Sub::Jobs => &["arbejdsmarkedet", "jobcentret", "beskæftigelse"],
        Sub::Internship => &["praktik", "lærepladser"],
        Sub::Bilingual => &["tosprogede elever", "modersmålsundervisning"],
        Sub::Schools => &["skolerne", "folkeskolen"],
        Sub::SocialHousing => &["de almene boliger", "boligforeningerne"],
        Sub::Areas => &["boligområderne", "udsatte boligområder"],
        Sub::YouthHousing => &["ungdomsboliger"],
        Sub::Discrimination => &["diskrimination", "forskelsbehandling"],
        Sub::Associations => &["foreningerne", "foreningslivet"],
        Sub::Volunteers => &["de frivillige", "frivilligt arbejde"],
        Sub::Economy => &["økonomien", "budgettet"],
        Sub::Policy => &["integrationspolitikken", "integration"],
        Sub::DanishClasses => &["danskundervisningen", "sprogskolen"],
        Sub::Daycare => &["daginstitutionerne", "vuggestuerne"],
        Sub::Equality => &["negativ social kontrol", "ligestilling"],
    }
}

/// A sentence mentioning `{kw}` in passing, without being about it.
pub const ASIDES: &[&str] = &[
    "{kw} er også vigtigt, men det skriver andre sikkert om.",
    "Vi har ikke noget at sige om {kw} denne gang.",
    "Jeg har tidligere været med i noget om {kw}, men det er en anden historie.",
];

/// Sentences about nothing in particular.
pub const FILLERS: &[&str] = &[
    "Tak for muligheden for at afgive høringssvar.",
    "Jeg har læst udkastet med stor interesse.",
    "Vi håber, at kommunen vil lytte til de borgere, det handler om.",
    "Jeg bor i {sted} og har gjort mig nogle tanker om udkastet.",
    "Vi står gerne til rådighed for en uddybning.",
    "Overordnet synes vi, at retningen er rigtig, men der mangler noget.",
    "Det er mit indtryk, at mange i {sted} har det på samme måde.",
    "Høringsperioden har været for kort til, at vi har kunnet drøfte det ordentligt.",
];
