//! English texts of a resident's rights over their data.

use super::en::En;
use super::rights::RightsMessages;
use crate::vocab::MailStatus;

impl RightsMessages for En {
    fn my_data_title(&self) -> &'static str {
        "Your data"
    }
    fn my_data_intro(&self) -> &'static str {
        "Here you can see, download and ask us to erase everything the municipality has stored about you in its hearings: your details, your responses and files, and the e-mails we sent you. Enter the e-mail address you used and we will send a link to it."
    }
    fn my_data_send_button(&self) -> &'static str {
        "Send me a link"
    }
    fn my_data_link_sent(&self, minutes: i64) -> String {
        format!(
            "If we hold data about the address, we have now sent a link to it. The link works for {minutes} minutes and once only. If nothing arrives, we hold no data about the address – or check your spam filter."
        )
    }
    fn my_data_rate_limited(&self) -> &'static str {
        "Too many links have been asked for this address or from your network. Please try again in an hour."
    }
    fn my_data_mail_subject(&self) -> &'static str {
        "A link to your data"
    }
    fn my_data_mail_body(&self, link: &str, minutes: i64) -> String {
        format!(
            "Hello\n\nYou (or someone who typed your address) asked to see the data the municipality holds about your e-mail address from its hearings.\n\nOpen the link below. It works for {minutes} minutes and once only:\n{link}\n\nIf you did not ask, you can ignore this e-mail. Nobody can see your data without the link.\n"
        )
    }
    fn my_data_open_body(&self, minutes: i64) -> String {
        format!(
            "Press the button to see your data. This browser gets access for {minutes} minutes; the link cannot be used again after that."
        )
    }
    fn my_data_open_button(&self) -> &'static str {
        "Show my data"
    }
    fn my_data_link_used(&self) -> &'static str {
        "This link has been used already. A link works once only – ask for a new one."
    }
    fn my_data_link_expired(&self) -> &'static str {
        "This link has expired. Ask for a new one."
    }
    fn my_data_link_unknown(&self) -> &'static str {
        "There is no such link. Check that you copied the whole link, or ask for a new one."
    }
    fn my_data_ask_again(&self) -> &'static str {
        "Ask for a new link"
    }
    fn my_data_heading(&self, email: &str) -> String {
        format!("Data about {email}")
    }
    fn my_data_access_until(&self, until: &str) -> String {
        format!("This browser has access until {until}. After that, ask for a new link.")
    }
    fn my_data_download(&self) -> &'static str {
        "Download all data (JSON)"
    }
    fn my_data_close(&self) -> &'static str {
        "End access"
    }
    fn my_data_closed_notice(&self) -> &'static str {
        "Access to your data has ended in this browser."
    }
    fn my_data_from_manage(&self) -> &'static str {
        "See, download or erase your data"
    }
    fn my_data_from_manage_explain(&self) -> &'static str {
        "See everything the municipality holds about your e-mail address in its hearings, download it as a file, or ask for it to be erased."
    }
    fn my_data_identity_heading(&self) -> &'static str {
        "Your details"
    }
    fn my_data_identity_of(&self, svarnumre: &str) -> String {
        format!("Given with response {svarnumre}")
    }
    fn my_data_stored_at(&self) -> &'static str {
        "Stored"
    }
    fn my_data_responses_heading(&self) -> &'static str {
        "Your responses"
    }
    fn my_data_no_responses(&self) -> &'static str {
        "There are no responses from this address."
    }
    fn my_data_label(&self, field: &str) -> &'static str {
        match field {
            "hearing" => "Hearing",
            "submitted" => "Sent",
            "verified" => "Confirmed",
            "published" => "Published",
            "updated" => "Last changed",
            "section" => "Section",
            "paragraph" => "Paragraph",
            "published_text" => "The text as published (edited by the municipality)",
            "files" => "Files",
            "channel" => "Received by",
            _ => "",
        }
    }
    fn my_data_file(&self, name: &str, size_bytes: i64, public: bool) -> String {
        let shown = if public {
            "may be published"
        } else {
            "not published"
        };
        format!("{name} ({size_bytes} bytes, {shown})")
    }
    fn my_data_mails_heading(&self) -> &'static str {
        "E-mails sent to you"
    }
    fn my_data_no_mails(&self) -> &'static str {
        "We have sent no e-mails to this address."
    }
    fn my_data_mail_columns(&self) -> [&'static str; 3] {
        ["Date", "Subject", "Status"]
    }
    fn my_data_mail_status(&self, status: MailStatus) -> &'static str {
        match status {
            MailStatus::Sent => "Sent",
            MailStatus::Failed => "Could not be sent",
            MailStatus::Pending => "Waiting to be sent",
        }
    }
    fn my_data_erasures_heading(&self) -> &'static str {
        "Your requests for erasure"
    }
    fn my_data_no_erasures(&self) -> &'static str {
        "You have not asked for erasure."
    }
    fn erase_heading(&self) -> &'static str {
        "Ask for erasure"
    }
    fn erase_explain(&self, decided: bool) -> &'static str {
        if decided {
            "The hearing has been decided, so the municipality must keep what the decision was based on: your name, address and other details are erased, and the text is kept without them."
        } else {
            "The municipality erases the response, its files and your details entirely. An official carries out the erasure."
        }
    }
    fn erase_confirm_label(&self) -> &'static str {
        "Yes, erase my response"
    }
    fn erase_confirm_required(&self) -> &'static str {
        "Tick the box to confirm that you want the response erased."
    }
    fn erase_button(&self) -> &'static str {
        "Ask for erasure"
    }
    fn erase_all_button(&self) -> &'static str {
        "Ask for erasure of all my responses"
    }
    fn erase_all_heading(&self) -> &'static str {
        "Erase all your responses"
    }
    fn erasure_requested_notice(&self) -> &'static str {
        "Your request for erasure has been sent to the municipality. You can follow it here."
    }
    fn erasure_pending_notice(&self) -> &'static str {
        "You have already asked for erasure; the request is waiting for the municipality."
    }
    fn erasure_already_requested(&self, requested: &str) -> String {
        format!(
            "You asked for erasure on {requested}. The request is waiting for the municipality."
        )
    }
    fn erasure_mail_subject(&self, svarnummer: &str) -> String {
        format!("Request to erase response {svarnummer}")
    }
    fn erasure_mail_body(&self, hearing_title: &str, svarnummer: &str, link: &str) -> String {
        format!(
            "The sender of response {svarnummer} in the hearing \"{hearing_title}\" has asked for it to be erased.\n\nSee and carry out the request here:\n{link}\n"
        )
    }
    fn erasure_requests_title(&self) -> &'static str {
        "Requests for erasure"
    }
    fn erasure_requests_intro(&self, decided: bool) -> &'static str {
        if decided {
            "The hearing has been decided: erasure removes the sender's details and files but keeps the anonymised text the decision was based on."
        } else {
            "The hearing has not been decided: erasure removes the response, its files and the sender's details entirely."
        }
    }
    fn erasure_requests_none(&self) -> &'static str {
        "Nobody has asked for erasure in this hearing."
    }
    fn erasure_columns(&self) -> [&'static str; 5] {
        ["Number", "Asked", "Status", "Carried out by", "Action"]
    }
    fn erasure_carry_out(&self) -> &'static str {
        "Carry out erasure"
    }
    fn erasure_done_notice(&self) -> &'static str {
        "The erasure has been carried out."
    }
}
