//! Danish texts of hearing administration.

use chrono::{NaiveDate, NaiveDateTime};

use super::Messages;
use super::da::Da;
use super::hearing_admin::HearingAdminMessages;
use crate::vocab::HearingState;

impl HearingAdminMessages for Da {
    fn ha_manage_hearing_link(&self) -> &'static str {
        "Administrér høringen"
    }
    fn ha_new_hearing_link(&self) -> &'static str {
        "Opret en ny høring"
    }
    fn ha_manage_title(&self) -> &'static str {
        "Administration af høringen"
    }
    fn ha_public_page_link(&self) -> &'static str {
        "Se den offentlige side"
    }
    fn ha_back_to_admin(&self) -> &'static str {
        "Tilbage til administrationen af høringen"
    }
    fn ha_settings_heading(&self) -> &'static str {
        "Oplysninger om høringen"
    }
    fn ha_slug_label(&self) -> &'static str {
        "Kort navn i webadressen"
    }
    fn ha_slug_hint(&self) -> &'static str {
        "Små bogstaver (a–z), tal og bindestreger, fx integrationspolitik-2011-2014. Kan ikke ændres bagefter."
    }
    fn ha_title_label(&self) -> &'static str {
        "Titel"
    }
    fn ha_summary_label(&self) -> &'static str {
        "Kort resumé"
    }
    fn ha_committee_label(&self) -> &'static str {
        "Udvalg, der beslutter"
    }
    fn ha_journal_label(&self) -> &'static str {
        "Journalnummer"
    }
    fn ha_journal_hint(&self) -> &'static str {
        "Årstal, bindestreg og løbenummer, fx 2010-64452."
    }
    fn ha_opens_label(&self) -> &'static str {
        "Høringen åbner"
    }
    fn ha_closes_label(&self) -> &'static str {
        "Høringsfrist"
    }
    fn ha_time_hint(&self) -> &'static str {
        "Dansk tid (København)."
    }
    fn ha_policy_label(&self) -> &'static str {
        "Hvornår bliver svarene offentlige?"
    }
    fn ha_milestones_heading(&self) -> &'static str {
        "Tidsplan"
    }
    fn ha_milestones_hint(&self) -> &'static str {
        "Udfyld den tomme række for at tilføje et punkt. Sæt kryds ved »Fjern« for at slette et."
    }
    fn ha_milestone_date_label(&self) -> &'static str {
        "Dato"
    }
    fn ha_milestone_label_label(&self) -> &'static str {
        "Hvad sker der?"
    }
    fn ha_milestone_kind_label(&self) -> &'static str {
        "Slags"
    }
    fn ha_remove_label(&self) -> &'static str {
        "Fjern"
    }
    fn ha_recipients_heading(&self) -> &'static str {
        "Modtagere af sammendraget"
    }
    fn ha_recipients_hint(&self) -> &'static str {
        "Dem, der får sammendraget af høringssvarene, fx udvalgets medlemmer. Udfyld den tomme række for at tilføje en."
    }
    fn ha_recipient_name_label(&self) -> &'static str {
        "Navn"
    }
    fn ha_recipient_email_label(&self) -> &'static str {
        "E-mail"
    }
    fn ha_row_label(&self) -> &'static str {
        "Række"
    }
    fn ha_save_button(&self) -> &'static str {
        "Gem ændringer"
    }
    fn ha_create_button(&self) -> &'static str {
        "Opret høringen"
    }
    fn ha_saved_notice(&self) -> &'static str {
        "Ændringerne er gemt og skrevet i loggen."
    }
    fn ha_created_notice(&self) -> &'static str {
        "Høringen er oprettet som kladde. Den er ikke offentlig, før du offentliggør den."
    }
    fn ha_form_has_errors(&self) -> &'static str {
        "Formularen er ikke gemt. Ret det, der står ved felterne."
    }
    fn ha_required(&self) -> &'static str {
        "Udfyld feltet."
    }
    fn ha_journal_invalid(&self) -> &'static str {
        "Skriv journalnummeret som årstal, bindestreg og løbenummer, fx 2010-64452."
    }
    fn ha_datetime_invalid(&self) -> &'static str {
        "Skriv dato og klokkeslæt, fx 2010-08-09 00:00."
    }
    fn ha_closes_before_opens(&self) -> &'static str {
        "Fristen skal ligge efter åbningen."
    }
    fn ha_date_invalid(&self) -> &'static str {
        "Skriv en dato, fx 2010-08-09."
    }
    fn ha_kind_invalid(&self) -> &'static str {
        "Vælg en af de slags, der står på listen."
    }
    fn ha_policy_invalid(&self) -> &'static str {
        "Vælg en af mulighederne."
    }
    fn ha_email_invalid(&self) -> &'static str {
        "Skriv en gyldig e-mailadresse, fx navn@kk.dk."
    }
    fn ha_email_duplicate(&self) -> &'static str {
        "Adressen står der allerede."
    }
    fn ha_slug_invalid(&self) -> &'static str {
        "Brug 3–80 små bogstaver (a–z), tal og enkelte bindestreger, fx integrationspolitik-2011-2014."
    }
    fn ha_slug_taken(&self) -> &'static str {
        "Det korte navn bruges allerede af en anden høring."
    }
    fn ha_status_heading(&self) -> &'static str {
        "Status"
    }
    fn ha_status_now(&self) -> &'static str {
        "Høringen er nu:"
    }
    fn ha_no_transitions(&self) -> &'static str {
        "Der er ingen statusændring at foretage lige nu."
    }
    fn ha_status_changed_notice(&self) -> &'static str {
        "Status er ændret og skrevet i loggen."
    }
    fn ha_publish_needs_draft(&self) -> &'static str {
        "Indlæs et udkast, før høringen offentliggøres."
    }
    fn ha_status_unknown(&self) -> &'static str {
        "Vælg published, processing eller decided."
    }
    fn ha_history_heading(&self) -> &'static str {
        "Historik"
    }
    fn ha_history_empty(&self) -> &'static str {
        "Ingen ændringer endnu."
    }
    fn ha_versions_heading(&self) -> &'static str {
        "Udkastets versioner"
    }
    fn ha_no_versions(&self) -> &'static str {
        "Der er ikke indlæst noget udkast endnu."
    }
    fn ha_view_version(&self) -> &'static str {
        "Læs"
    }
    fn ha_upload_link(&self) -> &'static str {
        "Indlæs en ny version af udkastet"
    }
    fn ha_upload_heading(&self) -> &'static str {
        "Ny version af udkastet"
    }
    fn ha_upload_file_label(&self) -> &'static str {
        "Fil med udkastet (Markdown, Word .docx eller OpenDocument .odt)"
    }
    fn ha_upload_text_label(&self) -> &'static str {
        "… eller indsæt teksten (Markdown)"
    }
    fn ha_upload_hint(&self) -> &'static str {
        "Første overskrift (#) er titlen, hver anden overskrift (##) starter et afsnit. I Word og OpenDocument bruges typografierne Titel og Overskrift 1, 2 … Du ser udkastet, før det bliver offentligt."
    }
    fn ha_office_unreadable(&self) -> &'static str {
        "Filen kunne ikke læses som et Word- eller OpenDocument-dokument. Gem den igen som .docx, .odt eller Markdown, og prøv igen."
    }
    fn ha_preview_button(&self) -> &'static str {
        "Vis udkastet"
    }
    fn ha_publish_version_button(&self) -> &'static str {
        "Udgiv som ny version"
    }
    fn ha_preview_heading(&self) -> &'static str {
        "Forhåndsvisning – ikke gemt endnu"
    }
    fn ha_draft_missing(&self) -> &'static str {
        "Vælg en fil eller indsæt teksten."
    }
    fn ha_draft_unchanged(&self) -> &'static str {
        "Udkastet er det samme som den nyeste version; der er ikke gemt noget."
    }
    fn ha_diff_heading(&self) -> &'static str {
        "Forskelle mellem versioner"
    }
    fn ha_diff_from_label(&self) -> &'static str {
        "Fra version"
    }
    fn ha_diff_to_label(&self) -> &'static str {
        "Til version"
    }
    fn ha_diff_show_button(&self) -> &'static str {
        "Vis forskelle"
    }
    fn ha_diff_unknown_version(&self) -> &'static str {
        "Den version findes ikke."
    }
    fn ha_inserted(&self) -> &'static str {
        "indsat:"
    }
    fn ha_deleted(&self) -> &'static str {
        "slettet:"
    }
    fn ha_too_long(&self, max: usize) -> String {
        format!("Højst {max} tegn.")
    }
    fn ha_transition_refused(&self, from: &str, to: HearingState) -> String {
        format!(
            "En høring med status »{}« kan ikke {}.",
            from,
            match to {
                HearingState::Published =>
                    "offentliggøres (den er allerede offentlig eller afsluttet)",
                HearingState::Processing =>
                    "flyttes til behandling; det kan kun en afsluttet høring",
                HearingState::Decided => "markeres som afgjort; først skal svarene behandles",
                HearingState::Draft => "ændres sådan",
            }
        )
    }
    fn ha_processing_before_deadline(&self, closes: NaiveDateTime) -> String {
        format!(
            "Høringen tager imod svar til {}. Den kan først flyttes til behandling efter fristen.",
            self.date_time(closes)
        )
    }
    fn ha_transition_button(&self, to: HearingState) -> &'static str {
        match to {
            HearingState::Published => "Offentliggør høringen",
            HearingState::Processing => "Flyt til behandling af svarene",
            HearingState::Decided | HearingState::Draft => "Markér som afgjort",
        }
    }
    fn ha_history_action(&self, action: &str) -> &'static str {
        match action {
            "hearing.create" => "Høringen blev oprettet",
            "hearing.update" => "Oplysningerne blev ændret",
            "hearing.status" => "Status blev ændret",
            "draft.import" => "En ny version af udkastet blev udgivet",
            "retention.hearing" => "Svarafgivernes persondata blev slettet",
            _ => "Ændring",
        }
    }
    fn ha_version_label(&self, version_no: i32, imported_on: NaiveDate) -> String {
        format!("Version {version_no} af {}", self.date(imported_on))
    }
    fn ha_diff_previous(&self, version_no: i32) -> String {
        format!("Forskelle fra version {}", version_no - 1)
    }
    fn ha_preview_summary(&self, sections: usize, paragraphs: usize) -> String {
        format!("Udkastet har {sections} afsnitsoverskrifter og {paragraphs} afsnit.")
    }
    fn ha_draft_published_notice(&self, version_no: i32) -> String {
        format!("Version {version_no} er udgivet og skrevet i loggen.")
    }
    fn ha_change_name(&self, change: &str) -> &'static str {
        match change {
            "added" => "Tilføjet",
            "removed" => "Fjernet",
            "changed" => "Ændret",
            _ => "Uændret",
        }
    }
    fn ha_diff_summary(&self, [added, removed, changed, unchanged]: [usize; 4]) -> String {
        format!("{added} tilføjet, {removed} fjernet, {changed} ændret, {unchanged} uændret.")
    }
    fn ha_paragraph_label(&self, number: &str) -> String {
        format!("Afsnit {number}")
    }
    fn ha_paragraph_changed(&self, number: &str, version_no: i32) -> String {
        format!("Kommenterer afsnit {number} i version {version_no} – afsnittet er ændret siden")
    }
}
