//! The texts of the committee digest page and the hvidbog page (every language implements
//! it; `Messages` requires it). The digest mail and the hvidbog document themselves are in
//! Danish, the committee's language.

/// Digest and hvidbog texts in one language.
pub trait DigestMessages: Sync {
    /// A refused digest form: the weekday is not 1–7.
    fn digest_weekday_invalid(&self) -> &'static str;
    /// A refused digest form: the hour is not 0–23.
    fn digest_hour_invalid(&self) -> &'static str;
    /// A refused digest form: the lead time is not 0–60 days.
    fn digest_lead_days_invalid(&self) -> &'static str;
    /// A refused "send now": the hearing has no recipients.
    fn digest_no_recipients(&self) -> &'static str;
    /// A refused hvidbog remark: longer than the limit.
    fn digest_remark_too_long(&self) -> &'static str;
    /// A refused hvidbog remark: the response or theme is not in this hearing.
    fn digest_unknown_target(&self) -> &'static str;
    /// A refused hvidbog remark: "gives rise to a change" is not yes, no or undecided.
    fn digest_change_choice_invalid(&self) -> &'static str;
    /// Heading of the digest page, and the links to it.
    fn digest_title(&self) -> &'static str;
    /// What the digest is and when it goes out.
    fn digest_intro(&self) -> &'static str;
    /// Heading of the recipients.
    fn digest_recipients(&self) -> &'static str;
    /// Where recipients are edited.
    fn digest_recipients_hint(&self) -> &'static str;
    /// Heading of the schedule form.
    fn digest_schedule(&self) -> &'static str;
    /// Label of the weekday select.
    fn digest_weekday_label(&self) -> &'static str;
    /// A weekday by ISO number (1 Monday).
    fn weekday_name(&self, number: u32) -> &'static str;
    /// Label of the hour field.
    fn digest_hour_label(&self) -> &'static str;
    /// Label of the lead-days field.
    fn digest_lead_label(&self) -> &'static str;
    /// Label of the weekly checkbox.
    fn digest_weekly_label(&self) -> &'static str;
    /// Save button of the schedule.
    fn digest_save(&self) -> &'static str;
    /// Heading of the upcoming digests.
    fn digest_upcoming(&self) -> &'static str;
    /// Shown when none is scheduled.
    fn digest_none_upcoming(&self) -> &'static str;
    /// Heading of "send now" and preview.
    fn digest_now(&self) -> &'static str;
    /// The preview link.
    fn digest_preview(&self) -> &'static str;
    /// The final digest's preview link.
    fn digest_preview_final(&self) -> &'static str;
    /// The send button.
    fn digest_send(&self) -> &'static str;
    /// Heading of the history table.
    fn digest_history(&self) -> &'static str;
    /// Shown when none was sent.
    fn digest_none_sent(&self) -> &'static str;
    /// Column headings of the history: kind, period, queued, sent, waiting, failed, error.
    fn digest_columns(&self) -> [&'static str; 7];
    /// A warning by key.
    fn digest_warning(&self, key: &str) -> &'static str;
    /// The confirmation after an accepted form (`saved=` value), if it is one.
    fn digest_saved_notice(&self, what: &str) -> Option<&'static str>;
    /// Heading of the hvidbog page.
    fn hvidbog_title(&self) -> &'static str;
    /// What the page is.
    fn hvidbog_intro(&self) -> &'static str;
    /// Link to the Word file.
    fn hvidbog_docx(&self) -> &'static str;
    /// Link to the printable page.
    fn hvidbog_print(&self) -> &'static str;
    /// Heading: the hearing period and numbers.
    fn hvidbog_period(&self) -> &'static str;
    /// "From … to …, n days".
    fn hvidbog_period_text(&self, from: &str, to: &str, days: i64) -> String;
    /// "n responses were received".
    fn hvidbog_total(&self, n: usize) -> String;
    /// In place of a summary: the response is not published, so nothing of its text is here.
    fn hvidbog_not_published(&self) -> &'static str;
    /// Heading: the consulted parties.
    fn hvidbog_parties(&self) -> &'static str;
    /// Column headings of the parties: party, answered.
    fn hvidbog_party_columns(&self) -> [&'static str; 2];
    /// Heading: general remarks (by theme).
    fn hvidbog_general(&self) -> &'static str;
    /// Heading: remarks on the text (by section).
    fn hvidbog_textual(&self) -> &'static str;
    /// Heading of responses in no theme and about no paragraph.
    fn hvidbog_other(&self) -> &'static str;
    /// Label of the remark field.
    fn remark_label(&self) -> &'static str;
    /// Legend of "gives rise to a change".
    fn change_legend(&self) -> &'static str;
    /// The choices: yes, no, not decided.
    fn change_choices(&self) -> [&'static str; 3];
    /// Save button of a remark.
    fn remark_save(&self) -> &'static str;
    /// "Remark on the theme".
    fn theme_remark(&self) -> &'static str;
    /// Yes / no.
    fn yes_no(&self, yes: bool) -> &'static str;
}
