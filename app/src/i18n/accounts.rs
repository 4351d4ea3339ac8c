//! The texts of accounts and records: password reset, user management, the audit export and
//! the attachments ZIP (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;

messages! {
    /// Texts about officials' accounts in one language.
    pub trait AccountMessages;
    keys ACCOUNT_KEYS;

    /// The "Forgot your password?" link on the sign-in page, and the reset page's heading.
    fn forgot_password() -> &'static str;

    /// Text above the reset request form.
    fn reset_intro() -> &'static str;

    /// Its button.
    fn reset_button() -> &'static str;

    /// Shown after asking for a reset link, whether or not the address has an account.
    fn reset_sent() -> &'static str;

    /// Subject of the reset mail.
    fn reset_subject() -> &'static str;

    /// Body of the reset mail.
    fn reset_body(name: &str, link: &str, minutes: i64) -> String;

    /// Subject of the mail to a new official.
    fn invite_subject() -> &'static str;

    /// Body of the mail to a new official.
    fn invite_body(name: &str, link: &str, days: i64) -> String;

    /// Heading of the page a reset link opens.
    fn new_password_title() -> &'static str;

    /// The new password field.
    fn new_password_label() -> &'static str;

    /// The repeat field.
    fn repeat_password_label() -> &'static str;

    /// The rule a password must follow.
    fn password_hint() -> &'static str;

    /// The button that sets the password.
    fn set_password_button() -> &'static str;

    /// A password shorter than the policy.
    fn password_too_short() -> &'static str;

    /// A password longer than the policy.
    fn password_too_long() -> &'static str;

    /// The two fields differ.
    fn password_mismatch() -> &'static str;

    /// The password is the e-mail address.
    fn password_is_email() -> &'static str;

    /// Heading when a reset link no longer works.
    fn reset_invalid_title() -> &'static str;

    /// What to do then.
    fn reset_invalid_body() -> &'static str;

    /// Shown on the sign-in page after a new password was set.
    fn password_changed() -> &'static str;

    /// Not an e-mail address.
    fn email_invalid() -> &'static str;

    /// Heading of user management, and the link to it.
    fn users_title() -> &'static str;

    /// Heading of the form that creates an account.
    fn create_user_heading() -> &'static str;

    /// What happens when an account is created.
    fn create_user_hint() -> &'static str;

    /// The new user's name field.
    fn user_name_label() -> &'static str;

    /// The new user's e-mail field.
    fn user_email_label() -> &'static str;

    /// The role field.
    fn role_label() -> &'static str;

    /// The hearing field of a role.
    fn role_hearing_label() -> &'static str;

    /// The hearing choice that means every hearing.
    fn all_hearings() -> &'static str;

    /// The create button.
    fn create_user_button() -> &'static str;

    /// Heading of the list of accounts.
    fn accounts_heading() -> &'static str;

    /// "Roles".
    fn roles_label() -> &'static str;

    /// "Status".
    fn account_status_label() -> &'static str;

    /// Active account.
    fn account_active() -> &'static str;

    /// Locked after wrong passwords.
    fn account_locked() -> &'static str;

    /// Disabled account.
    fn account_disabled() -> &'static str;

    /// "Last sign-in".
    fn last_sign_in_label() -> &'static str;

    /// No sign-in known.
    fn last_sign_in_unknown() -> &'static str;

    /// The add-role button.
    fn add_role_button() -> &'static str;

    /// Legend of the add-role form.
    fn add_role_legend() -> &'static str;

    /// The remove-role button's accessible text.
    fn remove_role_button(role: &str) -> String;

    /// The disable button.
    fn disable_button() -> &'static str;

    /// The enable button.
    fn enable_button() -> &'static str;

    /// A name is required.
    fn name_required() -> &'static str;

    /// The address has an account.
    fn email_taken() -> &'static str;

    /// Not a role.
    fn role_invalid() -> &'static str;

    /// Not a hearing.
    fn hearing_invalid() -> &'static str;

    /// The account has that role already.
    fn role_exists() -> &'static str;

    /// An admin removing their own last admin role.
    fn cannot_remove_own_admin() -> &'static str;

    /// An admin disabling themselves.
    fn cannot_disable_self() -> &'static str;

    /// Heading of the audit export.
    fn audit_export_heading() -> &'static str;

    /// The hearing filter of the audit export.
    fn audit_hearing_label() -> &'static str;

    /// From date.
    fn audit_from_label() -> &'static str;

    /// To date (inclusive).
    fn audit_to_label() -> &'static str;

    /// A date that is not a date.
    fn date_invalid() -> &'static str;

    /// The link to a hearing's attachments as a ZIP.
    fn attachments_zip() -> &'static str;

    provided {
        /// Confirmation after a change, by kind (`created`, `role_added`, …).
        fn users_saved(&self, what: &str) -> &'static str {
            fl::variant(self.locale(), "users_saved", what)
        }
    }
}
