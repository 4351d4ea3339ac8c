//! The texts about a response after it was sent: the private change-or-withdraw page and
//! officials' decisions (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::texts::ManageTexts;

messages! {
    /// Texts of the change-or-withdraw page in one language.
    pub trait ManageMessages: ManageTexts;
    keys MANAGE_KEYS;

    /// Heading: "Your response 2010-64452-0001".
    fn manage_title(svarnummer: &str) -> String;

    /// Until when it can be changed.
    fn manage_intro(deadline: &str) -> String;

    /// Subject of the mail telling a respondent their response was rejected.
    fn rejected_mail_subject(svarnummer: &str) -> String;

    /// Body of that mail, with the official's reason.
    fn rejected_mail_body(
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        reason: &str,
    ) -> String;

    /// What the button does, naming the response and the hearing.
    fn verify_confirm_body(svarnummer: &str, hearing_title: &str) -> String;

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
