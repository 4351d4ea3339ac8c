//! The texts of a resident's rights over their data: asking for a link, the data page, the
//! download, withdrawal and erasure requests, and the officials' erasure page (every language
//! implements it; `Messages` requires it).

/// Texts of `/my-data`, its link and mails, and the officials' erasure requests.
pub trait RightsMessages: Sync {
    /// Heading of the data pages: "Your data".
    fn my_data_title(&self) -> &'static str;
    /// What the page offers, above the address field.
    fn my_data_intro(&self) -> &'static str;
    /// The button that asks for a link.
    fn my_data_send_button(&self) -> &'static str;
    /// After asking: said alike whether the address is known or not.
    fn my_data_link_sent(&self, minutes: i64) -> String;
    /// Too many links asked for the address or from the network.
    fn my_data_rate_limited(&self) -> &'static str;
    /// Subject of the mail with the link.
    fn my_data_mail_subject(&self) -> &'static str;
    /// Body of that mail.
    fn my_data_mail_body(&self, link: &str, minutes: i64) -> String;
    /// What the mailed link's page says above its button.
    fn my_data_open_body(&self, minutes: i64) -> String;
    /// The button that opens the data.
    fn my_data_open_button(&self) -> &'static str;
    /// The link was used already.
    fn my_data_link_used(&self) -> &'static str;
    /// The link is too old.
    fn my_data_link_expired(&self) -> &'static str;
    /// No such link.
    fn my_data_link_unknown(&self) -> &'static str;
    /// Link to ask for a new link.
    fn my_data_ask_again(&self) -> &'static str;
    /// Heading of the data page, naming the address.
    fn my_data_heading(&self, email: &str) -> String;
    /// How long the access lasts, and that it is this browser's only.
    fn my_data_access_until(&self, until: &str) -> String;
    /// The download link.
    fn my_data_download(&self) -> &'static str;
    /// The button that ends the access.
    fn my_data_close(&self) -> &'static str;
    /// After ending it.
    fn my_data_closed_notice(&self) -> &'static str;
    /// The button on the private change-or-withdraw page that leads here.
    fn my_data_from_manage(&self) -> &'static str;
    /// What that button does.
    fn my_data_from_manage_explain(&self) -> &'static str;
    /// Heading of the stored identities.
    fn my_data_identity_heading(&self) -> &'static str;
    /// "Sent with response(s) …": which responses an identity came with.
    fn my_data_identity_of(&self, svarnumre: &str) -> String;
    /// "When stored" label.
    fn my_data_stored_at(&self) -> &'static str;
    /// Heading of the responses.
    fn my_data_responses_heading(&self) -> &'static str;
    /// No responses on the address.
    fn my_data_no_responses(&self) -> &'static str;
    /// The label of a response's date or field: `hearing`, `submitted`, `verified`,
    /// `published`, `updated`, `section`, `paragraph`, `published_text`, `files`, `channel`.
    fn my_data_label(&self, field: &str) -> &'static str;
    /// A file: its name, size and whether the public may have it.
    fn my_data_file(&self, name: &str, size_bytes: i64, public: bool) -> String;
    /// Heading of the mails.
    fn my_data_mails_heading(&self) -> &'static str;
    /// No mails.
    fn my_data_no_mails(&self) -> &'static str;
    /// Column headers of the mails: date, subject, status.
    fn my_data_mail_columns(&self) -> [&'static str; 3];
    /// A mail's status (`pending`, `sending`, `sent`, `failed`).
    fn my_data_mail_status(&self, status: crate::vocab::MailStatus) -> &'static str;
    /// Heading of the erasure requests.
    fn my_data_erasures_heading(&self) -> &'static str;
    /// No erasure requests.
    fn my_data_no_erasures(&self) -> &'static str;
    /// Heading of a response's erasure part.
    fn erase_heading(&self) -> &'static str;
    /// What erasure means for this response (`decided`: the hearing has been decided).
    fn erase_explain(&self, decided: bool) -> &'static str;
    /// The checkbox that confirms an erasure request.
    fn erase_confirm_label(&self) -> &'static str;
    /// The checkbox was not ticked.
    fn erase_confirm_required(&self) -> &'static str;
    /// The button that asks for erasure of one response.
    fn erase_button(&self) -> &'static str;
    /// The button that asks for erasure of every response.
    fn erase_all_button(&self) -> &'static str;
    /// Heading of the part that asks for all of them.
    fn erase_all_heading(&self) -> &'static str;
    /// After asking.
    fn erasure_requested_notice(&self) -> &'static str;
    /// Asked again: it is pending already.
    fn erasure_pending_notice(&self) -> &'static str;
    /// The request for this response is waiting for the municipality.
    fn erasure_already_requested(&self, requested: &str) -> String;
    /// Subject of the mail telling officials of an erasure request.
    fn erasure_mail_subject(&self, svarnummer: &str) -> String;
    /// Body of that mail.
    fn erasure_mail_body(&self, hearing_title: &str, svarnummer: &str, link: &str) -> String;
    /// Heading of the officials' page, and its link from the hearing's pages.
    fn erasure_requests_title(&self) -> &'static str;
    /// What the officials' page is for.
    fn erasure_requests_intro(&self, decided: bool) -> &'static str;
    /// No requests.
    fn erasure_requests_none(&self) -> &'static str;
    /// Column headers: number, asked, status, carried out by, action.
    fn erasure_columns(&self) -> [&'static str; 5];
    /// The officials' button.
    fn erasure_carry_out(&self) -> &'static str;
    /// After carrying one out.
    fn erasure_done_notice(&self) -> &'static str;
}
