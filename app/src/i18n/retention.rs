//! The texts about keeping and erasing personal data: a hearing's retention setting, the
//! case-file mark on files, and what officials see of an erased respondent (every language
//! implements it; `Messages` requires it).

use super::catalogue::messages;
use super::texts::RetentionTexts;

messages! {
    /// Texts about personal data over its life in one language.
    pub trait RetentionMessages: RetentionTexts;
    keys RETENTION_KEYS;

    /// The months typed are more than the `max` allowed.
    fn retention_too_many(max: i32) -> String;

}
