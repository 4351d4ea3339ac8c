//! The texts of the response form, its fields' problems and the verification page, as a
//! catalogue of their own (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;

/// What a receipt (kvittering) tells.
#[derive(Clone, Debug)]
pub struct Receipt<'a> {
    /// The respondent's name.
    pub name: &'a str,
    /// The hearing's title.
    pub hearing_title: &'a str,
    /// The response's number.
    pub svarnummer: &'a str,
    /// Where it stands (`Standing::message`).
    pub outcome: &'a str,
    /// The text as written.
    pub text: &'a str,
    /// The files' block ([`super::FileMessages::receipt_files`]); may be empty.
    pub files: &'a str,
    /// The private link to change or withdraw the response.
    pub manage_link: &'a str,
    /// Until when it can be used, written out.
    pub deadline: &'a str,
}

messages! {
    /// The response form's texts in one language.
    pub trait RespondMessages;
    keys RESPOND_KEYS;

    /// Heading of the form page.
    fn respond_title() -> &'static str;

    /// Introduction above the form.
    fn respond_intro() -> &'static str;

    /// The submit button.
    fn respond_submit() -> &'static str;

    /// Link from the hearing page to the form.
    fn give_response() -> &'static str;

    /// Visible text of the link beside a paragraph.
    fn comment() -> &'static str;

    /// Hidden rest of that link's name: " on paragraph 12".
    fn comment_on(number: &str) -> String;

    /// Caption of the quoted paragraph.
    fn commenting_on(number: &str) -> String;

    /// Shown instead of the form when the hearing is not open.
    fn not_open() -> &'static str;

    /// The form-level error when the deadline passed while writing.
    fn closed_while_writing() -> &'static str;

    /// The form came back faster than a person fills it in.
    fn sent_too_fast() -> &'static str;

    /// The form-level error when one address sent too many responses.
    fn rate_limited() -> &'static str;

    /// Heading of the list of errors.
    fn error_summary() -> &'static str;

    /// "(optional)".
    fn optional() -> &'static str;

    /// Legend of the respondent kind.
    fn kind_legend() -> &'static str;

    /// Name field.
    fn name_label() -> &'static str;

    /// E-mail field.
    fn email_label() -> &'static str;

    /// Hint under the e-mail field.
    fn email_hint() -> &'static str;

    /// Postal code field.
    fn postal_code_label() -> &'static str;

    /// Organisation field.
    fn organisation_label() -> &'static str;

    /// Hint under the organisation field.
    fn organisation_hint() -> &'static str;

    /// Contact role field.
    fn contact_role_label() -> &'static str;

    /// CVR field.
    fn cvr_label() -> &'static str;

    /// Hint under the CVR field.
    fn cvr_hint() -> &'static str;

    /// The checkbox that lets a resident's name be published.
    fn publish_name_label() -> &'static str;

    /// Legend of the stance.
    fn stance_legend() -> &'static str;

    /// The text field.
    fn text_label() -> &'static str;

    /// Hint under the text field.
    fn text_hint() -> &'static str;

    /// Heading of the list of published responses.
    fn responses_title() -> &'static str;

    /// "n responses received" on the hearing page.
    fn responses_received(verified: u64) -> String;

    /// Link to the published responses.
    fn read_published(published: u64) -> String;

    /// Comment count beside a paragraph.
    fn comment_count(count: u64) -> String;

    /// Shown when nothing is published yet.
    fn no_responses_yet() -> &'static str;

    /// Link to the previous page.
    fn previous_page() -> &'static str;

    /// Link to the next page.
    fn next_page() -> &'static str;

    /// Label of the page navigation.
    fn pages() -> &'static str;

    /// "About paragraph n".
    fn about_paragraph() -> &'static str;

    /// Subject of the receipt (kvittering) sent after verification.
    fn receipt_subject(svarnummer: &str) -> String;

    /// Receipt: the verified response is public now.
    fn receipt_status_published() -> &'static str;

    /// Receipt: the verified response is held back (it seems to hold a CPR number).
    fn receipt_status_held() -> &'static str;

    /// Receipt: the verified response waits for an official's review.
    fn receipt_status_awaiting_review() -> &'static str;

    /// Receipt: the verified response is published with the others at the deadline.
    fn receipt_status_awaiting_deadline() -> &'static str;

    /// Heading of the "check your e-mail" page.
    fn sent_title() -> &'static str;

    /// Body of the "check your e-mail" page.
    fn sent_body(svarnummer: &str) -> String;

    /// An `Idempotency-Key` header that is empty, too long or not visible ASCII.
    fn idempotency_key_invalid() -> &'static str;

    /// An `Idempotency-Key` already used for another submission to the hearing.
    fn idempotency_key_reused() -> &'static str;

    /// A rendered form sent again with other content after it was accepted.
    fn form_already_sent() -> &'static str;

    /// A field must be filled in.
    fn field_required() -> &'static str;

    /// The respondent kind is not one of the four.
    fn field_unknown_kind() -> &'static str;

    /// The e-mail address does not look like one.
    fn field_email_malformed() -> &'static str;

    /// The CVR number is not eight digits.
    fn field_cvr_not_eight_digits() -> &'static str;

    /// The CVR number fails the modulus-11 check.
    fn field_cvr_checksum() -> &'static str;

    /// The postal code is not four digits.
    fn field_postal_code() -> &'static str;

    /// The response's text is empty.
    fn field_text_empty() -> &'static str;

    /// The response's text is too long: `chars` characters sent.
    fn field_text_too_long(chars: usize) -> String;

    /// A name is too long.
    fn field_too_long() -> &'static str;

    /// The stance is not one of the four.
    fn field_unknown_stance() -> &'static str;

    /// No section of the current draft has this anchor.
    fn field_unknown_section() -> &'static str;

    /// No paragraph of the current draft has this anchor.
    fn field_unknown_paragraph() -> &'static str;

    /// Heading of the verification page: the response is verified.
    fn verify_heading_verified() -> &'static str;

    /// Heading of the verification page: verified, but held back for personal data.
    fn verify_heading_held() -> &'static str;

    /// Heading of the verification page: the link was followed before.
    fn verify_heading_already_verified() -> &'static str;

    /// Heading of the verification page: no such link.
    fn verify_heading_unknown() -> &'static str;

    /// Heading of the verification page: the link has expired.
    fn verify_heading_expired() -> &'static str;

    /// Heading of the verification page: the hearing's deadline has passed.
    fn verify_heading_closed() -> &'static str;

    /// Text of the verification page: verified, with its number and where it stands (a
    /// `receipt_status_*` text).
    fn verify_body_verified(svarnummer: &str, standing: &str) -> String;

    /// Text of the verification page: verified, but held back for personal data.
    fn verify_body_held(svarnummer: &str) -> String;

    /// Text of the verification page: the link was followed before.
    fn verify_body_already_verified(svarnummer: &str) -> String;

    /// Text of the verification page: no such link.
    fn verify_body_unknown() -> &'static str;

    /// Text of the verification page: the link has expired.
    fn verify_body_expired() -> &'static str;

    /// Text of the verification page: the hearing's deadline has passed.
    fn verify_body_closed() -> &'static str;

    provided {
        /// Body of the receipt: what was received, where it stands, a copy of the text, the
        /// files with their SHA-256 and the private link to change or withdraw the response.
        fn receipt_body(&self, r: &Receipt<'_>) -> String {
            fl::format(
                self.locale(),
                "receipt_body",
                &[
                    ("name", r.name.into()),
                    ("hearing_title", r.hearing_title.into()),
                    ("svarnummer", r.svarnummer.into()),
                    ("outcome", r.outcome.into()),
                    ("deadline", r.deadline.into()),
                    ("manage_link", r.manage_link.into()),
                    ("text", r.text.into()),
                    ("files", r.files.into()),
                ],
            )
        }
    }
}
