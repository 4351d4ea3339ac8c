//! The texts about keeping and erasing personal data: a hearing's retention setting, the
//! case-file mark on files, and what officials see of an erased respondent (every language
//! implements it; `Messages` requires it).

use super::catalogue::messages;

messages! {
    /// Texts about personal data over its life in one language.
    pub trait RetentionMessages;
    keys RETENTION_KEYS;

    /// Label of the hearing's retention field.
    fn retention_label() -> &'static str;

    /// Hint under it.
    fn retention_hint() -> &'static str;

    /// The months typed are not a whole number.
    fn retention_not_whole_number() -> &'static str;

    /// The months typed are zero or less.
    fn retention_too_few() -> &'static str;

    /// The months typed are more than the `max` allowed.
    fn retention_too_many(max: i32) -> String;

    /// Shown instead of a name that was erased (or never given).
    fn anonymous() -> &'static str;

    /// Shown instead of an e-mail address that was erased.
    fn email_erased() -> &'static str;

    /// A note on an official's response page: its personal data was erased.
    fn personal_data_erased_note() -> &'static str;

    /// Says a file is part of the case file (kept when personal data is erased).
    fn case_file_badge() -> &'static str;

    /// Says a file is not part of the case file.
    fn not_case_file_badge() -> &'static str;

    /// The button that marks a file as part of the case file.
    fn case_file_mark_button() -> &'static str;

    /// The button that takes the mark off.
    fn case_file_unmark_button() -> &'static str;
}
