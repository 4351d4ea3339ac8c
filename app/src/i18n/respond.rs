//! The texts of the response form, its fields' problems and the verification page, as a
//! catalogue of their own (every language implements it; `Messages` requires it).

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

/// The response form's texts in one language.
pub trait RespondMessages: Sync {
    /// Heading of the form page.
    fn respond_title(&self) -> &'static str;
    /// Introduction above the form.
    fn respond_intro(&self) -> &'static str;
    /// The submit button.
    fn respond_submit(&self) -> &'static str;
    /// Link from the hearing page to the form.
    fn give_response(&self) -> &'static str;
    /// Visible text of the link beside a paragraph.
    fn comment(&self) -> &'static str;
    /// Hidden rest of that link's name: " on paragraph 12".
    fn comment_on(&self, number: &str) -> String;
    /// Caption of the quoted paragraph.
    fn commenting_on(&self, number: &str) -> String;
    /// Shown instead of the form when the hearing is not open.
    fn not_open(&self) -> &'static str;
    /// The form-level error when the deadline passed while writing.
    fn closed_while_writing(&self) -> &'static str;
    /// The form came back faster than a person fills it in.
    fn sent_too_fast(&self) -> &'static str;
    /// The form-level error when one address sent too many responses.
    fn rate_limited(&self) -> &'static str;
    /// Heading of the list of errors.
    fn error_summary(&self) -> &'static str;
    /// "(optional)".
    fn optional(&self) -> &'static str;
    /// Legend of the respondent kind.
    fn kind_legend(&self) -> &'static str;
    /// Name field.
    fn name_label(&self) -> &'static str;
    /// E-mail field.
    fn email_label(&self) -> &'static str;
    /// Hint under the e-mail field.
    fn email_hint(&self) -> &'static str;
    /// Postal code field.
    fn postal_code_label(&self) -> &'static str;
    /// Organisation field.
    fn organisation_label(&self) -> &'static str;
    /// Hint under the organisation field.
    fn organisation_hint(&self) -> &'static str;
    /// Contact role field.
    fn contact_role_label(&self) -> &'static str;
    /// CVR field.
    fn cvr_label(&self) -> &'static str;
    /// Hint under the CVR field.
    fn cvr_hint(&self) -> &'static str;
    /// The checkbox that lets a resident's name be published.
    fn publish_name_label(&self) -> &'static str;
    /// Legend of the stance.
    fn stance_legend(&self) -> &'static str;
    /// The text field.
    fn text_label(&self) -> &'static str;
    /// Hint under the text field.
    fn text_hint(&self) -> &'static str;
    /// Heading of the list of published responses.
    fn responses_title(&self) -> &'static str;
    /// "n responses received" on the hearing page.
    fn responses_received(&self, verified: u64) -> String;
    /// Link to the published responses.
    fn read_published(&self, published: u64) -> String;
    /// Comment count beside a paragraph.
    fn comment_count(&self, count: u64) -> String;
    /// Shown when nothing is published yet.
    fn no_responses_yet(&self) -> &'static str;
    /// Link to the previous page.
    fn previous_page(&self) -> &'static str;
    /// Link to the next page.
    fn next_page(&self) -> &'static str;
    /// Label of the page navigation.
    fn pages(&self) -> &'static str;
    /// "About paragraph n".
    fn about_paragraph(&self) -> &'static str;
    /// Subject of the receipt (kvittering) sent after verification.
    fn receipt_subject(&self, svarnummer: &str) -> String;
    /// Body of the receipt: what was received, where it stands, a copy of the text, the
    /// files with their SHA-256 and the private link to change or withdraw the response.
    fn receipt_body(&self, receipt: &Receipt<'_>) -> String;
    /// Receipt: the verified response is public now.
    fn receipt_status_published(&self) -> &'static str;
    /// Receipt: the verified response is held back (it seems to hold a CPR number).
    fn receipt_status_held(&self) -> &'static str;
    /// Receipt: the verified response waits for an official's review.
    fn receipt_status_awaiting_review(&self) -> &'static str;
    /// Receipt: the verified response is published with the others at the deadline.
    fn receipt_status_awaiting_deadline(&self) -> &'static str;
    /// Heading of the "check your e-mail" page.
    fn sent_title(&self) -> &'static str;
    /// Body of the "check your e-mail" page.
    fn sent_body(&self, svarnummer: &str) -> String;
    /// An `Idempotency-Key` header that is empty, too long or not visible ASCII.
    fn idempotency_key_invalid(&self) -> &'static str;
    /// An `Idempotency-Key` already used for another submission to the hearing.
    fn idempotency_key_reused(&self) -> &'static str;
    /// A rendered form sent again with other content after it was accepted.
    fn form_already_sent(&self) -> &'static str;

    /// A field must be filled in.
    fn field_required(&self) -> &'static str;
    /// The respondent kind is not one of the four.
    fn field_unknown_kind(&self) -> &'static str;
    /// The e-mail address does not look like one.
    fn field_email_malformed(&self) -> &'static str;
    /// The CVR number is not eight digits.
    fn field_cvr_not_eight_digits(&self) -> &'static str;
    /// The CVR number fails the modulus-11 check.
    fn field_cvr_checksum(&self) -> &'static str;
    /// The postal code is not four digits.
    fn field_postal_code(&self) -> &'static str;
    /// The response's text is empty.
    fn field_text_empty(&self) -> &'static str;
    /// The response's text is too long: `chars` characters sent.
    fn field_text_too_long(&self, chars: usize) -> String;
    /// A name is too long.
    fn field_too_long(&self) -> &'static str;
    /// The stance is not one of the four.
    fn field_unknown_stance(&self) -> &'static str;
    /// No section of the current draft has this anchor.
    fn field_unknown_section(&self) -> &'static str;
    /// No paragraph of the current draft has this anchor.
    fn field_unknown_paragraph(&self) -> &'static str;

    /// Heading of the verification page: the response is verified.
    fn verify_heading_verified(&self) -> &'static str;
    /// Heading of the verification page: verified, but held back for personal data.
    fn verify_heading_held(&self) -> &'static str;
    /// Heading of the verification page: the link was followed before.
    fn verify_heading_already_verified(&self) -> &'static str;
    /// Heading of the verification page: no such link.
    fn verify_heading_unknown(&self) -> &'static str;
    /// Heading of the verification page: the link has expired.
    fn verify_heading_expired(&self) -> &'static str;
    /// Heading of the verification page: the hearing's deadline has passed.
    fn verify_heading_closed(&self) -> &'static str;
    /// Text of the verification page: verified, with its number and where it stands (a
    /// `receipt_status_*` text).
    fn verify_body_verified(&self, svarnummer: &str, standing: &str) -> String;
    /// Text of the verification page: verified, but held back for personal data.
    fn verify_body_held(&self, svarnummer: &str) -> String;
    /// Text of the verification page: the link was followed before.
    fn verify_body_already_verified(&self, svarnummer: &str) -> String;
    /// Text of the verification page: no such link.
    fn verify_body_unknown(&self) -> &'static str;
    /// Text of the verification page: the link has expired.
    fn verify_body_expired(&self) -> &'static str;
    /// Text of the verification page: the hearing's deadline has passed.
    fn verify_body_closed(&self) -> &'static str;
}
