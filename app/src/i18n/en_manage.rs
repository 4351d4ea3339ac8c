//! English texts of the change-or-withdraw page.

use super::en::En;
use super::manage::ManageMessages;

impl ManageMessages for En {
    fn manage_title(&self, svarnummer: &str) -> String {
        format!("Your response {svarnummer}")
    }
    fn manage_intro(&self, deadline: &str) -> String {
        format!("You can change or withdraw your response until {deadline}.")
    }
    fn status_label(&self) -> &'static str {
        "Status"
    }
    fn save_changes(&self) -> &'static str {
        "Save changes"
    }
    fn saved_notice(&self) -> &'static str {
        "Your changes are saved."
    }
    fn withdrawn_notice(&self) -> &'static str {
        "Your response is withdrawn. It no longer counts in the consultation."
    }
    fn withdraw_heading(&self) -> &'static str {
        "Withdraw the response"
    }
    fn withdraw_explain(&self) -> &'static str {
        "If you withdraw your response, it is removed from the hearing's page and is not considered. This cannot be undone, but you can send a new response while the hearing is open."
    }
    fn withdraw_confirm_label(&self) -> &'static str {
        "Yes, withdraw my response"
    }
    fn withdraw_button(&self) -> &'static str {
        "Withdraw the response"
    }
    fn withdraw_confirm_required(&self) -> &'static str {
        "Tick the box if you want to withdraw your response."
    }
    fn already_withdrawn(&self) -> &'static str {
        "The response is withdrawn and can no longer be changed."
    }
    fn manage_closed(&self) -> &'static str {
        "The deadline has passed, so the response can no longer be changed or withdrawn."
    }
    fn manage_unknown_title(&self) -> &'static str {
        "The link does not work"
    }
    fn manage_unknown_body(&self) -> &'static str {
        "Check that you copied the whole link from the receipt."
    }
    fn moderation_reason_required(&self) -> &'static str {
        "Give a reason: it is kept in the log and sent to the respondent when a response is rejected."
    }
    fn rejected_mail_subject(&self, svarnummer: &str) -> String {
        format!("Your response {svarnummer} was rejected")
    }
    fn rejected_mail_body(
        &self,
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        reason: &str,
    ) -> String {
        format!(
            "Dear {name}\n\nThe municipality has rejected your response {svarnummer} to “{hearing_title}” for this reason:\n\n{reason}\n\nThe response is not published. If you disagree, you can reply to this e-mail.\n\nKind regards\nOrdet\n"
        )
    }
    fn manage_changed_meanwhile(&self) -> &'static str {
        "Your response was changed while you were writing. Look it over and save again."
    }
    fn not_saved_try_again(&self) -> &'static str {
        "Your response could not be saved just now. Your text is still here; please send it again shortly."
    }
    fn verify_confirm_title(&self) -> &'static str {
        "Confirm your response"
    }
    fn verify_confirm_body(&self, svarnummer: &str, hearing_title: &str) -> String {
        format!(
            "Press the button to confirm response {svarnummer} to “{hearing_title}”. Only then is it part of the hearing."
        )
    }
    fn verify_confirm_button(&self) -> &'static str {
        "Confirm the response"
    }
    fn author_changed_mail_subject(&self, svarnummer: &str) -> String {
        format!("Response {svarnummer} was changed by its author")
    }
    fn author_changed_mail_body(
        &self,
        hearing_title: &str,
        svarnummer: &str,
        status: &str,
        link: &str,
    ) -> String {
        format!(
            "The author changed response {svarnummer} to “{hearing_title}” through their private link after a member of staff had decided on it.\n\nThe response stays where it was put: {status}. The change is not published; the old and the new text are both in the log.\n\nSee the response: {link}\n\nOrdet\n"
        )
    }
}
