//! The texts of the committee digest page and the hvidbog page (every language implements
//! it; `Messages` requires it). The digest mail and the hvidbog document themselves are in
//! Danish, the committee's language.

use super::catalogue::messages;
use super::fluent as fl;

messages! {
    /// Digest and hvidbog texts in one language.
    pub trait DigestMessages;
    keys DIGEST_KEYS;

    /// A refused digest form: the weekday is not 1–7.
    fn digest_weekday_invalid() -> &'static str;

    /// A refused digest form: the hour is not 0–23.
    fn digest_hour_invalid() -> &'static str;

    /// A refused digest form: the lead time is not 0–60 days.
    fn digest_lead_days_invalid() -> &'static str;

    /// A refused "send now": the hearing has no recipients.
    fn digest_no_recipients() -> &'static str;

    /// A refused hvidbog remark: longer than the limit.
    fn digest_remark_too_long() -> &'static str;

    /// A refused hvidbog remark: the response or theme is not in this hearing.
    fn digest_unknown_target() -> &'static str;

    /// A refused hvidbog remark: "gives rise to a change" is not yes, no or undecided.
    fn digest_change_choice_invalid() -> &'static str;

    /// Heading of the digest page, and the links to it.
    fn digest_title() -> &'static str;

    /// What the digest is and when it goes out.
    fn digest_intro() -> &'static str;

    /// Heading of the recipients.
    fn digest_recipients() -> &'static str;

    /// Where recipients are edited.
    fn digest_recipients_hint() -> &'static str;

    /// Heading of the schedule form.
    fn digest_schedule() -> &'static str;

    /// Label of the weekday select.
    fn digest_weekday_label() -> &'static str;

    /// Label of the hour field.
    fn digest_hour_label() -> &'static str;

    /// Label of the lead-days field.
    fn digest_lead_label() -> &'static str;

    /// Label of the weekly checkbox.
    fn digest_weekly_label() -> &'static str;

    /// Save button of the schedule.
    fn digest_save() -> &'static str;

    /// Heading of the upcoming digests.
    fn digest_upcoming() -> &'static str;

    /// Shown when none is scheduled.
    fn digest_none_upcoming() -> &'static str;

    /// Heading of "send now" and preview.
    fn digest_now() -> &'static str;

    /// The preview link.
    fn digest_preview() -> &'static str;

    /// The final digest's preview link.
    fn digest_preview_final() -> &'static str;

    /// The send button.
    fn digest_send() -> &'static str;

    /// Heading of the history table.
    fn digest_history() -> &'static str;

    /// Shown when none was sent.
    fn digest_none_sent() -> &'static str;

    /// Heading of the hvidbog page.
    fn hvidbog_title() -> &'static str;

    /// What the page is.
    fn hvidbog_intro() -> &'static str;

    /// Link to the Word file.
    fn hvidbog_docx() -> &'static str;

    /// Link to the printable page.
    fn hvidbog_print() -> &'static str;

    /// Heading: the hearing period and numbers.
    fn hvidbog_period() -> &'static str;

    /// "From … to …, n days".
    fn hvidbog_period_text(from: &str, to: &str, days: i64) -> String;

    /// "n responses were received".
    fn hvidbog_total(n: usize) -> String;

    /// In place of a summary: the response is not published, so nothing of its text is here.
    fn hvidbog_not_published() -> &'static str;

    /// Heading: the consulted parties.
    fn hvidbog_parties() -> &'static str;

    /// Heading: general remarks (by theme).
    fn hvidbog_general() -> &'static str;

    /// Heading: remarks on the text (by section).
    fn hvidbog_textual() -> &'static str;

    /// Heading of responses in no theme and about no paragraph.
    fn hvidbog_other() -> &'static str;

    /// Label of the remark field.
    fn remark_label() -> &'static str;

    /// Legend of "gives rise to a change".
    fn change_legend() -> &'static str;

    /// Save button of a remark.
    fn remark_save() -> &'static str;

    /// "Remark on the theme".
    fn theme_remark() -> &'static str;

    provided {
        /// A weekday by ISO number (1 Monday).
        fn weekday_name(&self, number: u32) -> &'static str {
            fl::variant(self.locale(), "weekday_name", &number.to_string())
        }

        /// Column headings of the history: kind, period, queued, sent, waiting, failed, error.
        fn digest_columns(&self) -> [&'static str; 7] {
            fl::array(self.locale(), "digest_columns")
        }

        /// A warning by key.
        fn digest_warning(&self, key: &str) -> &'static str {
            fl::variant(self.locale(), "digest_warning", key)
        }

        /// The confirmation after an accepted form (`saved=` value), if it is one.
        fn digest_saved_notice(&self, what: &str) -> Option<&'static str> {
            fl::variant_or_none(self.locale(), "digest_saved_notice", what)
        }

        /// Column headings of the parties: party, answered.
        fn hvidbog_party_columns(&self) -> [&'static str; 2] {
            fl::array(self.locale(), "hvidbog_party_columns")
        }

        /// The choices: yes, no, not decided.
        fn change_choices(&self) -> [&'static str; 3] {
            fl::array(self.locale(), "change_choices")
        }

        /// Yes / no.
        fn yes_no(&self, yes: bool) -> &'static str {
            fl::variant(self.locale(), "yes_no", if yes { "true" } else { "false" })
        }
    }
}
