//! The texts of a resident's rights over their data: asking for a link, the data page, the
//! download, withdrawal and erasure requests, and the officials' erasure page (every language
//! implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::RightsTexts;

messages! {
    /// Texts of `/my-data`, its link and mails, and the officials' erasure requests.
    pub trait RightsMessages: RightsTexts;
    keys RIGHTS_KEYS;

    /// After asking: said alike whether the address is known or not.
    fn my_data_link_sent(minutes: i64) -> String;

    /// Body of that mail.
    fn my_data_mail_body(link: &str, minutes: i64) -> String;

    /// What the mailed link's page says above its button.
    fn my_data_open_body(minutes: i64) -> String;

    /// Heading of the data page, naming the address.
    fn my_data_heading(email: &str) -> String;

    /// How long the access lasts, and that it is this browser's only.
    fn my_data_access_until(until: &str) -> String;

    /// "Sent with response(s) …": which responses an identity came with.
    fn my_data_identity_of(svarnumre: &str) -> String;

    /// A file: its name, size and whether the public may have it.
    fn my_data_file(name: &str, size_bytes: i64, public: bool) -> String;

    /// The request for this response is waiting for the municipality.
    fn erasure_already_requested(requested: &str) -> String;

    /// Subject of the mail telling officials of an erasure request.
    fn erasure_mail_subject(svarnummer: &str) -> String;

    /// Body of that mail.
    fn erasure_mail_body(hearing_title: &str, svarnummer: &str, link: &str) -> String;

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
