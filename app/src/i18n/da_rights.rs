//! Danish texts of a resident's rights over their data.

use super::da::Da;
use super::rights::RightsMessages;
use crate::vocab::MailStatus;

impl RightsMessages for Da {
    fn my_data_title(&self) -> &'static str {
        "Dine data"
    }
    fn my_data_intro(&self) -> &'static str {
        "Her kan du se, hente og bede om sletning af alt, hvad kommunen har gemt om dig i forbindelse med høringer: dine oplysninger, dine høringssvar og filer, og de e-mails, vi har sendt dig. Skriv den e-mailadresse, du brugte, så sender vi et link til den."
    }
    fn my_data_send_button(&self) -> &'static str {
        "Send mig et link"
    }
    fn my_data_link_sent(&self, minutes: i64) -> String {
        format!(
            "Hvis vi har data om adressen, har vi nu sendt et link til den. Linket virker i {minutes} minutter og kan bruges én gang. Kommer der ikke noget, har vi ingen data om adressen – eller tjek dit spamfilter."
        )
    }
    fn my_data_rate_limited(&self) -> &'static str {
        "Der er bedt om for mange links til adressen eller fra dit netværk. Prøv igen om en time."
    }
    fn my_data_mail_subject(&self) -> &'static str {
        "Link til dine data"
    }
    fn my_data_mail_body(&self, link: &str, minutes: i64) -> String {
        format!(
            "Hej\n\nDu (eller nogen, der skrev din adresse) har bedt om at se de data, kommunen har gemt om din e-mailadresse i forbindelse med høringer.\n\nÅbn linket herunder. Det virker i {minutes} minutter og kan bruges én gang:\n{link}\n\nHar du ikke bedt om det, kan du se bort fra denne e-mail. Ingen kan se dine data uden linket.\n"
        )
    }
    fn my_data_open_body(&self, minutes: i64) -> String {
        format!(
            "Tryk på knappen for at se dine data. Du får adgang i denne browser i {minutes} minutter; linket kan derefter ikke bruges igen."
        )
    }
    fn my_data_open_button(&self) -> &'static str {
        "Vis mine data"
    }
    fn my_data_link_used(&self) -> &'static str {
        "Linket er allerede brugt. Et link virker kun én gang – bed om et nyt."
    }
    fn my_data_link_expired(&self) -> &'static str {
        "Linket er udløbet. Bed om et nyt."
    }
    fn my_data_link_unknown(&self) -> &'static str {
        "Linket findes ikke. Tjek, at du har kopieret hele linket, eller bed om et nyt."
    }
    fn my_data_ask_again(&self) -> &'static str {
        "Bed om et nyt link"
    }
    fn my_data_heading(&self, email: &str) -> String {
        format!("Data om {email}")
    }
    fn my_data_access_until(&self, until: &str) -> String {
        format!("Du har adgang i denne browser til {until}. Derefter skal du bede om et nyt link.")
    }
    fn my_data_download(&self) -> &'static str {
        "Hent alle data (JSON)"
    }
    fn my_data_close(&self) -> &'static str {
        "Afslut adgangen"
    }
    fn my_data_closed_notice(&self) -> &'static str {
        "Adgangen til dine data er afsluttet i denne browser."
    }
    fn my_data_from_manage(&self) -> &'static str {
        "Se, hent eller slet dine data"
    }
    fn my_data_from_manage_explain(&self) -> &'static str {
        "Se alt, hvad kommunen har gemt om din e-mailadresse i høringer, hent det som en fil, eller bed om at få det slettet."
    }
    fn my_data_identity_heading(&self) -> &'static str {
        "Dine oplysninger"
    }
    fn my_data_identity_of(&self, svarnumre: &str) -> String {
        format!("Afgivet med høringssvar {svarnumre}")
    }
    fn my_data_stored_at(&self) -> &'static str {
        "Gemt"
    }
    fn my_data_responses_heading(&self) -> &'static str {
        "Dine høringssvar"
    }
    fn my_data_no_responses(&self) -> &'static str {
        "Der er ingen høringssvar på adressen."
    }
    fn my_data_label(&self, field: &str) -> &'static str {
        match field {
            "hearing" => "Høring",
            "submitted" => "Afgivet",
            "verified" => "Bekræftet",
            "published" => "Offentliggjort",
            "updated" => "Senest ændret",
            "section" => "Afsnit",
            "paragraph" => "Paragraf/stykke",
            "published_text" => "Teksten som offentliggjort (redigeret af kommunen)",
            "files" => "Filer",
            "channel" => "Modtaget via",
            _ => "",
        }
    }
    fn my_data_file(&self, name: &str, size_bytes: i64, public: bool) -> String {
        let shown = if public {
            "kan offentliggøres"
        } else {
            "offentliggøres ikke"
        };
        format!("{name} ({size_bytes} byte, {shown})")
    }
    fn my_data_mails_heading(&self) -> &'static str {
        "E-mails sendt til dig"
    }
    fn my_data_no_mails(&self) -> &'static str {
        "Vi har ikke sendt e-mails til adressen."
    }
    fn my_data_mail_columns(&self) -> [&'static str; 3] {
        ["Dato", "Emne", "Status"]
    }
    fn my_data_mail_status(&self, status: MailStatus) -> &'static str {
        match status {
            MailStatus::Sent => "Sendt",
            MailStatus::Failed => "Kunne ikke sendes",
            MailStatus::Pending => "Venter på at blive sendt",
        }
    }
    fn my_data_erasures_heading(&self) -> &'static str {
        "Dine anmodninger om sletning"
    }
    fn my_data_no_erasures(&self) -> &'static str {
        "Du har ikke bedt om sletning."
    }
    fn erase_heading(&self) -> &'static str {
        "Bed om sletning"
    }
    fn erase_explain(&self, decided: bool) -> &'static str {
        if decided {
            "Høringen er afgjort, så kommunen skal bevare, hvad der indgik i afgørelsen: dit navn, din adresse og dine øvrige oplysninger slettes, og teksten gemmes uden dem."
        } else {
            "Kommunen sletter svaret, dets filer og dine oplysninger helt. En medarbejder udfører sletningen."
        }
    }
    fn erase_confirm_label(&self) -> &'static str {
        "Ja, slet mit høringssvar"
    }
    fn erase_confirm_required(&self) -> &'static str {
        "Sæt flueben for at bekræfte, at du vil have svaret slettet."
    }
    fn erase_button(&self) -> &'static str {
        "Bed om sletning"
    }
    fn erase_all_button(&self) -> &'static str {
        "Bed om sletning af alle mine svar"
    }
    fn erase_all_heading(&self) -> &'static str {
        "Slet alle dine høringssvar"
    }
    fn erasure_requested_notice(&self) -> &'static str {
        "Din anmodning om sletning er sendt til kommunen. Du kan følge den her."
    }
    fn erasure_pending_notice(&self) -> &'static str {
        "Du har allerede bedt om sletning; anmodningen venter på kommunen."
    }
    fn erasure_already_requested(&self, requested: &str) -> String {
        format!("Du bad om sletning {requested}. Anmodningen venter på kommunen.")
    }
    fn erasure_mail_subject(&self, svarnummer: &str) -> String {
        format!("Anmodning om sletning af høringssvar {svarnummer}")
    }
    fn erasure_mail_body(&self, hearing_title: &str, svarnummer: &str, link: &str) -> String {
        format!(
            "Afsenderen af høringssvar {svarnummer} i høringen \"{hearing_title}\" har bedt om at få svaret slettet.\n\nSe og udfør anmodningen her:\n{link}\n"
        )
    }
    fn erasure_requests_title(&self) -> &'static str {
        "Anmodninger om sletning"
    }
    fn erasure_requests_intro(&self, decided: bool) -> &'static str {
        if decided {
            "Høringen er afgjort: en sletning fjerner afsenderens oplysninger og filer, men bevarer den anonymiserede tekst, som indgik i afgørelsen."
        } else {
            "Høringen er ikke afgjort: en sletning fjerner svaret, dets filer og afsenderens oplysninger helt."
        }
    }
    fn erasure_requests_none(&self) -> &'static str {
        "Ingen har bedt om sletning i denne høring."
    }
    fn erasure_columns(&self) -> [&'static str; 5] {
        ["Svarnummer", "Anmodet", "Status", "Udført af", "Handling"]
    }
    fn erasure_carry_out(&self) -> &'static str {
        "Udfør sletning"
    }
    fn erasure_done_notice(&self) -> &'static str {
        "Sletningen er udført."
    }
}
