//! The texts of hearing administration: the settings form, status, history, draft versions,
//! preview and diff (every language implements it; `Messages` requires it).

use chrono::{NaiveDate, NaiveDateTime};

use crate::vocab::HearingState;

/// Hearing administration's texts in one language.
pub trait HearingAdminMessages: Sync {
    /// Link from the officials' front page to a hearing's administration.
    fn ha_manage_hearing_link(&self) -> &'static str;
    /// Link to, and heading of, the page that creates a hearing.
    fn ha_new_hearing_link(&self) -> &'static str;
    /// Heading of a hearing's administration page.
    fn ha_manage_title(&self) -> &'static str;
    /// Link to the hearing's public page.
    fn ha_public_page_link(&self) -> &'static str;
    /// Link back to the hearing's administration page.
    fn ha_back_to_admin(&self) -> &'static str;
    /// Heading of the settings form.
    fn ha_settings_heading(&self) -> &'static str;
    /// The slug field.
    fn ha_slug_label(&self) -> &'static str;
    /// Help under the slug field.
    fn ha_slug_hint(&self) -> &'static str;
    /// The title field.
    fn ha_title_label(&self) -> &'static str;
    /// The summary field.
    fn ha_summary_label(&self) -> &'static str;
    /// The committee field.
    fn ha_committee_label(&self) -> &'static str;
    /// The journal number field.
    fn ha_journal_label(&self) -> &'static str;
    /// Help under the journal number field.
    fn ha_journal_hint(&self) -> &'static str;
    /// The opening time field.
    fn ha_opens_label(&self) -> &'static str;
    /// The deadline field.
    fn ha_closes_label(&self) -> &'static str;
    /// Help under the time fields.
    fn ha_time_hint(&self) -> &'static str;
    /// The publication policy field.
    fn ha_policy_label(&self) -> &'static str;
    /// Legend of the milestones.
    fn ha_milestones_heading(&self) -> &'static str;
    /// Help above the milestones.
    fn ha_milestones_hint(&self) -> &'static str;
    /// A milestone's date field.
    fn ha_milestone_date_label(&self) -> &'static str;
    /// A milestone's label field.
    fn ha_milestone_label_label(&self) -> &'static str;
    /// A milestone's kind field.
    fn ha_milestone_kind_label(&self) -> &'static str;
    /// The remove checkbox of a row.
    fn ha_remove_label(&self) -> &'static str;
    /// Legend of the digest recipients.
    fn ha_recipients_heading(&self) -> &'static str;
    /// Help above the digest recipients.
    fn ha_recipients_hint(&self) -> &'static str;
    /// A recipient's name field.
    fn ha_recipient_name_label(&self) -> &'static str;
    /// A recipient's e-mail field.
    fn ha_recipient_email_label(&self) -> &'static str;
    /// Accessible name of a row of a list (row n).
    fn ha_row_label(&self) -> &'static str;
    /// The save button.
    fn ha_save_button(&self) -> &'static str;
    /// The create button.
    fn ha_create_button(&self) -> &'static str;
    /// Shown after saving the settings.
    fn ha_saved_notice(&self) -> &'static str;
    /// Shown after creating a hearing.
    fn ha_created_notice(&self) -> &'static str;
    /// Shown above a refused form.
    fn ha_form_has_errors(&self) -> &'static str;
    /// A required field is empty.
    fn ha_required(&self) -> &'static str;
    /// A malformed journal number.
    fn ha_journal_invalid(&self) -> &'static str;
    /// A malformed date and time.
    fn ha_datetime_invalid(&self) -> &'static str;
    /// The deadline is not after the opening.
    fn ha_closes_before_opens(&self) -> &'static str;
    /// A malformed date.
    fn ha_date_invalid(&self) -> &'static str;
    /// An unknown milestone kind.
    fn ha_kind_invalid(&self) -> &'static str;
    /// An unknown publication policy.
    fn ha_policy_invalid(&self) -> &'static str;
    /// A malformed e-mail address.
    fn ha_email_invalid(&self) -> &'static str;
    /// An address given twice.
    fn ha_email_duplicate(&self) -> &'static str;
    /// A malformed slug.
    fn ha_slug_invalid(&self) -> &'static str;
    /// A slug already in use.
    fn ha_slug_taken(&self) -> &'static str;
    /// Heading of the status section.
    fn ha_status_heading(&self) -> &'static str;
    /// Label before the current status.
    fn ha_status_now(&self) -> &'static str;
    /// Shown when no status change is possible now.
    fn ha_no_transitions(&self) -> &'static str;
    /// Shown after a status change.
    fn ha_status_changed_notice(&self) -> &'static str;
    /// Publishing without a draft.
    fn ha_publish_needs_draft(&self) -> &'static str;
    /// An unknown target status.
    fn ha_status_unknown(&self) -> &'static str;
    /// Heading of the hearing's history.
    fn ha_history_heading(&self) -> &'static str;
    /// An empty history.
    fn ha_history_empty(&self) -> &'static str;
    /// Heading of the draft versions.
    fn ha_versions_heading(&self) -> &'static str;
    /// No draft yet.
    fn ha_no_versions(&self) -> &'static str;
    /// Link to read a version.
    fn ha_view_version(&self) -> &'static str;
    /// Link to the upload page.
    fn ha_upload_link(&self) -> &'static str;
    /// Heading of the upload form.
    fn ha_upload_heading(&self) -> &'static str;
    /// The file field.
    fn ha_upload_file_label(&self) -> &'static str;
    /// The pasted text field.
    fn ha_upload_text_label(&self) -> &'static str;
    /// Help for the upload form.
    fn ha_upload_hint(&self) -> &'static str;
    /// A Word or OpenDocument file that could not be read.
    fn ha_office_unreadable(&self) -> &'static str;
    /// The preview button.
    fn ha_preview_button(&self) -> &'static str;
    /// The button that stores the previewed draft.
    fn ha_publish_version_button(&self) -> &'static str;
    /// Heading of the preview.
    fn ha_preview_heading(&self) -> &'static str;
    /// Neither a file nor text was given.
    fn ha_draft_missing(&self) -> &'static str;
    /// The draft equals the latest version.
    fn ha_draft_unchanged(&self) -> &'static str;
    /// Heading of the diff page.
    fn ha_diff_heading(&self) -> &'static str;
    /// The older version's field.
    fn ha_diff_from_label(&self) -> &'static str;
    /// The newer version's field.
    fn ha_diff_to_label(&self) -> &'static str;
    /// The button that shows a diff.
    fn ha_diff_show_button(&self) -> &'static str;
    /// A version that does not exist.
    fn ha_diff_unknown_version(&self) -> &'static str;
    /// Screen-reader text before inserted words.
    fn ha_inserted(&self) -> &'static str;
    /// Screen-reader text before deleted words.
    fn ha_deleted(&self) -> &'static str;
    /// A text longer than `max` characters.
    fn ha_too_long(&self, max: usize) -> String;
    /// A status change to `to` that is not allowed from the status labelled `from` (a
    /// `hearing_status_*` text).
    fn ha_transition_refused(&self, from: &str, to: HearingState) -> String;
    /// Processing asked for before the deadline (given on the Copenhagen clock).
    fn ha_processing_before_deadline(&self, closes: NaiveDateTime) -> String;
    /// The button that changes the status to `to` (`published`, `processing`, `decided`).
    fn ha_transition_button(&self, to: HearingState) -> &'static str;
    /// What an audit action means in the hearing's history.
    fn ha_history_action(&self, action: &str) -> &'static str;
    /// "Version n of d".
    fn ha_version_label(&self, version_no: i32, imported_on: NaiveDate) -> String;
    /// Link to the differences from the version before `version_no`.
    fn ha_diff_previous(&self, version_no: i32) -> String;
    /// How much the previewed draft holds.
    fn ha_preview_summary(&self, sections: usize, paragraphs: usize) -> String;
    /// Shown after a version was published.
    fn ha_draft_published_notice(&self, version_no: i32) -> String;
    /// The name of a change: `added`, `removed`, `changed`, `unchanged`.
    fn ha_change_name(&self, change: &str) -> &'static str;
    /// Counts of the diff: added, removed, changed, unchanged paragraphs.
    fn ha_diff_summary(&self, counts: [usize; 4]) -> String;
    /// "Paragraph n".
    fn ha_paragraph_label(&self, number: &str) -> String;
    /// A public response about a paragraph that a later version changed.
    fn ha_paragraph_changed(&self, number: &str, version_no: i32) -> String;
}
