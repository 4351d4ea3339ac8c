//! Dansk — the default language.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Messages, date_parts, time_parts};
use crate::draft::DraftError;
use crate::hearing::{Countdown, HearingStatus};
use crate::response::VerifyOutcome;
use crate::response::submission::FieldError;

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
    fn status(&self, status: HearingStatus) -> &'static str {
        match status {
            HearingStatus::Draft => "Kladde",
            HearingStatus::Upcoming => "Kommende",
            HearingStatus::Open => "Åben for høringssvar",
            HearingStatus::Closed => "Høringen er afsluttet",
            HearingStatus::Processing => "Høringssvarene behandles",
            HearingStatus::Decided => "Afgjort",
        }
    }
    fn countdown(&self, countdown: Countdown) -> String {
        match countdown {
            Countdown::OpensIn { days: 1 } => "Åbner i morgen".into(),
            Countdown::OpensIn { days } => format!("Åbner om {days} dage"),
            Countdown::ClosesIn { days: 1 } => "1 dag tilbage".into(),
            Countdown::ClosesIn { days } => format!("{days} dage tilbage"),
            Countdown::LastDay => "Sidste dag i dag".into(),
            Countdown::Closed => "Fristen er udløbet".into(),
        }
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
    fn draft_error(&self, error: &DraftError) -> String {
        match error {
            DraftError::Empty => "Filen er tom. Vælg filen med udkastet i Markdown.".into(),
            DraftError::TooLarge { bytes, max } => format!(
                "Filen fylder {} kB; der kan højst indlæses {} kB. Er det den rigtige fil?",
                bytes / 1024,
                max / 1024
            ),
            DraftError::InvalidUtf8 { line } => format!(
                "Filen er ikke tekst i UTF-8 (første fejl i linje {line}). Gem den som UTF-8-tekst og prøv igen."
            ),
            DraftError::NoHeading => {
                "Udkastet har ingen overskrifter. Start hvert afsnit med en linje, der begynder med #.".into()
            }
            DraftError::TextBeforeFirstHeading { line } => format!(
                "Linje {line}: teksten står før første afsnitsoverskrift. Sæt en overskrift (## …) over den."
            ),
        }
    }
    fn field_error(&self, error: &FieldError) -> String {
        match error {
            FieldError::Required => "Udfyld feltet.".into(),
            FieldError::UnknownKind => {
                "Vælg, om du svarer som borger, forening, virksomhed eller myndighed.".into()
            }
            FieldError::EmailMalformed => {
                "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.".into()
            }
            FieldError::CvrNotEightDigits => "Et CVR-nummer har 8 cifre, fx 12345678.".into(),
            FieldError::CvrChecksum => {
                "CVR-nummeret findes ikke. Tjek, om der er byttet om på to cifre.".into()
            }
            FieldError::PostalCode => "Et postnummer har 4 cifre, fx 2300.".into(),
            FieldError::TextEmpty => "Skriv dit høringssvar.".into(),
            FieldError::TextTooLong { chars } => format!(
                "Teksten har {chars} tegn; der er plads til 20.000. Forkort den, eller vedhæft et brev."
            ),
            FieldError::TooLong => "Højst 200 tegn.".into(),
            FieldError::NotOneLine => self.not_one_line().into(),
            FieldError::UnknownStance => "Vælg for, imod, delvis eller ingen holdning.".into(),
            FieldError::UnknownSection => "Afsnittet findes ikke i det gældende udkast.".into(),
            FieldError::UnknownParagraph => {
                "Tekststykket findes ikke i det gældende udkast.".into()
            }
        }
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
    fn verify_heading(&self, outcome: &VerifyOutcome) -> &'static str {
        match outcome {
            VerifyOutcome::Verified { .. } => "Tak – dit høringssvar er bekræftet",
            VerifyOutcome::HeldForPersonalData { .. } => "Tak – dit høringssvar er bekræftet",
            VerifyOutcome::AlreadyVerified { .. } => "Dit høringssvar er allerede bekræftet",
            VerifyOutcome::Unknown => "Linket virker ikke",
            VerifyOutcome::Expired => "Linket er udløbet",
            VerifyOutcome::Closed => "Høringen er afsluttet",
        }
    }
    fn verify_body(&self, outcome: &VerifyOutcome) -> String {
        match outcome {
            VerifyOutcome::Verified { svarnummer, standing, .. } => {
                format!("Dit svar har nummer {svarnummer}. {}", super::RespondMessages::receipt_status(self, *standing))
            }
            VerifyOutcome::HeldForPersonalData { svarnummer } => format!(
                "Dit svar har nummer {svarnummer}. Det ser ud til at indeholde et CPR-nummer, så en medarbejder ser det igennem, før det offentliggøres. Det er for at beskytte dig."
            ),
            VerifyOutcome::AlreadyVerified { svarnummer } => {
                format!("Dit svar har nummer {svarnummer}. Du behøver ikke gøre mere.")
            }
            VerifyOutcome::Unknown => "Tjek, at du har kopieret hele linket fra e-mailen.".into(),
            VerifyOutcome::Expired => {
                "Et bekræftelseslink virker i 7 dage. Send dit høringssvar igen, hvis høringen stadig er åben.".into()
            }
            VerifyOutcome::Closed => "Høringsfristen er udløbet, så svaret kan ikke længere bekræftes.".into(),
        }
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
