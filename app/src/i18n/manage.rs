//! The texts about a response after it was sent: the private change-or-withdraw page and
//! officials' decisions (every language implements it; `Messages` requires it).

/// Texts of the change-or-withdraw page in one language.
pub trait ManageMessages: Sync {
    /// Heading: "Your response 2010-64452-0001".
    fn manage_title(&self, svarnummer: &str) -> String;
    /// Until when it can be changed.
    fn manage_intro(&self, deadline: &str) -> String;
    /// "Status" label.
    fn status_label(&self) -> &'static str;
    /// The save button.
    fn save_changes(&self) -> &'static str;
    /// Confirmation after saving.
    fn saved_notice(&self) -> &'static str;
    /// Confirmation after withdrawing.
    fn withdrawn_notice(&self) -> &'static str;
    /// Heading of the withdrawal part.
    fn withdraw_heading(&self) -> &'static str;
    /// What withdrawing means.
    fn withdraw_explain(&self) -> &'static str;
    /// The confirmation checkbox.
    fn withdraw_confirm_label(&self) -> &'static str;
    /// The withdraw button.
    fn withdraw_button(&self) -> &'static str;
    /// The checkbox was not ticked.
    fn withdraw_confirm_required(&self) -> &'static str;
    /// A withdrawn response cannot be changed.
    fn already_withdrawn(&self) -> &'static str;
    /// The deadline has passed.
    fn manage_closed(&self) -> &'static str;
    /// Heading when the link is unknown.
    fn manage_unknown_title(&self) -> &'static str;
    /// Text when the link is unknown.
    fn manage_unknown_body(&self) -> &'static str;
    /// An official must give a reason to hold or reject.
    fn moderation_reason_required(&self) -> &'static str;
    /// Subject of the mail telling a respondent their response was rejected.
    fn rejected_mail_subject(&self, svarnummer: &str) -> String;
    /// Body of that mail, with the official's reason.
    fn rejected_mail_body(
        &self,
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        reason: &str,
    ) -> String;
    /// The response changed while the change was being saved: try again.
    fn manage_changed_meanwhile(&self) -> &'static str;
    /// A response or a change could not be stored (a failure on our side): the text is kept.
    fn not_saved_try_again(&self) -> &'static str;
    /// Heading of the verification page before the button is pressed.
    fn verify_confirm_title(&self) -> &'static str;
    /// What the button does, naming the response and the hearing.
    fn verify_confirm_body(&self, svarnummer: &str, hearing_title: &str) -> String;
    /// The button that confirms a response.
    fn verify_confirm_button(&self) -> &'static str;
    /// Subject of the mail telling officials an author changed a decided response.
    fn author_changed_mail_subject(&self, svarnummer: &str) -> String;
    /// Body of that mail: the hearing, the response, where it stands and a link to it.
    fn author_changed_mail_body(
        &self,
        hearing_title: &str,
        svarnummer: &str,
        status: &str,
        link: &str,
    ) -> String;
}
