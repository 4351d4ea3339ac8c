//! The response form in Danish.

use super::da::Da;
use super::{Receipt, RespondMessages};

impl RespondMessages for Da {
    fn respond_title(&self) -> &'static str {
        "Giv dit høringssvar"
    }
    fn respond_intro(&self) -> &'static str {
        "Skriv med dine egne ord – på dansk eller et andet sprog. Du får en e-mail med et link, som du skal åbne for at bekræfte dit svar."
    }
    fn respond_submit(&self) -> &'static str {
        "Send høringssvar"
    }
    fn give_response(&self) -> &'static str {
        "Giv dit høringssvar"
    }
    fn comment(&self) -> &'static str {
        "Kommentér"
    }
    fn comment_on(&self, number: &str) -> String {
        format!(" afsnit {number}")
    }
    fn commenting_on(&self, number: &str) -> String {
        format!("Du kommenterer afsnit {number}:")
    }
    fn not_open(&self) -> &'static str {
        "Høringen er ikke åben for høringssvar."
    }
    fn closed_while_writing(&self) -> &'static str {
        "Høringsfristen er udløbet, så svaret kan ikke længere sendes. Din tekst står stadig herunder, så du kan gemme den."
    }
    fn sent_too_fast(&self) -> &'static str {
        "Det gik meget hurtigt. Tjek dit svar, og tryk på Send igen."
    }
    fn rate_limited(&self) -> &'static str {
        "Der er sendt mange høringssvar herfra på kort tid. Vent en time, og prøv igen. Din tekst står stadig herunder."
    }
    fn error_summary(&self) -> &'static str {
        "Ret venligst følgende"
    }
    fn optional(&self) -> &'static str {
        "(valgfrit)"
    }
    fn kind_legend(&self) -> &'static str {
        "Jeg svarer som"
    }
    fn name_label(&self) -> &'static str {
        "Dit navn"
    }
    fn email_label(&self) -> &'static str {
        "Din e-mail"
    }
    fn email_hint(&self) -> &'static str {
        "Vi sender bekræftelseslinket hertil. Din e-mail bliver aldrig offentliggjort."
    }
    fn postal_code_label(&self) -> &'static str {
        "Postnummer"
    }
    fn organisation_label(&self) -> &'static str {
        "Organisationens navn"
    }
    fn organisation_hint(&self) -> &'static str {
        "Kun for foreninger, virksomheder og myndigheder. Svaret offentliggøres under organisationens navn."
    }
    fn contact_role_label(&self) -> &'static str {
        "Din rolle i organisationen"
    }
    fn cvr_label(&self) -> &'static str {
        "CVR-nummer"
    }
    fn cvr_hint(&self) -> &'static str {
        "Kun for virksomheder: 8 cifre."
    }
    fn publish_name_label(&self) -> &'static str {
        "Mit navn må stå ved mit svar (ellers står der »Borger« og dit postnummer)"
    }
    fn stance_legend(&self) -> &'static str {
        "Hvad mener du om forslaget?"
    }
    fn text_label(&self) -> &'static str {
        "Dit høringssvar"
    }
    fn text_hint(&self) -> &'static str {
        "Højst 20.000 tegn."
    }
    fn responses_title(&self) -> &'static str {
        "Høringssvar"
    }
    fn responses_received(&self, verified: u64) -> String {
        match verified {
            0 => "Ingen høringssvar endnu.".into(),
            1 => "1 høringssvar modtaget.".into(),
            n => format!("{n} høringssvar modtaget."),
        }
    }
    fn read_published(&self, published: u64) -> String {
        format!("Læs de offentliggjorte høringssvar ({published})")
    }
    fn comment_count(&self, count: u64) -> String {
        match count {
            1 => "1 kommentar".into(),
            n => format!("{n} kommentarer"),
        }
    }
    fn no_responses_yet(&self) -> &'static str {
        "Der er ikke offentliggjort nogen høringssvar endnu."
    }
    fn previous_page(&self) -> &'static str {
        "Forrige side"
    }
    fn next_page(&self) -> &'static str {
        "Næste side"
    }
    fn pages(&self) -> &'static str {
        "Sider"
    }
    fn about_paragraph(&self) -> &'static str {
        "Om tekststykket"
    }
    fn receipt_subject(&self, svarnummer: &str) -> String {
        format!("Kvittering for dit høringssvar {svarnummer}")
    }
    fn receipt_body(&self, r: &Receipt<'_>) -> String {
        format!(
            "Kære {}\n\nVi har modtaget og registreret dit høringssvar til «{}» med svarnummer {}.\n\n{}\n\nDu kan rette eller trække dit svar tilbage indtil {} via dette private link (del det ikke med andre):\n{}\n\nDit svar, som du skrev det:\n\n{}\n\n{}Med venlig hilsen\nOrdet\n",
            r.name,
            r.hearing_title,
            r.svarnummer,
            r.outcome,
            r.deadline,
            r.manage_link,
            r.text,
            r.files
        )
    }
    fn receipt_status_held(&self) -> &'static str {
        "Svaret ser ud til at indeholde et CPR-nummer, så en medarbejder ser det igennem, før det offentliggøres."
    }
    fn receipt_status_published(&self) -> &'static str {
        "Svaret kan nu læses på høringens side."
    }
    fn receipt_status_awaiting_review(&self) -> &'static str {
        "Svaret offentliggøres, når kommunen har gennemgået det."
    }
    fn receipt_status_awaiting_deadline(&self) -> &'static str {
        "Svaret offentliggøres sammen med de andre svar, når høringsfristen er udløbet."
    }
    fn sent_title(&self) -> &'static str {
        "Tjek din e-mail"
    }
    fn sent_body(&self, svarnummer: &str) -> String {
        format!(
            "Tak! Dit høringssvar har nummer {svarnummer}. Vi har sendt dig en e-mail med et link: åbn det inden 7 dage for at bekræfte svaret."
        )
    }
    fn idempotency_key_invalid(&self) -> &'static str {
        "Idempotency-Key skal være 1 til 255 synlige ASCII-tegn."
    }
    fn idempotency_key_reused(&self) -> &'static str {
        "Denne Idempotency-Key er allerede brugt til et andet høringssvar til høringen. Brug en ny nøgle til et nyt høringssvar."
    }
    fn form_already_sent(&self) -> &'static str {
        "Denne formular er allerede sendt med et andet indhold. Hent siden igen for at sende et nyt høringssvar. Din tekst står stadig herunder."
    }
    fn field_required(&self) -> &'static str {
        "Udfyld feltet."
    }
    fn field_unknown_kind(&self) -> &'static str {
        "Vælg, om du svarer som borger, forening, virksomhed eller myndighed."
    }
    fn field_email_malformed(&self) -> &'static str {
        "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk."
    }
    fn field_cvr_not_eight_digits(&self) -> &'static str {
        "Et CVR-nummer har 8 cifre, fx 12345678."
    }
    fn field_cvr_checksum(&self) -> &'static str {
        "CVR-nummeret findes ikke. Tjek, om der er byttet om på to cifre."
    }
    fn field_postal_code(&self) -> &'static str {
        "Et postnummer har 4 cifre, fx 2300."
    }
    fn field_text_empty(&self) -> &'static str {
        "Skriv dit høringssvar."
    }
    fn field_text_too_long(&self, chars: usize) -> String {
        format!(
            "Teksten har {chars} tegn; der er plads til 20.000. Forkort den, eller vedhæft et brev."
        )
    }
    fn field_too_long(&self) -> &'static str {
        "Højst 200 tegn."
    }
    fn field_unknown_stance(&self) -> &'static str {
        "Vælg for, imod, delvis eller ingen holdning."
    }
    fn field_unknown_section(&self) -> &'static str {
        "Afsnittet findes ikke i det gældende udkast."
    }
    fn field_unknown_paragraph(&self) -> &'static str {
        "Tekststykket findes ikke i det gældende udkast."
    }
    fn verify_heading_verified(&self) -> &'static str {
        "Tak – dit høringssvar er bekræftet"
    }
    fn verify_heading_held(&self) -> &'static str {
        "Tak – dit høringssvar er bekræftet"
    }
    fn verify_heading_already_verified(&self) -> &'static str {
        "Dit høringssvar er allerede bekræftet"
    }
    fn verify_heading_unknown(&self) -> &'static str {
        "Linket virker ikke"
    }
    fn verify_heading_expired(&self) -> &'static str {
        "Linket er udløbet"
    }
    fn verify_heading_closed(&self) -> &'static str {
        "Høringen er afsluttet"
    }
    fn verify_body_verified(&self, svarnummer: &str, standing: &str) -> String {
        format!("Dit svar har nummer {svarnummer}. {standing}")
    }
    fn verify_body_held(&self, svarnummer: &str) -> String {
        format!(
            "Dit svar har nummer {svarnummer}. Det ser ud til at indeholde et CPR-nummer, så en medarbejder ser det igennem, før det offentliggøres. Det er for at beskytte dig."
        )
    }
    fn verify_body_already_verified(&self, svarnummer: &str) -> String {
        format!("Dit svar har nummer {svarnummer}. Du behøver ikke gøre mere.")
    }
    fn verify_body_unknown(&self) -> &'static str {
        "Tjek, at du har kopieret hele linket fra e-mailen."
    }
    fn verify_body_expired(&self) -> &'static str {
        "Et bekræftelseslink virker i 7 dage. Send dit høringssvar igen, hvis høringen stadig er åben."
    }
    fn verify_body_closed(&self) -> &'static str {
        "Høringsfristen er udløbet, så svaret kan ikke længere bekræftes."
    }
}
