//! The texts of the officials' workspace (every language implements it; `Messages`
//! requires it).

use super::catalogue::messages;
use super::texts::AdminTexts;

messages! {
    /// The workspace's texts in one language.
    pub trait AdminMessages: AdminTexts;
    keys ADMIN_KEYS;

    /// Body of the sign-in mail.
    fn login_link_body(name: &str, link: &str, minutes: i64) -> String;

    /// "n responses".
    fn response_total(n: usize) -> String;

    /// "Signed in as …".
    fn signed_in_as(name: &str) -> String;
}
