//! The texts of hearing administration: the settings form, status, history, draft versions,
//! preview and diff (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use chrono::{NaiveDate, NaiveDateTime};

use crate::vocab::HearingState;

messages! {
    /// Hearing administration's texts in one language.
    pub trait HearingAdminMessages;
    keys HEARING_ADMIN_KEYS;

    /// Link from the officials' front page to a hearing's administration.
    fn ha_manage_hearing_link() -> &'static str;

    /// Link to, and heading of, the page that creates a hearing.
    fn ha_new_hearing_link() -> &'static str;

    /// Heading of a hearing's administration page.
    fn ha_manage_title() -> &'static str;

    /// Link to the hearing's public page.
    fn ha_public_page_link() -> &'static str;

    /// Link back to the hearing's administration page.
    fn ha_back_to_admin() -> &'static str;

    /// Heading of the settings form.
    fn ha_settings_heading() -> &'static str;

    /// The slug field.
    fn ha_slug_label() -> &'static str;

    /// Help under the slug field.
    fn ha_slug_hint() -> &'static str;

    /// The title field.
    fn ha_title_label() -> &'static str;

    /// The summary field.
    fn ha_summary_label() -> &'static str;

    /// The committee field.
    fn ha_committee_label() -> &'static str;

    /// The journal number field.
    fn ha_journal_label() -> &'static str;

    /// Help under the journal number field.
    fn ha_journal_hint() -> &'static str;

    /// The opening time field.
    fn ha_opens_label() -> &'static str;

    /// The deadline field.
    fn ha_closes_label() -> &'static str;

    /// Help under the time fields.
    fn ha_time_hint() -> &'static str;

    /// The publication policy field.
    fn ha_policy_label() -> &'static str;

    /// Legend of the milestones.
    fn ha_milestones_heading() -> &'static str;

    /// Help above the milestones.
    fn ha_milestones_hint() -> &'static str;

    /// A milestone's date field.
    fn ha_milestone_date_label() -> &'static str;

    /// A milestone's label field.
    fn ha_milestone_label_label() -> &'static str;

    /// A milestone's kind field.
    fn ha_milestone_kind_label() -> &'static str;

    /// The remove checkbox of a row.
    fn ha_remove_label() -> &'static str;

    /// Legend of the digest recipients.
    fn ha_recipients_heading() -> &'static str;

    /// Help above the digest recipients.
    fn ha_recipients_hint() -> &'static str;

    /// A recipient's name field.
    fn ha_recipient_name_label() -> &'static str;

    /// A recipient's e-mail field.
    fn ha_recipient_email_label() -> &'static str;

    /// Accessible name of a row of a list (row n).
    fn ha_row_label() -> &'static str;

    /// The save button.
    fn ha_save_button() -> &'static str;

    /// The create button.
    fn ha_create_button() -> &'static str;

    /// Shown after saving the settings.
    fn ha_saved_notice() -> &'static str;

    /// Shown after creating a hearing.
    fn ha_created_notice() -> &'static str;

    /// Shown above a refused form.
    fn ha_form_has_errors() -> &'static str;

    /// A required field is empty.
    fn ha_required() -> &'static str;

    /// A malformed journal number.
    fn ha_journal_invalid() -> &'static str;

    /// A malformed date and time.
    fn ha_datetime_invalid() -> &'static str;

    /// The deadline is not after the opening.
    fn ha_closes_before_opens() -> &'static str;

    /// A malformed date.
    fn ha_date_invalid() -> &'static str;

    /// An unknown milestone kind.
    fn ha_kind_invalid() -> &'static str;

    /// An unknown publication policy.
    fn ha_policy_invalid() -> &'static str;

    /// A malformed e-mail address.
    fn ha_email_invalid() -> &'static str;

    /// An address given twice.
    fn ha_email_duplicate() -> &'static str;

    /// A malformed slug.
    fn ha_slug_invalid() -> &'static str;

    /// A slug already in use.
    fn ha_slug_taken() -> &'static str;

    /// Heading of the status section.
    fn ha_status_heading() -> &'static str;

    /// Label before the current status.
    fn ha_status_now() -> &'static str;

    /// Shown when no status change is possible now.
    fn ha_no_transitions() -> &'static str;

    /// Shown after a status change.
    fn ha_status_changed_notice() -> &'static str;

    /// Publishing without a draft.
    fn ha_publish_needs_draft() -> &'static str;

    /// An unknown target status.
    fn ha_status_unknown() -> &'static str;

    /// Heading of the hearing's history.
    fn ha_history_heading() -> &'static str;

    /// An empty history.
    fn ha_history_empty() -> &'static str;

    /// Heading of the draft versions.
    fn ha_versions_heading() -> &'static str;

    /// No draft yet.
    fn ha_no_versions() -> &'static str;

    /// Link to read a version.
    fn ha_view_version() -> &'static str;

    /// Link to the upload page.
    fn ha_upload_link() -> &'static str;

    /// Heading of the upload form.
    fn ha_upload_heading() -> &'static str;

    /// The file field.
    fn ha_upload_file_label() -> &'static str;

    /// The pasted text field.
    fn ha_upload_text_label() -> &'static str;

    /// Help for the upload form.
    fn ha_upload_hint() -> &'static str;

    /// A Word or OpenDocument file that could not be read.
    fn ha_office_unreadable() -> &'static str;

    /// The preview button.
    fn ha_preview_button() -> &'static str;

    /// The button that stores the previewed draft.
    fn ha_publish_version_button() -> &'static str;

    /// Heading of the preview.
    fn ha_preview_heading() -> &'static str;

    /// Neither a file nor text was given.
    fn ha_draft_missing() -> &'static str;

    /// The draft equals the latest version.
    fn ha_draft_unchanged() -> &'static str;

    /// Heading of the diff page.
    fn ha_diff_heading() -> &'static str;

    /// The older version's field.
    fn ha_diff_from_label() -> &'static str;

    /// The newer version's field.
    fn ha_diff_to_label() -> &'static str;

    /// The button that shows a diff.
    fn ha_diff_show_button() -> &'static str;

    /// A version that does not exist.
    fn ha_diff_unknown_version() -> &'static str;

    /// Screen-reader text before inserted words.
    fn ha_inserted() -> &'static str;

    /// Screen-reader text before deleted words.
    fn ha_deleted() -> &'static str;

    /// A text longer than `max` characters.
    fn ha_too_long(max: usize) -> String;

    /// A status change to `to` that is not allowed from the status labelled `from` (a
    /// `hearing_status_*` text).
    fn ha_transition_refused(from: &str, to: HearingState) -> String;

    /// How much the previewed draft holds.
    fn ha_preview_summary(sections: usize, paragraphs: usize) -> String;

    /// Shown after a version was published.
    fn ha_draft_published_notice(version_no: i32) -> String;

    /// "Paragraph n".
    fn ha_paragraph_label(number: &str) -> String;

    /// A public response about a paragraph that a later version changed.
    fn ha_paragraph_changed(number: &str, version_no: i32) -> String;

    provided {
        /// Processing asked for before the deadline (given on the Copenhagen clock).
        fn ha_processing_before_deadline(&self, closes: NaiveDateTime) -> String {
            fl::format(
                self.locale(),
                "ha_processing_before_deadline",
                &[("closes", super::format_date_time(self.locale(), closes).into())],
            )
        }

        /// The button that changes the status to `to` (`published`, `processing`, `decided`).
        fn ha_transition_button(&self, to: HearingState) -> &'static str {
            fl::variant(self.locale(), "ha_transition_button", to.as_str())
        }

        /// What an audit action means in the hearing's history.
        fn ha_history_action(&self, action: &str) -> &'static str {
            fl::variant(self.locale(), "ha_history_action", action)
        }

        /// "Version n of d".
        fn ha_version_label(&self, version_no: i32, imported_on: NaiveDate) -> String {
            fl::format(
                self.locale(),
                "ha_version_label",
                &[
                    ("version_no", version_no.into()),
                    ("date", super::format_date(self.locale(), imported_on).into()),
                ],
            )
        }

        /// Link to the differences from the version before `version_no`.
        fn ha_diff_previous(&self, version_no: i32) -> String {
            fl::format(
                self.locale(),
                "ha_diff_previous",
                &[("previous", (version_no - 1).into())],
            )
        }

        /// The name of a change: `added`, `removed`, `changed`, `unchanged`.
        fn ha_change_name(&self, change: &str) -> &'static str {
            fl::variant(self.locale(), "ha_change_name", change)
        }

        /// Counts of the diff: added, removed, changed, unchanged paragraphs.
        fn ha_diff_summary(&self, counts: [usize; 4]) -> String {
            let [added, removed, changed, unchanged] = counts;
            fl::format(
                self.locale(),
                "ha_diff_summary",
                &[
                    ("added", added.into()),
                    ("removed", removed.into()),
                    ("changed", changed.into()),
                    ("unchanged", unchanged.into()),
                ],
            )
        }
    }
}
