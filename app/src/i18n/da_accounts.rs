//! Danish texts of accounts and records.

use super::accounts::AccountMessages;
use super::da::Da;

impl AccountMessages for Da {
    fn forgot_password(&self) -> &'static str {
        "Glemt din adgangskode?"
    }
    fn reset_intro(&self) -> &'static str {
        "Skriv den e-mailadresse, du logger ind med. Har den en konto, sender vi et link, hvor du kan vælge en ny adgangskode."
    }
    fn reset_button(&self) -> &'static str {
        "Send link"
    }
    fn reset_sent(&self) -> &'static str {
        "Hvis adressen har en konto, har vi sendt et link til den. Linket virker i 60 minutter og kun én gang."
    }
    fn reset_subject(&self) -> &'static str {
        "Vælg en ny adgangskode til Ordet"
    }
    fn invite_subject(&self) -> &'static str {
        "Du har fået en konto i Ordet"
    }
    fn new_password_title(&self) -> &'static str {
        "Vælg en ny adgangskode"
    }
    fn new_password_label(&self) -> &'static str {
        "Ny adgangskode"
    }
    fn repeat_password_label(&self) -> &'static str {
        "Gentag den nye adgangskode"
    }
    fn password_hint(&self) -> &'static str {
        "Mindst 12 tegn. Brug gerne flere ord i en sætning. Den må ikke være din e-mailadresse."
    }
    fn set_password_button(&self) -> &'static str {
        "Gem adgangskoden"
    }
    fn password_too_short(&self) -> &'static str {
        "Adgangskoden skal have mindst 12 tegn."
    }
    fn password_too_long(&self) -> &'static str {
        "Adgangskoden må højst have 200 tegn."
    }
    fn password_mismatch(&self) -> &'static str {
        "De to adgangskoder er ikke ens. Skriv den samme i begge felter."
    }
    fn password_is_email(&self) -> &'static str {
        "Adgangskoden må ikke være din e-mailadresse."
    }
    fn reset_invalid_title(&self) -> &'static str {
        "Linket virker ikke længere"
    }
    fn reset_invalid_body(&self) -> &'static str {
        "Linket er udløbet, allerede brugt eller ukendt. Bed om et nyt link nedenfor."
    }
    fn password_changed(&self) -> &'static str {
        "Din nye adgangskode er gemt, og du er logget ud alle steder. Log ind med den nye adgangskode."
    }
    fn email_invalid(&self) -> &'static str {
        "Skriv en gyldig e-mailadresse, fx navn@kk.dk."
    }
    fn users_title(&self) -> &'static str {
        "Brugere"
    }
    fn create_user_heading(&self) -> &'static str {
        "Opret en bruger"
    }
    fn create_user_hint(&self) -> &'static str {
        "Den nye bruger får en e-mail med et link til at vælge sin adgangskode. Linket virker i 7 dage."
    }
    fn user_name_label(&self) -> &'static str {
        "Navn"
    }
    fn user_email_label(&self) -> &'static str {
        "E-mailadresse"
    }
    fn role_label(&self) -> &'static str {
        "Rolle"
    }
    fn role_hearing_label(&self) -> &'static str {
        "Høring"
    }
    fn all_hearings(&self) -> &'static str {
        "Alle høringer"
    }
    fn create_user_button(&self) -> &'static str {
        "Opret bruger"
    }
    fn accounts_heading(&self) -> &'static str {
        "Konti"
    }
    fn roles_label(&self) -> &'static str {
        "Roller"
    }
    fn account_status_label(&self) -> &'static str {
        "Status"
    }
    fn account_active(&self) -> &'static str {
        "Aktiv"
    }
    fn account_locked(&self) -> &'static str {
        "Låst efter forkerte adgangskoder"
    }
    fn account_disabled(&self) -> &'static str {
        "Deaktiveret"
    }
    fn last_sign_in_label(&self) -> &'static str {
        "Seneste login"
    }
    fn last_sign_in_unknown(&self) -> &'static str {
        "Ukendt"
    }
    fn add_role_button(&self) -> &'static str {
        "Tilføj rolle"
    }
    fn add_role_legend(&self) -> &'static str {
        "Tilføj en rolle"
    }
    fn disable_button(&self) -> &'static str {
        "Deaktivér"
    }
    fn enable_button(&self) -> &'static str {
        "Aktivér"
    }
    fn name_required(&self) -> &'static str {
        "Skriv brugerens navn."
    }
    fn email_taken(&self) -> &'static str {
        "Der findes allerede en konto med denne e-mailadresse."
    }
    fn role_invalid(&self) -> &'static str {
        "Vælg en rolle."
    }
    fn hearing_invalid(&self) -> &'static str {
        "Vælg en høring på listen."
    }
    fn role_exists(&self) -> &'static str {
        "Brugeren har allerede denne rolle."
    }
    fn cannot_remove_own_admin(&self) -> &'static str {
        "Du kan ikke fjerne din egen sidste administratorrolle."
    }
    fn cannot_disable_self(&self) -> &'static str {
        "Du kan ikke deaktivere din egen konto."
    }
    fn audit_export_heading(&self) -> &'static str {
        "Hent revisionsloggen"
    }
    fn audit_hearing_label(&self) -> &'static str {
        "Høring (valgfri)"
    }
    fn audit_from_label(&self) -> &'static str {
        "Fra dato (valgfri)"
    }
    fn audit_to_label(&self) -> &'static str {
        "Til og med dato (valgfri)"
    }
    fn date_invalid(&self) -> &'static str {
        "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2010-11-24."
    }
    fn attachments_zip(&self) -> &'static str {
        "Alle bilag (ZIP)"
    }
    fn reset_body(&self, name: &str, link: &str, minutes: i64) -> String {
        format!(
            "Kære {name}\n\nDu har bedt om at vælge en ny adgangskode til Ordet. Åbn dette link; det virker i {minutes} minutter og kun én gang:\n{link}\n\nHar du ikke bedt om det, kan du se bort fra denne e-mail. Din adgangskode er ikke ændret.\n\nMed venlig hilsen\nOrdet\n"
        )
    }
    fn invite_body(&self, name: &str, link: &str, days: i64) -> String {
        format!(
            "Kære {name}\n\nDu har fået en konto i Ordet, kommunens platform for høringer. Åbn dette link for at vælge din adgangskode; det virker i {days} dage og kun én gang:\n{link}\n\nMed venlig hilsen\nOrdet\n"
        )
    }
    fn remove_role_button(&self, role: &str) -> String {
        format!("Fjern rollen {role}")
    }
    fn users_saved(&self, what: &str) -> &'static str {
        match what {
            "created" => {
                "Brugeren er oprettet og har fået en e-mail med et link til at vælge adgangskode."
            }
            "role_added" => "Rollen er tilføjet.",
            "role_removed" => "Rollen er fjernet.",
            "disabled" => "Kontoen er deaktiveret, og brugeren er logget ud alle steder.",
            "enabled" => "Kontoen er aktiveret igen.",
            _ => "Ændringen er gemt.",
        }
    }
}
