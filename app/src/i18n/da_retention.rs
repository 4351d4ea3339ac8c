//! Danish texts about keeping and erasing personal data.

use super::da::Da;
use super::retention::RetentionMessages;

impl RetentionMessages for Da {
    fn retention_label(&self) -> &'static str {
        "Opbevaring af persondata (måneder)"
    }
    fn retention_hint(&self) -> &'static str {
        "Hvor mange måneder efter afgørelsen svarafgivernes persondata gemmes (1-120). \
         Tomt: installationens standard."
    }
    fn retention_not_whole_number(&self) -> &'static str {
        "Skriv et helt antal måneder, fx 12, eller lad feltet stå tomt."
    }
    fn retention_too_few(&self) -> &'static str {
        "Persondata skal gemmes i mindst 1 måned."
    }
    fn retention_too_many(&self, max: i32) -> String {
        format!("Persondata kan højst gemmes i {max} måneder.")
    }
    fn anonymous(&self) -> &'static str {
        "Anonym"
    }
    fn email_erased(&self) -> &'static str {
        "(slettet)"
    }
    fn personal_data_erased_note(&self) -> &'static str {
        "Svarafgiverens persondata er slettet. Svaret er bevaret som en del af sagen."
    }
    fn case_file_badge(&self) -> &'static str {
        "Del af sagen: filen bevares, når persondata slettes."
    }
    fn not_case_file_badge(&self) -> &'static str {
        "Ikke en del af sagen: filen slettes, når persondata slettes."
    }
    fn case_file_mark_button(&self) -> &'static str {
        "Gør filen til en del af sagen"
    }
    fn case_file_unmark_button(&self) -> &'static str {
        "Tag filen ud af sagen"
    }
}
