//! Dansk — the default language.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Messages, date_parts, time_parts};

/// The Danish catalogue.
pub struct Da;

impl Messages for Da {
    fn site_name(&self) -> &'static str {
        "Ordet"
    }
    fn site_tagline(&self) -> &'static str {
        "Offentlige høringer"
    }
    fn not_one_line(&self) -> &'static str {
        "Skriv det på én linje, uden linjeskift, tabulatorer eller andre kontroltegn."
    }
    fn skip_to_content(&self) -> &'static str {
        "Gå til indholdet"
    }
    fn main_nav(&self) -> &'static str {
        "Hovedmenu"
    }
    fn language_name(&self) -> &'static str {
        "Dansk"
    }
    fn switch_to_this_language(&self) -> &'static str {
        "Vis siden på dansk"
    }
    fn footer_text(&self) -> &'static str {
        "Ordet er en høringsportal. Alle kan læse udkastet og give deres mening til kende."
    }
    fn front_title(&self) -> &'static str {
        "Høringer"
    }
    fn front_intro(&self) -> &'static str {
        "Her kan du læse forslag, som kommunen har sendt i offentlig høring, og se hvornår du senest kan svare."
    }
    fn open_hearings(&self) -> &'static str {
        "Åbne høringer"
    }
    fn upcoming_hearings(&self) -> &'static str {
        "Kommende høringer"
    }
    fn closed_hearings(&self) -> &'static str {
        "Afsluttede høringer"
    }
    fn no_hearings(&self) -> &'static str {
        "Der er ingen høringer her lige nu."
    }
    fn hearing_status_draft(&self) -> &'static str {
        "Kladde"
    }
    fn hearing_status_upcoming(&self) -> &'static str {
        "Kommende"
    }
    fn hearing_status_open(&self) -> &'static str {
        "Åben for høringssvar"
    }
    fn hearing_status_closed(&self) -> &'static str {
        "Høringen er afsluttet"
    }
    fn hearing_status_processing(&self) -> &'static str {
        "Høringssvarene behandles"
    }
    fn hearing_status_decided(&self) -> &'static str {
        "Afgjort"
    }
    fn countdown_opens_in(&self, days: i64) -> String {
        match days {
            1 => "Åbner i morgen".into(),
            days => format!("Åbner om {days} dage"),
        }
    }
    fn countdown_closes_in(&self, days: i64) -> String {
        match days {
            1 => "1 dag tilbage".into(),
            days => format!("{days} dage tilbage"),
        }
    }
    fn countdown_last_day(&self) -> &'static str {
        "Sidste dag i dag"
    }
    fn countdown_closed(&self) -> &'static str {
        "Fristen er udløbet"
    }
    fn deadline(&self) -> &'static str {
        "Høringsfrist"
    }
    fn hearing_period(&self) -> &'static str {
        "Høringsperiode"
    }
    fn committee(&self) -> &'static str {
        "Udvalg"
    }
    fn journal_number(&self) -> &'static str {
        "Sagsnummer"
    }
    fn timeline(&self) -> &'static str {
        "Tidsplan"
    }
    fn milestone_done(&self) -> &'static str {
        "overstået"
    }
    fn draft_heading(&self) -> &'static str {
        "Høringsudkastet"
    }
    fn draft_version(&self, version_no: i32, imported_on: NaiveDate) -> String {
        format!(
            "Version {version_no}, offentliggjort {}",
            self.date(imported_on)
        )
    }
    fn no_draft(&self) -> &'static str {
        "Udkastet er ikke offentliggjort endnu."
    }
    fn contents(&self) -> &'static str {
        "Indhold"
    }
    fn hide_contents(&self) -> &'static str {
        "Skjul indholdsfortegnelsen"
    }
    fn show_contents(&self) -> &'static str {
        "Vis indholdsfortegnelsen"
    }
    fn paragraph_link(&self, number: &str) -> String {
        format!("Link til afsnit {number}")
    }
    fn annexes(&self) -> &'static str {
        "Bilag"
    }
    fn annex_label(&self, number: i32) -> String {
        format!("Bilag {number}")
    }
    fn not_found_title(&self) -> &'static str {
        "Siden findes ikke"
    }
    fn not_found_body(&self) -> &'static str {
        "Vi kan ikke finde den side eller høring, du leder efter. Måske er adressen skrevet forkert."
    }
    fn back_to_front(&self) -> &'static str {
        "Gå til forsiden med alle høringer"
    }
    fn error_title(&self) -> &'static str {
        "Noget gik galt"
    }
    fn error_body(&self) -> &'static str {
        "Siden kunne ikke vises lige nu. Prøv igen om lidt."
    }
    fn loading(&self) -> &'static str {
        "Henter …"
    }
    fn draft_empty(&self) -> &'static str {
        "Filen er tom. Vælg filen med udkastet i Markdown."
    }
    fn draft_too_large(&self, bytes: usize, max: usize) -> String {
        format!(
            "Filen fylder {} kB; der kan højst indlæses {} kB. Er det den rigtige fil?",
            bytes / 1024,
            max / 1024
        )
    }
    fn draft_invalid_utf8(&self, line: usize) -> String {
        format!(
            "Filen er ikke tekst i UTF-8 (første fejl i linje {line}). Gem den som UTF-8-tekst og prøv igen."
        )
    }
    fn draft_no_heading(&self) -> &'static str {
        "Udkastet har ingen overskrifter. Start hvert afsnit med en linje, der begynder med #."
    }
    fn draft_text_before_first_heading(&self, line: usize) -> String {
        format!(
            "Linje {line}: teksten står før første afsnitsoverskrift. Sæt en overskrift (## …) over den."
        )
    }
    fn verify_mail_subject(&self, hearing_title: &str) -> String {
        format!("Bekræft dit høringssvar: {hearing_title}")
    }
    fn verify_mail_body(
        &self,
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        link: &str,
        days: i64,
    ) -> String {
        format!(
            "Kære {name}\n\nTak for dit høringssvar til «{hearing_title}». Det har svarnummer {svarnummer}.\n\nBekræft, at det er dig: åbn dette link inden {days} dage, og tryk på knappen «Bekræft høringssvaret»:\n\n{link}\n\nFørst når du har bekræftet, indgår svaret i høringen. Har du ikke skrevet et høringssvar, kan du se bort fra denne e-mail.\n\nMed venlig hilsen\nOrdet\n"
        )
    }
    fn month(&self, month: u32) -> &'static str {
        const MONTHS: [&str; 12] = [
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ];
        MONTHS[(month.clamp(1, 12) - 1) as usize]
    }
    fn date(&self, date: NaiveDate) -> String {
        let (day, month, year) = date_parts(self, date);
        format!("{day}. {month} {year}")
    }
    fn date_time(&self, at: NaiveDateTime) -> String {
        let (hour, minute) = time_parts(at);
        format!("{} kl. {hour:02}.{minute:02}", self.date(at.date()))
    }
}
