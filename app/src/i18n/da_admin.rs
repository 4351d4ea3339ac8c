//! Danish texts of the officials' workspace.

use super::admin::AdminMessages;
use super::da::Da;

impl AdminMessages for Da {
    fn admin_title(&self) -> &'static str {
        "Sagsbehandling"
    }
    fn login_title(&self) -> &'static str {
        "Log ind som medarbejder"
    }
    fn login_intro(&self) -> &'static str {
        "Borgere og organisationer skal ikke logge ind for at afgive høringssvar. Denne side er for kommunens medarbejdere og udvalgsmedlemmer."
    }
    fn password_label(&self) -> &'static str {
        "Adgangskode"
    }
    fn login_button(&self) -> &'static str {
        "Log ind"
    }
    fn login_failed(&self) -> &'static str {
        "Forkert e-mail eller adgangskode. Efter 5 forkerte forsøg er kontoen låst i 15 minutter."
    }
    fn login_rate_limited(&self) -> &'static str {
        "Der er forsøgt at logge ind med adgangskode mange gange herfra på kort tid. Vent et par minutter, og prøv igen, eller få et link til at logge ind på e-mail."
    }
    fn cross_site_refused(&self) -> &'static str {
        "Forespørgslen er afvist, fordi den kom fra en anden hjemmeside end Ordet. Gå til Ordet, genindlæs siden, og prøv igen."
    }
    fn origin_missing(&self) -> &'static str {
        "Forespørgslen er afvist: den bar en log-ind-cookie, men sagde ikke, hvilken side den kom fra (hverken Origin eller Referer). Genindlæs siden, og prøv igen; et program skal sende Origin-headeren med Ordets adresse."
    }
    fn logout_button(&self) -> &'static str {
        "Log ud"
    }
    fn not_signed_in(&self) -> &'static str {
        "Du skal logge ind for at se denne side."
    }
    fn forbidden(&self) -> &'static str {
        "Din rolle giver ikke adgang til denne side."
    }
    fn your_hearings(&self) -> &'static str {
        "Høringer"
    }
    fn open_inbox(&self) -> &'static str {
        "Se høringssvar"
    }
    fn filters(&self) -> &'static str {
        "Filtrér høringssvarene"
    }
    fn filter_status(&self) -> &'static str {
        "Status"
    }
    fn filter_kind(&self) -> &'static str {
        "Afsender"
    }
    fn filter_channel(&self) -> &'static str {
        "Kanal"
    }
    fn filter_any(&self) -> &'static str {
        "Alle"
    }
    fn apply_filters(&self) -> &'static str {
        "Vis"
    }
    fn no_matches(&self) -> &'static str {
        "Ingen høringssvar passer til filtrene."
    }
    fn decision_legend(&self) -> &'static str {
        "Beslutning"
    }
    fn action_publish(&self) -> &'static str {
        "Offentliggør"
    }
    fn action_hold(&self) -> &'static str {
        "Tilbagehold"
    }
    fn action_reject(&self) -> &'static str {
        "Afvis"
    }
    fn reason_label(&self) -> &'static str {
        "Begrundelse (skal udfyldes ved tilbageholdelse og afvisning; sendes til afsenderen ved afvisning)"
    }
    fn decide_button(&self) -> &'static str {
        "Gem beslutning"
    }
    fn decided_notice(&self) -> &'static str {
        "Beslutningen er gemt og skrevet i loggen."
    }
    fn download_exports(&self) -> &'static str {
        "Hent alle høringssvar med alle felter som"
    }
    fn login_link_heading(&self) -> &'static str {
        "Eller få et link til at logge ind på e-mail"
    }
    fn login_link_button(&self) -> &'static str {
        "Send mig et link"
    }
    fn login_link_sent(&self) -> &'static str {
        "Hvis adressen hører til en konto, har vi sendt et link til at logge ind. Det virker i 15 minutter og kun én gang."
    }
    fn login_link_invalid(&self) -> &'static str {
        "Linket virker ikke længere: det er brugt, udløbet eller ufuldstændigt. Bed om et nyt."
    }
    fn login_link_confirm(&self) -> &'static str {
        "Tryk på knappen for at logge ind med linket fra din e-mail."
    }
    fn login_link_subject(&self) -> &'static str {
        "Dit link til at logge ind i Ordet"
    }
    fn login_link_body(&self, name: &str, link: &str, minutes: i64) -> String {
        format!(
            "Kære {name}\n\nÅbn dette link for at logge ind i Ordet. Det virker i {minutes} minutter og kun én gang:\n{link}\n\nHar du ikke bedt om det, kan du se bort fra denne e-mail.\n\nMed venlig hilsen\nOrdet\n"
        )
    }
    fn audit_title(&self) -> &'static str {
        "Revisionslog"
    }
    fn audit_when(&self) -> &'static str {
        "Tidspunkt"
    }
    fn audit_who(&self) -> &'static str {
        "Hvem"
    }
    fn audit_what(&self) -> &'static str {
        "Hvad"
    }
    fn audit_reason(&self) -> &'static str {
        "Begrundelse"
    }
    fn response_total(&self, n: usize) -> String {
        format!("{n} høringssvar")
    }
    fn signed_in_as(&self, name: &str) -> String {
        format!("Logget ind som {name}")
    }
}
