//! The texts of the response form, its fields' problems and the verification page, as a
//! catalogue of their own (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::RespondTexts;

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
    pub trait RespondMessages: RespondTexts;
    keys RESPOND_KEYS;

    /// Hidden rest of that link's name: " on paragraph 12".
    fn comment_on(number: &str) -> String;

    /// Caption of the quoted paragraph.
    fn commenting_on(number: &str) -> String;

    /// "n responses received" on the hearing page.
    fn responses_received(verified: u64) -> String;

    /// Link to the published responses.
    fn read_published(published: u64) -> String;

    /// Comment count beside a paragraph.
    fn comment_count(count: u64) -> String;

    /// Subject of the receipt (kvittering) sent after verification.
    fn receipt_subject(svarnummer: &str) -> String;

    /// Body of the "check your e-mail" page.
    fn sent_body(svarnummer: &str) -> String;

    /// The response's text is too long: `chars` characters sent.
    fn field_text_too_long(chars: usize) -> String;

    /// Text of the verification page: verified, with its number and where it stands (a
    /// `receipt_status_*` text).
    fn verify_body_verified(svarnummer: &str, standing: &str) -> String;

    /// Text of the verification page: verified, but held back for personal data.
    fn verify_body_held(svarnummer: &str) -> String;

    /// Text of the verification page: the link was followed before.
    fn verify_body_already_verified(svarnummer: &str) -> String;

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
