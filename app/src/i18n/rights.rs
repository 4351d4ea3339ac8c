//! The texts of a resident's rights over their data: asking for a link, the data page, the
//! download, withdrawal and erasure requests, and the officials' erasure page (every language
//! implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;

messages! {
    /// Texts of `/my-data`, its link and mails, and the officials' erasure requests.
    pub trait RightsMessages;
    keys RIGHTS_KEYS;

    /// Heading of the data pages: "Your data".
    fn my_data_title() -> &'static str;

    /// What the page offers, above the address field.
    fn my_data_intro() -> &'static str;

    /// The button that asks for a link.
    fn my_data_send_button() -> &'static str;

    /// After asking: said alike whether the address is known or not.
    fn my_data_link_sent(minutes: i64) -> String;

    /// Too many links asked for the address or from the network.
    fn my_data_rate_limited() -> &'static str;

    /// Subject of the mail with the link.
    fn my_data_mail_subject() -> &'static str;

    /// Body of that mail.
    fn my_data_mail_body(link: &str, minutes: i64) -> String;

    /// What the mailed link's page says above its button.
    fn my_data_open_body(minutes: i64) -> String;

    /// The button that opens the data.
    fn my_data_open_button() -> &'static str;

    /// The link was used already.
    fn my_data_link_used() -> &'static str;

    /// The link is too old.
    fn my_data_link_expired() -> &'static str;

    /// No such link.
    fn my_data_link_unknown() -> &'static str;

    /// Link to ask for a new link.
    fn my_data_ask_again() -> &'static str;

    /// Heading of the data page, naming the address.
    fn my_data_heading(email: &str) -> String;

    /// How long the access lasts, and that it is this browser's only.
    fn my_data_access_until(until: &str) -> String;

    /// The download link.
    fn my_data_download() -> &'static str;

    /// The button that ends the access.
    fn my_data_close() -> &'static str;

    /// After ending it.
    fn my_data_closed_notice() -> &'static str;

    /// The button on the private change-or-withdraw page that leads here.
    fn my_data_from_manage() -> &'static str;

    /// What that button does.
    fn my_data_from_manage_explain() -> &'static str;

    /// Heading of the stored identities.
    fn my_data_identity_heading() -> &'static str;

    /// "Sent with response(s) …": which responses an identity came with.
    fn my_data_identity_of(svarnumre: &str) -> String;

    /// "When stored" label.
    fn my_data_stored_at() -> &'static str;

    /// Heading of the responses.
    fn my_data_responses_heading() -> &'static str;

    /// No responses on the address.
    fn my_data_no_responses() -> &'static str;

    /// A file: its name, size and whether the public may have it.
    fn my_data_file(name: &str, size_bytes: i64, public: bool) -> String;

    /// Heading of the mails.
    fn my_data_mails_heading() -> &'static str;

    /// No mails.
    fn my_data_no_mails() -> &'static str;

    /// Heading of the erasure requests.
    fn my_data_erasures_heading() -> &'static str;

    /// No erasure requests.
    fn my_data_no_erasures() -> &'static str;

    /// Heading of a response's erasure part.
    fn erase_heading() -> &'static str;

    /// The checkbox that confirms an erasure request.
    fn erase_confirm_label() -> &'static str;

    /// The checkbox was not ticked.
    fn erase_confirm_required() -> &'static str;

    /// The button that asks for erasure of one response.
    fn erase_button() -> &'static str;

    /// The button that asks for erasure of every response.
    fn erase_all_button() -> &'static str;

    /// Heading of the part that asks for all of them.
    fn erase_all_heading() -> &'static str;

    /// After asking.
    fn erasure_requested_notice() -> &'static str;

    /// Asked again: it is pending already.
    fn erasure_pending_notice() -> &'static str;

    /// The request for this response is waiting for the municipality.
    fn erasure_already_requested(requested: &str) -> String;

    /// Subject of the mail telling officials of an erasure request.
    fn erasure_mail_subject(svarnummer: &str) -> String;

    /// Body of that mail.
    fn erasure_mail_body(hearing_title: &str, svarnummer: &str, link: &str) -> String;

    /// Heading of the officials' page, and its link from the hearing's pages.
    fn erasure_requests_title() -> &'static str;

    /// No requests.
    fn erasure_requests_none() -> &'static str;

    /// The officials' button.
    fn erasure_carry_out() -> &'static str;

    /// After carrying one out.
    fn erasure_done_notice() -> &'static str;

    provided {
        /// The label of a response's date or field: `hearing`, `submitted`, `verified`,
        /// `published`, `updated`, `section`, `paragraph`, `published_text`, `files`, `channel`.
        fn my_data_label(&self, field: &str) -> &'static str {
            fl::variant(self.locale(), "my_data_label", field)
        }

        /// Column headers of the mails: date, subject, status.
        fn my_data_mail_columns(&self) -> [&'static str; 3] {
            fl::array(self.locale(), "my_data_mail_columns")
        }

        /// A mail's status (`pending`, `sending`, `sent`, `failed`).
        fn my_data_mail_status(&self, status: crate::vocab::MailStatus) -> &'static str {
            fl::variant(self.locale(), "my_data_mail_status", status.as_str())
        }

        /// What erasure means for this response (`decided`: the hearing has been decided).
        fn erase_explain(&self, decided: bool) -> &'static str {
            fl::variant(
                self.locale(),
                "erase_explain",
                if decided { "true" } else { "false" },
            )
        }

        /// What the officials' page is for.
        fn erasure_requests_intro(&self, decided: bool) -> &'static str {
            fl::variant(
                self.locale(),
                "erasure_requests_intro",
                if decided { "true" } else { "false" },
            )
        }

        /// Column headers: number, asked, status, carried out by, action.
        fn erasure_columns(&self) -> [&'static str; 5] {
            fl::array(self.locale(), "erasure_columns")
        }
    }
}
