//! The response form in English.

use super::en::En;
use super::{Receipt, RespondMessages};

impl RespondMessages for En {
    fn respond_title(&self) -> &'static str {
        "Have your say"
    }
    fn respond_intro(&self) -> &'static str {
        "Write in your own words – in Danish or another language. You will get an e-mail with a link that you open to confirm your response."
    }
    fn respond_submit(&self) -> &'static str {
        "Send response"
    }
    fn give_response(&self) -> &'static str {
        "Have your say"
    }
    fn comment(&self) -> &'static str {
        "Comment"
    }
    fn comment_on(&self, number: &str) -> String {
        format!(" on paragraph {number}")
    }
    fn commenting_on(&self, number: &str) -> String {
        format!("You are commenting on paragraph {number}:")
    }
    fn not_open(&self) -> &'static str {
        "The hearing is not open for responses."
    }
    fn closed_while_writing(&self) -> &'static str {
        "The deadline has passed, so the response can no longer be sent. Your text is still below so that you can keep it."
    }
    fn sent_too_fast(&self) -> &'static str {
        "That was very quick. Please check your response and press Send again."
    }
    fn rate_limited(&self) -> &'static str {
        "Many responses have been sent from here in a short time. Wait an hour and try again. Your text is still below."
    }
    fn error_summary(&self) -> &'static str {
        "Please correct the following"
    }
    fn optional(&self) -> &'static str {
        "(optional)"
    }
    fn kind_legend(&self) -> &'static str {
        "I am responding as"
    }
    fn name_label(&self) -> &'static str {
        "Your name"
    }
    fn email_label(&self) -> &'static str {
        "Your e-mail"
    }
    fn email_hint(&self) -> &'static str {
        "We send the confirmation link here. Your e-mail is never published."
    }
    fn postal_code_label(&self) -> &'static str {
        "Postal code"
    }
    fn organisation_label(&self) -> &'static str {
        "Name of the organisation"
    }
    fn organisation_hint(&self) -> &'static str {
        "Only for associations, companies and public bodies. The response is published under the organisation's name."
    }
    fn contact_role_label(&self) -> &'static str {
        "Your role in the organisation"
    }
    fn cvr_label(&self) -> &'static str {
        "CVR number"
    }
    fn cvr_hint(&self) -> &'static str {
        "Only for companies: 8 digits."
    }
    fn publish_name_label(&self) -> &'static str {
        "My name may be shown with my response (otherwise it says “Resident” and your postal code)"
    }
    fn stance_legend(&self) -> &'static str {
        "What do you think of the proposal?"
    }
    fn text_label(&self) -> &'static str {
        "Your response"
    }
    fn text_hint(&self) -> &'static str {
        "At most 20,000 characters."
    }
    fn responses_title(&self) -> &'static str {
        "Responses"
    }
    fn responses_received(&self, verified: u64) -> String {
        match verified {
            0 => "No responses yet.".into(),
            1 => "1 response received.".into(),
            n => format!("{n} responses received."),
        }
    }
    fn read_published(&self, published: u64) -> String {
        format!("Read the published responses ({published})")
    }
    fn comment_count(&self, count: u64) -> String {
        match count {
            1 => "1 comment".into(),
            n => format!("{n} comments"),
        }
    }
    fn no_responses_yet(&self) -> &'static str {
        "No responses have been published yet."
    }
    fn previous_page(&self) -> &'static str {
        "Previous page"
    }
    fn next_page(&self) -> &'static str {
        "Next page"
    }
    fn pages(&self) -> &'static str {
        "Pages"
    }
    fn about_paragraph(&self) -> &'static str {
        "About the paragraph"
    }
    fn receipt_subject(&self, svarnummer: &str) -> String {
        format!("Receipt for your response {svarnummer}")
    }
    fn receipt_body(&self, r: &Receipt<'_>) -> String {
        format!(
            "Dear {}\n\nWe have received and registered your response to «{}» with number {}.\n\n{}\n\nYou can change or withdraw your response until {} through this private link (do not share it):\n{}\n\nYour response as you wrote it:\n\n{}\n\n{}Kind regards\nOrdet\n",
            r.name,
            r.hearing_title,
            r.svarnummer,
            r.outcome,
            r.deadline,
            r.manage_link,
            r.text,
            r.files
        )
    }
    fn receipt_status_held(&self) -> &'static str {
        "Your response seems to contain a CPR number, so a member of staff will look at it before it is published."
    }
    fn receipt_status_published(&self) -> &'static str {
        "Your response can now be read on the hearing's page."
    }
    fn receipt_status_awaiting_review(&self) -> &'static str {
        "Your response will be published once the municipality has reviewed it."
    }
    fn receipt_status_awaiting_deadline(&self) -> &'static str {
        "Your response will be published with the others when the deadline has passed."
    }
    fn sent_title(&self) -> &'static str {
        "Check your e-mail"
    }
    fn sent_body(&self, svarnummer: &str) -> String {
        format!(
            "Thank you! Your response has number {svarnummer}. We have sent you an e-mail with a link: open it within 7 days to confirm your response."
        )
    }
    fn idempotency_key_invalid(&self) -> &'static str {
        "The Idempotency-Key must be 1 to 255 visible ASCII characters."
    }
    fn idempotency_key_reused(&self) -> &'static str {
        "This Idempotency-Key was already used for another response to this hearing. Use a new key for a new response."
    }
    fn form_already_sent(&self) -> &'static str {
        "This form was already sent with other content. Reload the page to send a new response. Your text is still below."
    }
    fn field_required(&self) -> &'static str {
        "Please fill in this field."
    }
    fn field_unknown_kind(&self) -> &'static str {
        "Choose whether you respond as a resident, association, company or public body."
    }
    fn field_email_malformed(&self) -> &'static str {
        "Enter a valid e-mail address, e.g. name@example.com."
    }
    fn field_cvr_not_eight_digits(&self) -> &'static str {
        "A CVR number has 8 digits, e.g. 12345678."
    }
    fn field_cvr_checksum(&self) -> &'static str {
        "This CVR number does not exist. Check whether two digits were swapped."
    }
    fn field_postal_code(&self) -> &'static str {
        "A postal code has 4 digits, e.g. 2300."
    }
    fn field_text_empty(&self) -> &'static str {
        "Write your response."
    }
    fn field_text_too_long(&self, chars: usize) -> String {
        format!(
            "The text has {chars} characters; there is room for 20,000. Shorten it or attach a letter."
        )
    }
    fn field_too_long(&self) -> &'static str {
        "At most 200 characters."
    }
    fn field_unknown_stance(&self) -> &'static str {
        "Choose for, against, mixed or no stance."
    }
    fn field_unknown_section(&self) -> &'static str {
        "This section is not in the current draft."
    }
    fn field_unknown_paragraph(&self) -> &'static str {
        "This paragraph is not in the current draft."
    }
    fn verify_heading_verified(&self) -> &'static str {
        "Thank you – your response is confirmed"
    }
    fn verify_heading_held(&self) -> &'static str {
        "Thank you – your response is confirmed"
    }
    fn verify_heading_already_verified(&self) -> &'static str {
        "Your response is already confirmed"
    }
    fn verify_heading_unknown(&self) -> &'static str {
        "This link does not work"
    }
    fn verify_heading_expired(&self) -> &'static str {
        "This link has expired"
    }
    fn verify_heading_closed(&self) -> &'static str {
        "The hearing has closed"
    }
    fn verify_body_verified(&self, svarnummer: &str, standing: &str) -> String {
        format!("Your response has number {svarnummer}. {standing}")
    }
    fn verify_body_held(&self, svarnummer: &str) -> String {
        format!(
            "Your response has number {svarnummer}. It seems to contain a CPR number, so a member of staff will look at it before it is published. This is to protect you."
        )
    }
    fn verify_body_already_verified(&self, svarnummer: &str) -> String {
        format!("Your response has number {svarnummer}. There is nothing more to do.")
    }
    fn verify_body_unknown(&self) -> &'static str {
        "Check that you copied the whole link from the e-mail."
    }
    fn verify_body_expired(&self) -> &'static str {
        "A confirmation link works for 7 days. Send your response again if the hearing is still open."
    }
    fn verify_body_closed(&self) -> &'static str {
        "The deadline has passed, so the response can no longer be confirmed."
    }
}
