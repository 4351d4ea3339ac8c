//! Danish texts of the høringsliste and the høringsbrev.

use super::da::Da;
use super::parties::{Letter, PartyMessages};

fn greeting(letter: &Letter<'_>) -> String {
    match letter.contact {
        Some(contact) => format!("Kære {contact}, {}", letter.party),
        None => format!("Til {}", letter.party),
    }
}

impl PartyMessages for Da {
    fn parties_title(&self) -> &'static str {
        "Høringsliste"
    }
    fn no_parties(&self) -> &'static str {
        "Der er endnu ingen parter på høringslisten."
    }
    fn parties_answered(&self, answered: usize, total: usize) -> String {
        format!("{answered} af {total} parter har svaret.")
    }
    fn party_name_empty(&self) -> &'static str {
        "Skriv partens navn."
    }
    fn party_not_one_line(&self) -> &'static str {
        "Skriv det på én linje, uden linjeskift, tabulatorer eller andre kontroltegn."
    }
    fn party_too_long(&self) -> &'static str {
        "Skriv højst 200 tegn."
    }
    fn party_kind_unknown(&self) -> &'static str {
        "Vælg hvilken slags part det er."
    }
    fn party_email_empty(&self) -> &'static str {
        "Skriv den e-mailadresse, høringsbrevet skal sendes til."
    }
    fn party_email_malformed(&self) -> &'static str {
        "E-mailadressen ser forkert ud. Skriv den som navn@domæne.dk."
    }
    fn party_cvr_digits(&self) -> &'static str {
        "Et CVR-nummer har 8 cifre. Lad feltet stå tomt, hvis parten ikke har et."
    }
    fn party_cvr_checksum(&self) -> &'static str {
        "CVR-nummeret findes ikke. Tjek, at cifrene er skrevet rigtigt."
    }
    fn party_deadline_format(&self) -> &'static str {
        "Skriv fristen som en dato, fx 2010-10-04, eller lad feltet stå tomt."
    }
    fn party_duplicate(&self) -> &'static str {
        "Listen har allerede en part med dette navn eller CVR-nummer."
    }
    fn party_deadline_after_hearing(&self) -> &'static str {
        "Partens frist kan ikke ligge efter høringens frist; webformularen lukker ved høringens frist. Vælg en tidligere dato, eller lad feltet stå tomt."
    }
    fn party_name(&self) -> &'static str {
        "Navn"
    }
    fn party_kind_label(&self) -> &'static str {
        "Slags part"
    }
    fn party_email(&self) -> &'static str {
        "E-mail"
    }
    fn party_cvr(&self) -> &'static str {
        "CVR-nummer (valgfrit)"
    }
    fn party_contact(&self) -> &'static str {
        "Kontaktperson (valgfrit)"
    }
    fn party_deadline(&self) -> &'static str {
        "Egen frist (valgfri)"
    }
    fn party_deadline_hint(&self) -> &'static str {
        "Tom: høringens frist. Fristen er kl. 23.59 dansk tid den dag."
    }
    fn col_deadline(&self) -> &'static str {
        "Frist"
    }
    fn col_invited(&self) -> &'static str {
        "Høringsbrev sendt"
    }
    fn col_reminded(&self) -> &'static str {
        "Påmindet"
    }
    fn col_answered(&self) -> &'static str {
        "Svaret"
    }
    fn answered_yes(&self) -> &'static str {
        "✓ Har svaret"
    }
    fn answered_no(&self) -> &'static str {
        "Har ikke svaret"
    }
    fn answered_by_hand(&self) -> &'static str {
        "(sat manuelt)"
    }
    fn add_party_heading(&self) -> &'static str {
        "Tilføj en part"
    }
    fn add_party_button(&self) -> &'static str {
        "Tilføj part"
    }
    fn edit_parties_heading(&self) -> &'static str {
        "Ret parter"
    }
    fn save_party_button(&self) -> &'static str {
        "Gem ændringer"
    }
    fn remove_party_button(&self) -> &'static str {
        "Fjern parten fra listen"
    }
    fn answered_legend(&self) -> &'static str {
        "Har parten svaret?"
    }
    fn answered_auto_option(&self) -> &'static str {
        "Automatisk: efter CVR-nummer, e-mail eller navn"
    }
    fn answered_yes_option(&self) -> &'static str {
        "Ja, parten har svaret"
    }
    fn answered_no_option(&self) -> &'static str {
        "Nej, parten har ikke svaret"
    }
    fn answered_invalid(&self) -> &'static str {
        "Vælg automatisk, ja eller nej."
    }
    fn answered_probably(&self, matched_by: &str) -> &'static str {
        match matched_by {
            "cvr" => "sandsynligvis (CVR)",
            _ => "sandsynligvis (navn)",
        }
    }
    fn svarnummer_label(&self) -> &'static str {
        "Knyt et høringssvar til parten (svarnummer, valgfrit)"
    }
    fn svarnummer_unknown(&self) -> &'static str {
        "Høringen har intet svar med dette nummer. Skriv det som fx 2010-64452-0001."
    }
    fn save_answered_button(&self) -> &'static str {
        "Gem svarstatus"
    }
    fn invite_heading(&self) -> &'static str {
        "Høringsbrev"
    }
    fn invite_button(&self, n: usize) -> String {
        match n {
            1 => "Send høringsbrev til 1 part".into(),
            n => format!("Send høringsbrev til {n} parter"),
        }
    }
    fn invite_confirm(&self, n: usize) -> String {
        format!(
            "{n} parter har ikke fået høringsbrevet endnu. Knappen sender det til dem, én e-mail til hver. Parter, der allerede har fået det, får det ikke igen."
        )
    }
    fn invite_none(&self) -> &'static str {
        "Alle parter på listen har fået høringsbrevet."
    }
    fn invite_changed(&self, n: usize) -> String {
        format!(
            "Listen er ændret, siden siden blev vist: nu får {n} parter høringsbrevet. Tryk igen for at sende."
        )
    }
    fn invite_draft(&self) -> &'static str {
        "Høringen er en kladde, så linket i høringsbrevet virker ikke endnu. Offentliggør høringen først, og send så brevet."
    }
    fn invite_closed(&self) -> &'static str {
        "Høringens frist er overskredet, så høringsbrevet kan ikke sendes. Forlæng fristen først, hvis parterne skal kunne svare."
    }
    fn invited_notice(&self, n: usize) -> String {
        format!("Høringsbrevet er lagt i kø til {n} parter.")
    }
    fn remind_label(&self) -> &'static str {
        "Påmindelse antal dage før fristen"
    }
    fn remind_hint(&self) -> &'static str {
        "Parter, der har fået høringsbrevet og ikke har svaret, får én påmindelse. 0 = ingen påmindelse."
    }
    fn remind_error(&self) -> &'static str {
        "Skriv et helt antal dage fra 0 til 60."
    }
    fn save_settings_button(&self) -> &'static str {
        "Gem påmindelse"
    }
    fn import_heading(&self) -> &'static str {
        "Indsæt mange parter"
    }
    fn import_label(&self) -> &'static str {
        "Én part pr. linje: navn;slags;e-mail;CVR"
    }
    fn import_hint(&self) -> &'static str {
        "Slags er council, public_body, association, union, employers eller company. CVR kan udelades. Er én linje forkert, gemmes ingen."
    }
    fn import_button(&self) -> &'static str {
        "Tilføj parterne"
    }
    fn import_empty(&self) -> &'static str {
        "Indsæt mindst én linje."
    }
    fn import_too_many(&self, max: usize) -> String {
        format!("Indsæt højst {max} linjer ad gangen; del listen op.")
    }
    fn import_line_error(&self, line: usize, message: &str) -> String {
        format!("Linje {line}: {message}")
    }
    fn party_saved_notice(&self) -> &'static str {
        "Ændringen er gemt."
    }
    fn invitation_subject(&self, title: &str) -> String {
        format!("Høring: {title}")
    }
    fn invitation_body(&self, l: Letter<'_>) -> String {
        format!(
            "{greeting}\n\n{committee} sender hermed «{title}» i høring, og I er på høringslisten.\n\nLæs høringsmaterialet her:\n{link}\n\nFristen for at svare er {deadline} (dansk tid).\n\nSådan svarer I: brug formularen på {respond_link} og vælg «forening eller organisation». Skriv organisationens navn og CVR-nummer, så vi kan se, at I har svaret. I kan også svare ved at besvare denne e-mail.\n\nMed venlig hilsen\n{committee}\nKøbenhavns Kommune\n",
            greeting = greeting(&l),
            committee = l.committee,
            title = l.title,
            link = l.link,
            deadline = l.deadline,
            respond_link = l.respond_link,
        )
    }
    fn reminder_subject(&self, title: &str) -> String {
        format!("Påmindelse: høring om {title}")
    }
    fn reminder_body(&self, l: Letter<'_>) -> String {
        format!(
            "{greeting}\n\nVi har endnu ikke modtaget jeres høringssvar om «{title}». Fristen er {deadline} (dansk tid).\n\nLæs høringsmaterialet her:\n{link}\n\nSvar her:\n{respond_link}\n\nHar I allerede svaret, kan I se bort fra denne påmindelse.\n\nMed venlig hilsen\n{committee}\nKøbenhavns Kommune\n",
            greeting = greeting(&l),
            committee = l.committee,
            title = l.title,
            link = l.link,
            deadline = l.deadline,
            respond_link = l.respond_link,
        )
    }
}
