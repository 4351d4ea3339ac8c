//! English texts about attached files.

use super::en::En;
use super::files::{FileMessages, megabytes};

impl FileMessages for En {
    fn files_label(&self) -> &'static str {
        "Attach files, e.g. a consultation letter"
    }
    fn files_hint(&self, max_files: usize, max_bytes: u64) -> String {
        format!(
            "PDF, Word (.docx), OpenDocument (.odt) or text (.txt). At most {max_files} files of {} MB each. The files are published with the response.",
            megabytes(max_bytes)
        )
    }
    fn file_too_many(&self, max: usize) -> String {
        format!("You can attach at most {max} files. You could combine them into one PDF.")
    }
    fn file_too_large(&self, name: &str, max_bytes: u64) -> String {
        format!(
            "“{name}” is larger than {} MB. Save a smaller version, for example as a PDF.",
            megabytes(max_bytes)
        )
    }
    fn file_empty(&self, name: &str) -> String {
        format!("“{name}” is empty (0 bytes). Please choose the right file.")
    }
    fn file_unsupported(&self, name: &str) -> String {
        format!(
            "“{name}” is not a PDF, Word, OpenDocument or text file, whatever its name says. Save it as a PDF and try again."
        )
    }
    fn file_zip_bomb(&self, name: &str) -> String {
        format!(
            "“{name}” cannot be accepted: it unpacks to far more than a document holds. Save it as a PDF and try again."
        )
    }
    fn files_choose_again(&self) -> &'static str {
        "For security, browsers cannot keep chosen files when a form is shown again. Please choose them again before sending."
    }
    fn files_unreadable(&self) -> &'static str {
        "The files could not be received. Please try again, perhaps with fewer or smaller files."
    }
    fn attached_files(&self) -> &'static str {
        "Attached files"
    }
    fn held_mail_subject(&self, svarnummer: &str) -> String {
        format!("Your response {svarnummer} is not published yet")
    }
    fn held_mail_body(&self, name: &str, hearing_title: &str, svarnummer: &str) -> String {
        format!(
            "Dear {name}\n\nOne of the files you attached to your response {svarnummer} to “{hearing_title}” seems to contain a CPR number. To protect personal data, the response is not published until a member of staff has looked at it. Your response is still received and counts in the consultation.\n\nKind regards\nOrdet\n"
        )
    }
    fn receipt_files_heading(&self) -> &'static str {
        "Attached files:"
    }
    fn file_not_public_yet(&self) -> &'static str {
        "This file is not public yet. The municipality must first check that it holds no personal data such as a CPR number. Please try again later.\n"
    }
    fn file_disclosure_checked(&self) -> &'static str {
        "Public: its text was checked and holds nothing like a CPR number."
    }
    fn file_disclosure_released(&self) -> &'static str {
        "Public: released by a member of staff."
    }
    fn file_disclosure_pending(&self) -> &'static str {
        "Not public yet: the text is being read from the file."
    }
    fn file_disclosure_unchecked(&self) -> &'static str {
        "Not public: its text could not be checked for CPR numbers. Open the file, and release it if it may be published."
    }
    fn file_disclosure_personal_data(&self) -> &'static str {
        "Not public: the file's name or text seems to hold a CPR number. Release it only if it is not a CPR number."
    }
    fn release_file_button(&self) -> &'static str {
        "Release the file"
    }
}
