//! The texts of accounts and records: password reset, user management, the audit export and
//! the attachments ZIP (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::AccountsTexts;

messages! {
    /// Texts about officials' accounts in one language.
    pub trait AccountMessages: AccountsTexts;
    keys ACCOUNT_KEYS;

    /// Body of the reset mail.
    fn reset_body(name: &str, link: &str, minutes: i64) -> String;

    /// Body of the mail to a new official.
    fn invite_body(name: &str, link: &str, days: i64) -> String;

    /// The remove-role button's accessible text.
    fn remove_role_button(role: &str) -> String;

    provided {
        /// Confirmation after a change, by kind (`created`, `role_added`, …).
        fn users_saved(&self, what: &str) -> &'static str {
            fl::variant(self.locale(), "users_saved", what)
        }
    }
}
