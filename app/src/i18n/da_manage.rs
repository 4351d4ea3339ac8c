//! Danish texts of the change-or-withdraw page.

use super::da::Da;
use super::manage::ManageMessages;

impl ManageMessages for Da {
    fn manage_title(&self, svarnummer: &str) -> String {
        format!("Dit høringssvar {svarnummer}")
    }
    fn manage_intro(&self, deadline: &str) -> String {
        format!("Du kan rette dit svar eller trække det tilbage indtil {deadline}.")
    }
    fn status_label(&self) -> &'static str {
        "Status"
    }
    fn save_changes(&self) -> &'static str {
        "Gem ændringer"
    }
    fn saved_notice(&self) -> &'static str {
        "Dine ændringer er gemt."
    }
    fn withdrawn_notice(&self) -> &'static str {
        "Dit svar er trukket tilbage. Det indgår ikke længere i høringen."
    }
    fn withdraw_heading(&self) -> &'static str {
        "Træk svaret tilbage"
    }
    fn withdraw_explain(&self) -> &'static str {
        "Hvis du trækker svaret tilbage, fjernes det fra høringens side og indgår ikke i behandlingen. Det kan ikke fortrydes, men du kan sende et nyt svar, så længe høringen er åben."
    }
    fn withdraw_confirm_label(&self) -> &'static str {
        "Ja, træk mit høringssvar tilbage"
    }
    fn withdraw_button(&self) -> &'static str {
        "Træk svaret tilbage"
    }
    fn withdraw_confirm_required(&self) -> &'static str {
        "Sæt flueben, hvis du vil trække svaret tilbage."
    }
    fn already_withdrawn(&self) -> &'static str {
        "Svaret er trukket tilbage og kan ikke længere ændres."
    }
    fn manage_closed(&self) -> &'static str {
        "Høringsfristen er udløbet, så svaret kan ikke længere ændres eller trækkes tilbage."
    }
    fn manage_unknown_title(&self) -> &'static str {
        "Linket virker ikke"
    }
    fn manage_unknown_body(&self) -> &'static str {
        "Tjek, at du har kopieret hele linket fra kvitteringen."
    }
    fn moderation_reason_required(&self) -> &'static str {
        "Skriv en begrundelse: den gemmes i loggen og sendes til afsenderen ved afvisning."
    }
    fn rejected_mail_subject(&self, svarnummer: &str) -> String {
        format!("Dit høringssvar {svarnummer} er afvist")
    }
    fn rejected_mail_body(
        &self,
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        reason: &str,
    ) -> String {
        format!(
            "Kære {name}\n\nKommunen har afvist dit høringssvar {svarnummer} til «{hearing_title}» med denne begrundelse:\n\n{reason}\n\nSvaret offentliggøres ikke. Er du uenig, kan du svare på denne e-mail.\n\nMed venlig hilsen\nOrdet\n"
        )
    }
    fn manage_changed_meanwhile(&self) -> &'static str {
        "Svaret blev ændret, mens du skrev. Se det igennem, og gem igen."
    }
    fn not_saved_try_again(&self) -> &'static str {
        "Svaret kunne ikke gemmes lige nu. Din tekst står her stadig; prøv at sende igen om lidt."
    }
    fn verify_confirm_title(&self) -> &'static str {
        "Bekræft dit høringssvar"
    }
    fn verify_confirm_body(&self, svarnummer: &str, hearing_title: &str) -> String {
        format!(
            "Tryk på knappen for at bekræfte høringssvar {svarnummer} til «{hearing_title}». Først da indgår det i høringen."
        )
    }
    fn verify_confirm_button(&self) -> &'static str {
        "Bekræft høringssvaret"
    }
    fn author_changed_mail_subject(&self, svarnummer: &str) -> String {
        format!("Høringssvar {svarnummer} er ændret af afsenderen")
    }
    fn author_changed_mail_body(
        &self,
        hearing_title: &str,
        svarnummer: &str,
        status: &str,
        link: &str,
    ) -> String {
        format!(
            "Afsenderen har ændret høringssvar {svarnummer} til «{hearing_title}» via sit private link, efter at en medarbejder havde afgjort det.\n\nSvaret står fortsat, hvor medarbejderen satte det: {status}. Ændringen er ikke offentliggjort, og både den gamle og den nye tekst står i loggen.\n\nSe svaret: {link}\n\nOrdet\n"
        )
    }
}
