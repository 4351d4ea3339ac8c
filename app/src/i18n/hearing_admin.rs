//! The texts of hearing administration: the settings form, status, history, draft versions,
//! preview and diff (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::HearingAdminTexts;
use chrono::{NaiveDate, NaiveDateTime};

use crate::vocab::HearingState;

messages! {
    /// Hearing administration's texts in one language.
    pub trait HearingAdminMessages: HearingAdminTexts;
    keys HEARING_ADMIN_KEYS;

    /// A text longer than `max` characters.
    fn ha_too_long(max: usize) -> String;

    /// The hint above a section's summary fields: at most `max` characters each.
    fn ha_summary_hint(max: usize) -> String;

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
