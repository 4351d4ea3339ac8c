//! Danish texts of the privacy notice and the accessibility statement.

use super::da::Da;
use super::site::SiteMessages;

impl SiteMessages for Da {
    fn footer_nav(&self) -> &'static str {
        "Om webstedet"
    }
    fn privacy_title(&self) -> &'static str {
        "Privatlivspolitik"
    }
    fn accessibility_title(&self) -> &'static str {
        "Tilgængelighedserklæring"
    }
    fn site_demo_note(&self) -> &'static str {
        "Eksempel: oplysningerne om dataansvarlig og kontakt er demoens standardværdier. \
         En installation sætter sine egne (ORDET_CONTROLLER_* og ORDET_ACCESSIBILITY_*)."
    }
    fn contact_labels(&self) -> [&'static str; 3] {
        ["Adresse", "E-mail", "Telefon"]
    }

    fn privacy_intro(&self, controller: &str) -> String {
        format!(
            "{controller} er dataansvarlig for de personoplysninger, du giver, når du sender et \
             høringssvar her. Her kan du læse, hvad vi bruger dem til, hvor længe vi gemmer dem, \
             og hvilke rettigheder du har."
        )
    }
    fn privacy_controller_heading(&self) -> &'static str {
        "Dataansvarlig"
    }
    fn privacy_dpo_heading(&self) -> &'static str {
        "Databeskyttelsesrådgiver"
    }
    fn privacy_dpo_text(&self) -> &'static str {
        "Du kan altid skrive til vores databeskyttelsesrådgiver:"
    }
    fn privacy_purpose_heading(&self) -> &'static str {
        "Hvad bruger vi oplysningerne til?"
    }
    fn privacy_purposes(&self) -> &'static [&'static str] {
        &[
            "At modtage og behandle dit høringssvar, så politikerne kan se det, inden de træffer beslutning.",
            "At bekræfte din e-mailadresse og sende dig kvittering og et link, hvor du kan rette eller trække dit svar tilbage.",
            "At offentliggøre høringssvarene, så alle kan læse dem (se nedenfor, hvad der aldrig offentliggøres).",
            "At udarbejde hvidbog og overblik til udvalget over, hvad der er svaret.",
        ]
    }
    fn privacy_basis_heading(&self) -> &'static str {
        "Retsgrundlag"
    }
    fn privacy_basis(&self) -> &'static [&'static str] {
        &[
            "Vi behandler oplysningerne for at udføre en opgave i samfundets interesse og som led i offentlig myndighedsudøvelse: kommunens høring af borgere og organisationer (databeskyttelsesforordningens artikel 6, stk. 1, litra e).",
            "Skriver du selv følsomme oplysninger i dit svar, fx om helbred, religion eller politisk overbevisning, behandler vi dem efter artikel 9, stk. 2 (litra g, væsentlige samfundsinteresser), kun i det omfang det er nødvendigt for høringen. Vi holder et svar tilbage fra offentligheden, når vi ser sådanne oplysninger.",
            "Et svar eller en fil, der ser ud til at indeholde et CPR-nummer, offentliggøres ikke, før en medarbejder har set på det.",
        ]
    }
    fn privacy_data_heading(&self) -> &'static str {
        "Hvilke oplysninger gemmer vi?"
    }
    fn privacy_data(&self) -> &'static [&'static str] {
        &[
            "Dit navn og din e-mailadresse, og eventuelt postnummer, organisation, CVR-nummer og din rolle i organisationen.",
            "Dit høringssvar, dine vedhæftede filer og den tekst, vi læser ud af dem.",
            "Hvornår du sendte og bekræftede svaret, og de beslutninger, medarbejdere har truffet om det.",
            "Din IP-adresse i serverens logfiler og, uden at gemme selve adressen, i tællere mod misbrug.",
        ]
    }
    fn privacy_published(&self) -> &'static str {
        "Offentligt vises dit svar, dine filer (når de er kontrolleret) og dit navn, hvis du har sagt ja til det – ellers står der \"Borger\" og dit postnummer. Organisationer vises med navn. Din e-mailadresse offentliggøres aldrig."
    }
    fn privacy_retention_heading(&self) -> &'static str {
        "Hvor længe gemmer vi oplysningerne?"
    }
    fn privacy_retention(&self, months: u32) -> String {
        format!(
            "Svar, du aldrig bekræftede, sletter vi efter 7 dage med deres filer. Når udvalget har \
             truffet afgørelse, gemmer vi dit navn (hvis det ikke må offentliggøres), din e-mail, \
             dit postnummer og filer, der ikke indgår i sagen, i {months} måneder – medmindre \
             høringen har en anden frist – og sletter dem derefter. Svarnummer, dato, den \
             offentliggjorte tekst og forvaltningens bemærkninger bevares som sagens akter og \
             kan arkiveres efter arkivloven."
        )
    }
    fn privacy_rights_heading(&self) -> &'static str {
        "Dine rettigheder"
    }
    fn privacy_rights(&self) -> &'static [&'static str] {
        &[
            "Ret til at se de oplysninger, vi har om dig (indsigt).",
            "Ret til at få forkerte oplysninger rettet.",
            "Ret til at få oplysninger slettet, når vi ikke længere må eller skal gemme dem.",
            "Ret til at få behandlingen begrænset.",
            "Ret til at gøre indsigelse mod behandlingen.",
        ]
    }
    fn privacy_my_data_link(&self) -> &'static str {
        "Se og hent dine oplysninger"
    }
    fn privacy_rights_contact(&self) -> &'static str {
        "Du kan også skrive til os eller til databeskyttelsesrådgiveren, hvis du vil bruge dine rettigheder."
    }
    fn privacy_complaint_heading(&self) -> &'static str {
        "Klage til Datatilsynet"
    }
    fn privacy_complaint(&self) -> &'static str {
        "Du har ret til at klage til Datatilsynet, hvis du er utilfreds med, hvordan vi behandler dine personoplysninger. Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, telefon 33 19 32 00, dt@datatilsynet.dk."
    }

    fn accessibility_intro(&self, controller: &str) -> String {
        format!(
            "{controller} skal gøre dette websted tilgængeligt efter lov om tilgængelighed af \
             offentlige organers websteder og mobilapplikationer. Erklæringen gælder for \
             høringsportalen, dens sider for borgere og for medarbejdere."
        )
    }
    fn accessibility_status_heading(&self) -> &'static str {
        "Overholdelsesstatus"
    }
    fn accessibility_status(&self, partly: bool) -> &'static str {
        match partly {
            true => {
                "Webstedet er delvist i overensstemmelse med WCAG 2.1 niveau AA (EN 301 549), på grund af de mangler, der står nedenfor."
            }
            false => "Webstedet er i overensstemmelse med WCAG 2.1 niveau AA (EN 301 549).",
        }
    }
    fn accessibility_issues_heading(&self) -> &'static str {
        "Indhold, der ikke er tilgængeligt"
    }
    fn accessibility_no_issues(&self) -> &'static str {
        "Vi kender ikke til indhold, der ikke er tilgængeligt."
    }
    fn accessibility_made_heading(&self) -> &'static str {
        "Udarbejdelse af erklæringen"
    }
    fn accessibility_made(&self, date: &str) -> String {
        format!(
            "Erklæringen blev udarbejdet den {date}. Vurderingen er en selvevaluering: \
             automatiske test med axe på alle sider og manuel gennemgang med tastatur og \
             skærmlæser."
        )
    }
    fn accessibility_feedback_heading(&self) -> &'static str {
        "Feedback og kontaktoplysninger"
    }
    fn accessibility_feedback(&self) -> &'static str {
        "Oplever du indhold, der ikke er tilgængeligt, eller har du brug for det i en anden form, kan du skrive eller ringe til os:"
    }
    fn accessibility_enforcement_heading(&self) -> &'static str {
        "Håndhævelse"
    }
    fn accessibility_enforcement(&self) -> &'static str {
        "Digitaliseringsstyrelsen fører tilsyn med loven. Får du ikke et tilfredsstillende svar fra os inden for 10 arbejdsdage, kan du henvende dig til Digitaliseringsstyrelsen."
    }
    fn accessibility_enforcement_link(&self) -> &'static str {
        "Digitaliseringsstyrelsen: Oplever du ikke-tilgængeligt indhold?"
    }
}
