//! The texts of the høringsliste page and the høringsbrev (every language implements it;
//! `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::PartiesTexts;

/// The letter a party gets: who, about what, where, until when.
#[derive(Clone, Copy, Debug)]
pub struct Letter<'a> {
    /// The party's name.
    pub party: &'a str,
    /// The contact person, if known.
    pub contact: Option<&'a str>,
    /// The hearing's title.
    pub title: &'a str,
    /// The committee that sends it.
    pub committee: &'a str,
    /// The hearing's page.
    pub link: &'a str,
    /// The response form.
    pub respond_link: &'a str,
    /// The deadline, written out in Copenhagen time.
    pub deadline: &'a str,
}

messages! {
    /// The høringsliste's texts in one language.
    pub trait PartyMessages: PartiesTexts;
    keys PARTY_KEYS;

    /// "a of n parties have answered".
    fn parties_answered(answered: usize, total: usize) -> String;

    /// "Send the høringsbrev to n parties".
    fn invite_button(n: usize) -> String;

    /// What the button will do, before it is pressed.
    fn invite_confirm(n: usize) -> String;

    /// The list changed since the page was shown.
    fn invite_changed(n: usize) -> String;

    /// After sending.
    fn invited_notice(n: usize) -> String;

    /// More pasted lines than one import takes.
    fn import_too_many(max: usize) -> String;

    /// "Line n: message".
    fn import_line_error(line: usize, message: &str) -> String;

    /// Subject of the høringsbrev.
    fn invitation_subject(title: &str) -> String;

    /// Subject of the reminder.
    fn reminder_subject(title: &str) -> String;

    provided {
        /// Marks an answer matched only by the organisation's name or CVR number, which anyone
        /// could write: `name` or `cvr`.
        fn answered_probably(&self, matched_by: &str) -> &'static str {
            fl::variant(self.locale(), "answered_probably", matched_by)
        }

        /// Body of the høringsbrev.
        fn invitation_body(&self, letter: Letter<'_>) -> String {
            letter_text(self.locale(), "invitation_body", &letter)
        }

        /// Body of the reminder.
        fn reminder_body(&self, letter: Letter<'_>) -> String {
            letter_text(self.locale(), "reminder_body", &letter)
        }
    }
}

/// A letter to a party: its greeting, to the contact person where there is one, then the text.
fn letter_text(locale: super::Locale, id: &str, letter: &Letter<'_>) -> String {
    let greeting = match letter.contact {
        Some(contact) => fl::format(
            locale,
            "letter_greeting-contact",
            &[("contact", contact.into()), ("party", letter.party.into())],
        ),
        None => fl::format(
            locale,
            "letter_greeting-party",
            &[("party", letter.party.into())],
        ),
    };
    fl::format(
        locale,
        id,
        &[
            ("greeting", greeting.into()),
            ("committee", letter.committee.into()),
            ("title", letter.title.into()),
            ("link", letter.link.into()),
            ("deadline", letter.deadline.into()),
            ("respond_link", letter.respond_link.into()),
        ],
    )
}
