//! Danish texts about attached files.

use super::da::Da;
use super::files::{FileMessages, megabytes};

impl FileMessages for Da {
    fn files_label(&self) -> &'static str {
        "Vedhæft filer, fx et høringsbrev"
    }
    fn files_hint(&self, max_files: usize, max_bytes: u64) -> String {
        format!(
            "PDF, Word (.docx), OpenDocument (.odt) eller tekst (.txt). Højst {max_files} filer på {} MB hver. Filerne offentliggøres sammen med svaret.",
            megabytes(max_bytes)
        )
    }
    fn file_too_many(&self, max: usize) -> String {
        format!("Du kan vedhæfte højst {max} filer. Saml dem eventuelt i én PDF.")
    }
    fn file_too_large(&self, name: &str, max_bytes: u64) -> String {
        format!(
            "«{name}» er større end {} MB. Gem den i en mindre udgave, fx som PDF.",
            megabytes(max_bytes)
        )
    }
    fn file_empty(&self, name: &str) -> String {
        format!("«{name}» er tom (0 byte). Vælg den rigtige fil.")
    }
    fn file_unsupported(&self, name: &str) -> String {
        format!(
            "«{name}» er ikke en PDF-, Word-, OpenDocument- eller tekstfil, uanset hvad navnet siger. Gem den som PDF og prøv igen."
        )
    }
    fn file_zip_bomb(&self, name: &str) -> String {
        format!(
            "«{name}» kan ikke modtages: den pakker sig ud til langt mere, end et dokument fylder. Gem den som PDF og prøv igen."
        )
    }
    fn files_choose_again(&self) -> &'static str {
        "Af sikkerhedshensyn kan browseren ikke huske valgte filer, når formularen vises igen. Vælg dem igen, før du sender."
    }
    fn files_unreadable(&self) -> &'static str {
        "Filerne kunne ikke modtages. Prøv igen, eventuelt med færre eller mindre filer."
    }
    fn attached_files(&self) -> &'static str {
        "Vedhæftede filer"
    }
    fn held_mail_subject(&self, svarnummer: &str) -> String {
        format!("Dit høringssvar {svarnummer} er ikke offentliggjort endnu")
    }
    fn held_mail_body(&self, name: &str, hearing_title: &str, svarnummer: &str) -> String {
        format!(
            "Kære {name}\n\nEn af de filer, du vedhæftede dit høringssvar {svarnummer} til «{hearing_title}», ser ud til at indeholde et CPR-nummer. For at beskytte personoplysninger offentliggøres svaret ikke, før en medarbejder har set det igennem. Svaret er stadig modtaget og indgår i høringen.\n\nMed venlig hilsen\nOrdet\n"
        )
    }
    fn receipt_files_heading(&self) -> &'static str {
        "Vedhæftede filer:"
    }
    fn file_not_public_yet(&self) -> &'static str {
        "Filen er ikke offentlig endnu. Kommunen skal først kontrollere, at den ikke indeholder personoplysninger som fx et CPR-nummer. Prøv igen senere.\n"
    }
    fn file_disclosure_checked(&self) -> &'static str {
        "Offentlig: teksten er kontrolleret og indeholder intet, der ligner et CPR-nummer."
    }
    fn file_disclosure_released(&self) -> &'static str {
        "Offentlig: frigivet af en medarbejder."
    }
    fn file_disclosure_pending(&self) -> &'static str {
        "Ikke offentlig endnu: teksten er ved at blive læst ud af filen."
    }
    fn file_disclosure_unchecked(&self) -> &'static str {
        "Ikke offentlig: teksten kunne ikke kontrolleres for CPR-numre. Åbn filen, og frigiv den, hvis den kan offentliggøres."
    }
    fn file_disclosure_personal_data(&self) -> &'static str {
        "Ikke offentlig: filens navn eller tekst ser ud til at indeholde et CPR-nummer. Frigiv den kun, hvis det ikke er et CPR-nummer."
    }
    fn release_file_button(&self) -> &'static str {
        "Frigiv filen"
    }
}
