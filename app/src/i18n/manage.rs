//! The texts about a response after it was sent: the private change-or-withdraw page and
//! officials' decisions (every language implements it; `Messages` requires it).

use super::catalogue::messages;

messages! {
    /// Texts of the change-or-withdraw page in one language.
    pub trait ManageMessages;
    keys MANAGE_KEYS;

    /// Heading: "Your response 2010-64452-0001".
    fn manage_title(svarnummer: &str) -> String;

    /// Until when it can be changed.
    fn manage_intro(deadline: &str) -> String;

    /// "Status" label.
    fn status_label() -> &'static str;

    /// The save button.
    fn save_changes() -> &'static str;

    /// Confirmation after saving.
    fn saved_notice() -> &'static str;

    /// Confirmation after withdrawing.
    fn withdrawn_notice() -> &'static str;

    /// Heading of the withdrawal part.
    fn withdraw_heading() -> &'static str;

    /// What withdrawing means.
    fn withdraw_explain() -> &'static str;

    /// The confirmation checkbox.
    fn withdraw_confirm_label() -> &'static str;

    /// The withdraw button.
    fn withdraw_button() -> &'static str;

    /// The checkbox was not ticked.
    fn withdraw_confirm_required() -> &'static str;

    /// A withdrawn response cannot be changed.
    fn already_withdrawn() -> &'static str;

    /// The deadline has passed.
    fn manage_closed() -> &'static str;

    /// Heading when the link is unknown.
    fn manage_unknown_title() -> &'static str;

    /// Text when the link is unknown.
    fn manage_unknown_body() -> &'static str;

    /// An official must give a reason to hold or reject.
    fn moderation_reason_required() -> &'static str;

    /// Subject of the mail telling a respondent their response was rejected.
    fn rejected_mail_subject(svarnummer: &str) -> String;

    /// Body of that mail, with the official's reason.
    fn rejected_mail_body(
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        reason: &str,
    ) -> String;

    /// The response changed while the change was being saved: try again.
    fn manage_changed_meanwhile() -> &'static str;

    /// A response or a change could not be stored (a failure on our side): the text is kept.
    fn not_saved_try_again() -> &'static str;

    /// Heading of the verification page before the button is pressed.
    fn verify_confirm_title() -> &'static str;

    /// What the button does, naming the response and the hearing.
    fn verify_confirm_body(svarnummer: &str, hearing_title: &str) -> String;

    /// The button that confirms a response.
    fn verify_confirm_button() -> &'static str;

    /// Subject of the mail telling officials an author changed a decided response.
    fn author_changed_mail_subject(svarnummer: &str) -> String;

    /// Body of that mail: the hearing, the response, where it stands and a link to it.
    fn author_changed_mail_body(
        hearing_title: &str,
        svarnummer: &str,
        status: &str,
        link: &str,
    ) -> String;
}
