//! Danish texts of the officials' inbox and response page.

use super::da::Da;
use super::inbox::InboxMessages;

impl InboxMessages for Da {
    fn inbox_bad_date(&self) -> &'static str {
        "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2010-08-09."
    }
    fn inbox_dates_reversed(&self) -> &'static str {
        "Slutdatoen ligger før startdatoen."
    }
    fn moderation_action_required(&self) -> &'static str {
        "Vælg, hvad der skal ske med høringssvaret."
    }
    fn redact_passage_required(&self) -> &'static str {
        "Kopiér den tekst, der skal udelades, ind i feltet."
    }
    fn redact_passage_not_found(&self) -> &'static str {
        "Teksten står ikke ordret i høringssvaret. Kopiér den præcist fra svaret."
    }
    fn duplicate_required(&self) -> &'static str {
        "Skriv svarnummeret på det høringssvar, som dette svar gentager."
    }
    fn duplicate_unknown(&self, svarnummer: &str) -> String {
        format!("Der er intet høringssvar med nummeret «{svarnummer}» i denne høring.")
    }
    fn duplicate_of_itself(&self) -> &'static str {
        "Et høringssvar kan ikke være en kopi af sig selv."
    }
    fn duplicate_of_duplicate(&self, svarnummer: &str, first: &str) -> String {
        format!("«{svarnummer}» er selv markeret som kopi af «{first}». Vælg «{first}» i stedet.")
    }
    fn duplicate_has_duplicates(&self, other: &str) -> String {
        format!(
            "Andre svar (fx «{other}») er markeret som kopi af dette svar, så det kan ikke selv blive en kopi."
        )
    }
    fn tag_required(&self) -> &'static str {
        "Skriv et emneord."
    }
    fn tag_too_long(&self, max: usize) -> String {
        format!("Et emneord må højst have {max} tegn.")
    }
    fn tag_bad_characters(&self) -> &'static str {
        "Et emneord må kun indeholde bogstaver, tal, mellemrum og bindestreg."
    }
    fn note_required(&self) -> &'static str {
        "Skriv noten."
    }
    fn note_too_long(&self, max: usize) -> String {
        format!("En note må højst have {max} tegn.")
    }
    fn bulk_none_selected(&self) -> &'static str {
        "Sæt flueben ved mindst ét høringssvar."
    }
    fn bulk_too_many(&self, max: usize) -> String {
        format!("Vælg højst {max} høringssvar ad gangen.")
    }
    fn bulk_done(&self, done: usize) -> String {
        format!("{done} høringssvar er ændret og skrevet i loggen.")
    }
    fn bulk_refused(&self, svarnummer: &str, why: &str) -> String {
        format!("{svarnummer} er ikke ændret: {why}")
    }
    fn not_decidable(&self) -> &'static str {
        "Svaret er ikke bekræftet af afsenderen eller er trukket tilbage."
    }
    fn filter_language(&self) -> &'static str {
        "Sprog"
    }
    fn filter_attachments(&self) -> &'static str {
        "Bilag"
    }
    fn filter_personal_data(&self) -> &'static str {
        "Mulige personoplysninger (CPR)"
    }
    fn filter_section(&self) -> &'static str {
        "Afsnit i udkastet"
    }
    fn filter_paragraph(&self) -> &'static str {
        "Kun svar på stykket"
    }
    fn filter_from(&self) -> &'static str {
        "Indsendt fra (ÅÅÅÅ-MM-DD)"
    }
    fn filter_to(&self) -> &'static str {
        "Indsendt til og med (ÅÅÅÅ-MM-DD)"
    }
    fn filter_tag(&self) -> &'static str {
        "Emneord"
    }
    fn filter_duplicate(&self) -> &'static str {
        "Kopier af andre svar"
    }
    fn yes(&self) -> &'static str {
        "Ja"
    }
    fn no(&self) -> &'static str {
        "Nej"
    }
    fn unknown_language(&self) -> &'static str {
        "Ukendt"
    }
    fn clear_filters(&self) -> &'static str {
        "Fjern alle filtre"
    }
    fn page_of(&self, page: u64, pages: u64) -> String {
        format!("Side {page} af {pages}")
    }
    fn pages_label(&self) -> &'static str {
        "Sider"
    }
    fn open_response(&self, svarnummer: &str) -> String {
        format!("Åbn {svarnummer}")
    }
    fn select_response(&self, svarnummer: &str) -> String {
        format!("Vælg {svarnummer}")
    }
    fn bulk_legend(&self) -> &'static str {
        "Gør det samme ved alle de valgte høringssvar"
    }
    fn bulk_hint(&self) -> &'static str {
        "Sæt flueben ved svarene i listen nedenfor, vælg handlingen her og tryk på knappen."
    }
    fn bulk_button(&self) -> &'static str {
        "Udfør for de valgte"
    }
    fn action_label(&self) -> &'static str {
        "Handling"
    }
    fn action_redact(&self) -> &'static str {
        "Udelad en passage fra den offentliggjorte tekst"
    }
    fn action_unredact(&self) -> &'static str {
        "Offentliggør teksten uden udeladelser"
    }
    fn action_duplicate(&self) -> &'static str {
        "Markér som kopi af et andet svar"
    }
    fn action_not_duplicate(&self) -> &'static str {
        "Fjern markeringen som kopi"
    }
    fn action_tag(&self) -> &'static str {
        "Tilføj emneord"
    }
    fn passage_label(&self) -> &'static str {
        "Tekst, der skal udelades (kopiér den ordret)"
    }
    fn passage_hint(&self) -> &'static str {
        "Passagen erstattes af [udeladt] i den offentlige visning. Den oprindelige tekst gemmes i sagen."
    }
    fn duplicate_of_label(&self) -> &'static str {
        "Svarnummer på det svar, der gentages"
    }
    fn tag_label(&self) -> &'static str {
        "Emneord"
    }
    fn add_tag(&self) -> &'static str {
        "Tilføj emneord"
    }
    fn remove_tag(&self, tag: &str) -> String {
        format!("Fjern emneordet «{tag}»")
    }
    fn tags_heading(&self) -> &'static str {
        "Emneord (interne)"
    }
    fn no_tags(&self) -> &'static str {
        "Ingen emneord endnu."
    }
    fn notes_heading(&self) -> &'static str {
        "Interne noter – vises aldrig offentligt"
    }
    fn no_notes(&self) -> &'static str {
        "Ingen noter endnu."
    }
    fn note_label(&self) -> &'static str {
        "Ny note"
    }
    fn add_note(&self) -> &'static str {
        "Gem noten"
    }
    fn note_count(&self, n: u64) -> String {
        if n == 1 {
            "1 note".to_owned()
        } else {
            format!("{n} noter")
        }
    }
    fn response_saved_notice(&self) -> &'static str {
        "Ændringen er gemt og skrevet i loggen."
    }
    fn back_to_inbox(&self) -> &'static str {
        "Tilbage til høringssvarene"
    }
    fn sender_heading(&self) -> &'static str {
        "Afsender"
    }
    fn text_as_sent(&self) -> &'static str {
        "Teksten som indsendt"
    }
    fn public_text_heading(&self) -> &'static str {
        "Offentliggjort tekst (med udeladelser)"
    }
    fn redacted_badge(&self) -> &'static str {
        "Med udeladelser"
    }
    fn duplicate_badge(&self, svarnummer: &str) -> String {
        format!("Kopi af {svarnummer}")
    }
    fn files_heading(&self) -> &'static str {
        "Bilag"
    }
    fn extracted_text(&self) -> &'static str {
        "Tekst fundet i filen"
    }
    fn download_file(&self, name: &str) -> String {
        format!("Hent {name}")
    }
    fn history_heading(&self) -> &'static str {
        "Historik"
    }
    fn no_history(&self) -> &'static str {
        "Ingen ændringer endnu."
    }
    fn comments_on(&self) -> &'static str {
        "Kommenterer"
    }
    fn paragraph_changed_since(&self) -> &'static str {
        "Stykket er ændret i en senere version af udkastet."
    }
    fn submitted_label(&self) -> &'static str {
        "Indsendt"
    }
    fn note_by(&self) -> &'static str {
        "Skrevet af"
    }
    fn decide_legend_full(&self) -> &'static str {
        "Beslut om høringssvaret"
    }
    fn fact_name(&self) -> &'static str {
        "Navn"
    }
    fn fact_organisation(&self) -> &'static str {
        "Organisation"
    }
    fn fact_email(&self) -> &'static str {
        "E-mail"
    }
    fn fact_postal_code(&self) -> &'static str {
        "Postnummer"
    }
    fn fact_kind(&self) -> &'static str {
        "Type afsender"
    }
    fn duplicate_of_unconfirmed(&self, svarnummer: &str) -> String {
        format!(
            "«{svarnummer}» er ikke bekræftet af afsenderen eller er trukket tilbage, så det kan ikke være originalen."
        )
    }
    fn bulk_one_at_a_time(&self) -> &'static str {
        "Udeladelser vælges på det enkelte svars side, ét svar ad gangen."
    }
    fn bulk_not_in_hearing(&self) -> &'static str {
        "Svaret findes ikke i denne høring."
    }
}
