//! English texts of accounts and records.

use super::accounts::AccountMessages;
use super::en::En;

impl AccountMessages for En {
    fn forgot_password(&self) -> &'static str {
        "Forgot your password?"
    }
    fn reset_intro(&self) -> &'static str {
        "Type the e-mail address you sign in with. If it has an account, we send a link where you can choose a new password."
    }
    fn reset_button(&self) -> &'static str {
        "Send link"
    }
    fn reset_sent(&self) -> &'static str {
        "If the address has an account, a link is on its way to it. The link works for 60 minutes and only once."
    }
    fn reset_subject(&self) -> &'static str {
        "Choose a new password for Ordet"
    }
    fn invite_subject(&self) -> &'static str {
        "You have an account in Ordet"
    }
    fn new_password_title(&self) -> &'static str {
        "Choose a new password"
    }
    fn new_password_label(&self) -> &'static str {
        "New password"
    }
    fn repeat_password_label(&self) -> &'static str {
        "Repeat the new password"
    }
    fn password_hint(&self) -> &'static str {
        "At least 12 characters. Several words in a sentence work well. It must not be your e-mail address."
    }
    fn set_password_button(&self) -> &'static str {
        "Save the password"
    }
    fn password_too_short(&self) -> &'static str {
        "The password must have at least 12 characters."
    }
    fn password_too_long(&self) -> &'static str {
        "The password can have at most 200 characters."
    }
    fn password_mismatch(&self) -> &'static str {
        "The two passwords are not the same. Type the same one in both fields."
    }
    fn password_is_email(&self) -> &'static str {
        "The password must not be your e-mail address."
    }
    fn reset_invalid_title(&self) -> &'static str {
        "The link no longer works"
    }
    fn reset_invalid_body(&self) -> &'static str {
        "The link has expired, has been used already or is unknown. Ask for a new link below."
    }
    fn password_changed(&self) -> &'static str {
        "Your new password is saved and you are signed out everywhere. Sign in with the new password."
    }
    fn email_invalid(&self) -> &'static str {
        "Type a valid e-mail address, e.g. name@kk.dk."
    }
    fn users_title(&self) -> &'static str {
        "Users"
    }
    fn create_user_heading(&self) -> &'static str {
        "Create a user"
    }
    fn create_user_hint(&self) -> &'static str {
        "The new user gets an e-mail with a link to choose their password. The link works for 7 days."
    }
    fn user_name_label(&self) -> &'static str {
        "Name"
    }
    fn user_email_label(&self) -> &'static str {
        "E-mail address"
    }
    fn role_label(&self) -> &'static str {
        "Role"
    }
    fn role_hearing_label(&self) -> &'static str {
        "Hearing"
    }
    fn all_hearings(&self) -> &'static str {
        "All hearings"
    }
    fn create_user_button(&self) -> &'static str {
        "Create user"
    }
    fn accounts_heading(&self) -> &'static str {
        "Accounts"
    }
    fn roles_label(&self) -> &'static str {
        "Roles"
    }
    fn account_status_label(&self) -> &'static str {
        "Status"
    }
    fn account_active(&self) -> &'static str {
        "Active"
    }
    fn account_locked(&self) -> &'static str {
        "Locked after wrong passwords"
    }
    fn account_disabled(&self) -> &'static str {
        "Disabled"
    }
    fn last_sign_in_label(&self) -> &'static str {
        "Last sign-in"
    }
    fn last_sign_in_unknown(&self) -> &'static str {
        "Unknown"
    }
    fn add_role_button(&self) -> &'static str {
        "Add role"
    }
    fn add_role_legend(&self) -> &'static str {
        "Add a role"
    }
    fn disable_button(&self) -> &'static str {
        "Disable"
    }
    fn enable_button(&self) -> &'static str {
        "Enable"
    }
    fn name_required(&self) -> &'static str {
        "Type the user's name."
    }
    fn email_taken(&self) -> &'static str {
        "An account with this e-mail address exists already."
    }
    fn role_invalid(&self) -> &'static str {
        "Choose a role."
    }
    fn hearing_invalid(&self) -> &'static str {
        "Choose a hearing from the list."
    }
    fn role_exists(&self) -> &'static str {
        "The user has this role already."
    }
    fn cannot_remove_own_admin(&self) -> &'static str {
        "You cannot remove your own last admin role."
    }
    fn cannot_disable_self(&self) -> &'static str {
        "You cannot disable your own account."
    }
    fn audit_export_heading(&self) -> &'static str {
        "Download the audit log"
    }
    fn audit_hearing_label(&self) -> &'static str {
        "Hearing (optional)"
    }
    fn audit_from_label(&self) -> &'static str {
        "From date (optional)"
    }
    fn audit_to_label(&self) -> &'static str {
        "To date, inclusive (optional)"
    }
    fn date_invalid(&self) -> &'static str {
        "Write the date as YYYY-MM-DD, e.g. 2010-11-24."
    }
    fn attachments_zip(&self) -> &'static str {
        "All attachments (ZIP)"
    }
    fn reset_body(&self, name: &str, link: &str, minutes: i64) -> String {
        format!(
            "Dear {name}\n\nYou asked to choose a new password for Ordet. Open this link; it works for {minutes} minutes and only once:\n{link}\n\nIf you did not ask for it, you can ignore this e-mail. Your password has not changed.\n\nKind regards\nOrdet\n"
        )
    }
    fn invite_body(&self, name: &str, link: &str, days: i64) -> String {
        format!(
            "Dear {name}\n\nYou have an account in Ordet, the municipality's platform for public consultations. Open this link to choose your password; it works for {days} days and only once:\n{link}\n\nKind regards\nOrdet\n"
        )
    }
    fn remove_role_button(&self, role: &str) -> String {
        format!("Remove the role {role}")
    }
    fn users_saved(&self, what: &str) -> &'static str {
        match what {
            "created" => "The user is created and has an e-mail with a link to choose a password.",
            "role_added" => "The role is added.",
            "role_removed" => "The role is removed.",
            "disabled" => "The account is disabled and the user is signed out everywhere.",
            "enabled" => "The account is enabled again.",
            _ => "The change is saved.",
        }
    }
}
