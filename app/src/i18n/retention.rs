//! The texts about keeping and erasing personal data: a hearing's retention setting, the
//! case-file mark on files, and what officials see of an erased respondent (every language
//! implements it; `Messages` requires it).

/// Texts about personal data over its life in one language.
pub trait RetentionMessages: Sync {
    /// Label of the hearing's retention field.
    fn retention_label(&self) -> &'static str;
    /// Hint under it.
    fn retention_hint(&self) -> &'static str;
    /// The months typed are not a whole number.
    fn retention_not_whole_number(&self) -> &'static str;
    /// The months typed are zero or less.
    fn retention_too_few(&self) -> &'static str;
    /// The months typed are more than the `max` allowed.
    fn retention_too_many(&self, max: i32) -> String;
    /// Shown instead of a name that was erased (or never given).
    fn anonymous(&self) -> &'static str;
    /// Shown instead of an e-mail address that was erased.
    fn email_erased(&self) -> &'static str;
    /// A note on an official's response page: its personal data was erased.
    fn personal_data_erased_note(&self) -> &'static str;
    /// Says a file is part of the case file (kept when personal data is erased).
    fn case_file_badge(&self) -> &'static str;
    /// Says a file is not part of the case file.
    fn not_case_file_badge(&self) -> &'static str;
    /// The button that marks a file as part of the case file.
    fn case_file_mark_button(&self) -> &'static str;
    /// The button that takes the mark off.
    fn case_file_unmark_button(&self) -> &'static str;
}
