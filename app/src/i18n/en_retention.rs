//! English texts about keeping and erasing personal data.

use super::en::En;
use super::retention::RetentionMessages;

impl RetentionMessages for En {
    fn retention_label(&self) -> &'static str {
        "Personal data kept (months)"
    }
    fn retention_hint(&self) -> &'static str {
        "How many months after the decision the respondents' personal data is kept (1-120). \
         Empty: the installation's default."
    }
    fn retention_not_whole_number(&self) -> &'static str {
        "Enter a whole number of months, e.g. 12, or leave the field empty."
    }
    fn retention_too_few(&self) -> &'static str {
        "Personal data must be kept for at least 1 month."
    }
    fn retention_too_many(&self, max: i32) -> String {
        format!("Personal data can be kept for at most {max} months.")
    }
    fn anonymous(&self) -> &'static str {
        "Anonymous"
    }
    fn email_erased(&self) -> &'static str {
        "(erased)"
    }
    fn personal_data_erased_note(&self) -> &'static str {
        "The respondent's personal data has been erased. The response is kept as part of the case."
    }
    fn case_file_badge(&self) -> &'static str {
        "Part of the case file: the file is kept when personal data is erased."
    }
    fn not_case_file_badge(&self) -> &'static str {
        "Not part of the case file: the file is deleted when personal data is erased."
    }
    fn case_file_mark_button(&self) -> &'static str {
        "Make the file part of the case file"
    }
    fn case_file_unmark_button(&self) -> &'static str {
        "Take the file out of the case file"
    }
}
