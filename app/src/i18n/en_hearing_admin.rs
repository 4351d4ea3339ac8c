//! English texts of hearing administration.

use chrono::{NaiveDate, NaiveDateTime};

use super::Messages;
use super::en::En;
use super::hearing_admin::HearingAdminMessages;
use crate::vocab::HearingState;

impl HearingAdminMessages for En {
    fn ha_manage_hearing_link(&self) -> &'static str {
        "Manage the hearing"
    }
    fn ha_new_hearing_link(&self) -> &'static str {
        "Create a new hearing"
    }
    fn ha_manage_title(&self) -> &'static str {
        "Hearing administration"
    }
    fn ha_public_page_link(&self) -> &'static str {
        "See the public page"
    }
    fn ha_back_to_admin(&self) -> &'static str {
        "Back to the hearing's administration"
    }
    fn ha_settings_heading(&self) -> &'static str {
        "About the hearing"
    }
    fn ha_slug_label(&self) -> &'static str {
        "Short name in the web address"
    }
    fn ha_slug_hint(&self) -> &'static str {
        "Lower-case letters (a–z), digits and hyphens, e.g. integrationspolitik-2011-2014. It cannot be changed later."
    }
    fn ha_title_label(&self) -> &'static str {
        "Title"
    }
    fn ha_summary_label(&self) -> &'static str {
        "Short summary"
    }
    fn ha_committee_label(&self) -> &'static str {
        "Deciding committee"
    }
    fn ha_journal_label(&self) -> &'static str {
        "Journal number"
    }
    fn ha_journal_hint(&self) -> &'static str {
        "Year, hyphen and serial number, e.g. 2010-64452."
    }
    fn ha_opens_label(&self) -> &'static str {
        "The hearing opens"
    }
    fn ha_closes_label(&self) -> &'static str {
        "Deadline"
    }
    fn ha_time_hint(&self) -> &'static str {
        "Danish time (Copenhagen)."
    }
    fn ha_policy_label(&self) -> &'static str {
        "When do responses become public?"
    }
    fn ha_milestones_heading(&self) -> &'static str {
        "Timetable"
    }
    fn ha_milestones_hint(&self) -> &'static str {
        "Fill in the empty row to add a step. Tick »Remove« to delete one."
    }
    fn ha_milestone_date_label(&self) -> &'static str {
        "Date"
    }
    fn ha_milestone_label_label(&self) -> &'static str {
        "What happens?"
    }
    fn ha_milestone_kind_label(&self) -> &'static str {
        "Kind"
    }
    fn ha_remove_label(&self) -> &'static str {
        "Remove"
    }
    fn ha_recipients_heading(&self) -> &'static str {
        "Digest recipients"
    }
    fn ha_recipients_hint(&self) -> &'static str {
        "The people who get the digest of the responses, e.g. the committee's members. Fill in the empty row to add one."
    }
    fn ha_recipient_name_label(&self) -> &'static str {
        "Name"
    }
    fn ha_recipient_email_label(&self) -> &'static str {
        "E-mail"
    }
    fn ha_row_label(&self) -> &'static str {
        "Row"
    }
    fn ha_save_button(&self) -> &'static str {
        "Save changes"
    }
    fn ha_create_button(&self) -> &'static str {
        "Create the hearing"
    }
    fn ha_saved_notice(&self) -> &'static str {
        "The changes are saved and logged."
    }
    fn ha_created_notice(&self) -> &'static str {
        "The hearing is created as a draft. It is not public until you publish it."
    }
    fn ha_form_has_errors(&self) -> &'static str {
        "The form was not saved. Correct what is said at the fields."
    }
    fn ha_required(&self) -> &'static str {
        "Fill in this field."
    }
    fn ha_journal_invalid(&self) -> &'static str {
        "Write the journal number as year, hyphen and serial number, e.g. 2010-64452."
    }
    fn ha_datetime_invalid(&self) -> &'static str {
        "Write a date and time, e.g. 2010-08-09 00:00."
    }
    fn ha_closes_before_opens(&self) -> &'static str {
        "The deadline must be after the opening."
    }
    fn ha_date_invalid(&self) -> &'static str {
        "Write a date, e.g. 2010-08-09."
    }
    fn ha_kind_invalid(&self) -> &'static str {
        "Choose one of the kinds in the list."
    }
    fn ha_policy_invalid(&self) -> &'static str {
        "Choose one of the options."
    }
    fn ha_email_invalid(&self) -> &'static str {
        "Write a valid e-mail address, e.g. name@kk.dk."
    }
    fn ha_email_duplicate(&self) -> &'static str {
        "This address is already listed."
    }
    fn ha_slug_invalid(&self) -> &'static str {
        "Use 3–80 lower-case letters (a–z), digits and single hyphens, e.g. integrationspolitik-2011-2014."
    }
    fn ha_slug_taken(&self) -> &'static str {
        "Another hearing already uses this short name."
    }
    fn ha_status_heading(&self) -> &'static str {
        "Status"
    }
    fn ha_status_now(&self) -> &'static str {
        "The hearing is now:"
    }
    fn ha_no_transitions(&self) -> &'static str {
        "There is no status change to make right now."
    }
    fn ha_status_changed_notice(&self) -> &'static str {
        "The status is changed and logged."
    }
    fn ha_publish_needs_draft(&self) -> &'static str {
        "Upload a draft before publishing the hearing."
    }
    fn ha_status_unknown(&self) -> &'static str {
        "Choose published, processing or decided."
    }
    fn ha_history_heading(&self) -> &'static str {
        "History"
    }
    fn ha_history_empty(&self) -> &'static str {
        "No changes yet."
    }
    fn ha_versions_heading(&self) -> &'static str {
        "Versions of the draft"
    }
    fn ha_no_versions(&self) -> &'static str {
        "No draft has been uploaded yet."
    }
    fn ha_view_version(&self) -> &'static str {
        "Read"
    }
    fn ha_upload_link(&self) -> &'static str {
        "Upload a new version of the draft"
    }
    fn ha_upload_heading(&self) -> &'static str {
        "New version of the draft"
    }
    fn ha_upload_file_label(&self) -> &'static str {
        "File with the draft (Markdown, Word .docx or OpenDocument .odt)"
    }
    fn ha_upload_text_label(&self) -> &'static str {
        "… or paste the text (Markdown)"
    }
    fn ha_upload_hint(&self) -> &'static str {
        "The first heading (#) is the title; every other heading (##) starts a section. In Word and OpenDocument, the styles Title and Heading 1, 2 … are used. You see the draft before it is published."
    }
    fn ha_office_unreadable(&self) -> &'static str {
        "The file could not be read as a Word or OpenDocument document. Save it again as .docx, .odt or Markdown and try again."
    }
    fn ha_preview_button(&self) -> &'static str {
        "Preview the draft"
    }
    fn ha_publish_version_button(&self) -> &'static str {
        "Publish as the new version"
    }
    fn ha_preview_heading(&self) -> &'static str {
        "Preview – not saved yet"
    }
    fn ha_draft_missing(&self) -> &'static str {
        "Choose a file or paste the text."
    }
    fn ha_draft_unchanged(&self) -> &'static str {
        "The draft equals the latest version; nothing was stored."
    }
    fn ha_diff_heading(&self) -> &'static str {
        "Differences between versions"
    }
    fn ha_diff_from_label(&self) -> &'static str {
        "From version"
    }
    fn ha_diff_to_label(&self) -> &'static str {
        "To version"
    }
    fn ha_diff_show_button(&self) -> &'static str {
        "Show differences"
    }
    fn ha_diff_unknown_version(&self) -> &'static str {
        "That version does not exist."
    }
    fn ha_inserted(&self) -> &'static str {
        "inserted:"
    }
    fn ha_deleted(&self) -> &'static str {
        "deleted:"
    }
    fn ha_too_long(&self, max: usize) -> String {
        format!("At most {max} characters.")
    }
    fn ha_transition_refused(&self, from: &str, to: HearingState) -> String {
        format!(
            "A hearing whose status is »{}« cannot {}.",
            from,
            match to {
                HearingState::Published => "be published (it is already public or finished)",
                HearingState::Processing => "move to processing; only a closed hearing can",
                HearingState::Decided =>
                    "be marked as decided; its responses must be processed first",
                HearingState::Draft => "change like that",
            }
        )
    }
    fn ha_processing_before_deadline(&self, closes: NaiveDateTime) -> String {
        format!(
            "The hearing takes responses until {}. It can move to processing only after the deadline.",
            self.date_time(closes)
        )
    }
    fn ha_transition_button(&self, to: HearingState) -> &'static str {
        match to {
            HearingState::Published => "Publish the hearing",
            HearingState::Processing => "Move to processing the responses",
            HearingState::Decided | HearingState::Draft => "Mark as decided",
        }
    }
    fn ha_history_action(&self, action: &str) -> &'static str {
        match action {
            "hearing.create" => "The hearing was created",
            "hearing.update" => "The details were changed",
            "hearing.status" => "The status was changed",
            "draft.import" => "A new version of the draft was published",
            "retention.hearing" => "The respondents' personal data was erased",
            _ => "Change",
        }
    }
    fn ha_version_label(&self, version_no: i32, imported_on: NaiveDate) -> String {
        format!("Version {version_no} of {}", self.date(imported_on))
    }
    fn ha_diff_previous(&self, version_no: i32) -> String {
        format!("Differences from version {}", version_no - 1)
    }
    fn ha_preview_summary(&self, sections: usize, paragraphs: usize) -> String {
        format!("The draft has {sections} section headings and {paragraphs} paragraphs.")
    }
    fn ha_draft_published_notice(&self, version_no: i32) -> String {
        format!("Version {version_no} is published and logged.")
    }
    fn ha_change_name(&self, change: &str) -> &'static str {
        match change {
            "added" => "Added",
            "removed" => "Removed",
            "changed" => "Changed",
            _ => "Unchanged",
        }
    }
    fn ha_diff_summary(&self, [added, removed, changed, unchanged]: [usize; 4]) -> String {
        format!("{added} added, {removed} removed, {changed} changed, {unchanged} unchanged.")
    }
    fn ha_paragraph_label(&self, number: &str) -> String {
        format!("Paragraph {number}")
    }
    fn ha_paragraph_changed(&self, number: &str, version_no: i32) -> String {
        format!(
            "Comments on paragraph {number} of version {version_no} – the paragraph has changed since"
        )
    }
}
