//! The texts of the høringsliste page and the høringsbrev (every language implements it;
//! `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;

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
    pub trait PartyMessages;
    keys PARTY_KEYS;

    /// Heading of the page, and the link to it.
    fn parties_title() -> &'static str;

    /// Shown when the list is empty.
    fn no_parties() -> &'static str;

    /// "a of n parties have answered".
    fn parties_answered(answered: usize, total: usize) -> String;

    /// A refused party field: no name.
    fn party_name_empty() -> &'static str;

    /// A refused party field: a name holds a line break or another control character.
    fn party_not_one_line() -> &'static str;

    /// A refused party field: a field is longer than 200 characters.
    fn party_too_long() -> &'static str;

    /// A refused party field: not one of the kinds.
    fn party_kind_unknown() -> &'static str;

    /// A refused party field: no e-mail address.
    fn party_email_empty() -> &'static str;

    /// A refused party field: not an e-mail address.
    fn party_email_malformed() -> &'static str;

    /// A refused party field: the CVR number is not eight digits.
    fn party_cvr_digits() -> &'static str;

    /// A refused party field: the CVR number fails the modulus-11 check.
    fn party_cvr_checksum() -> &'static str;

    /// A refused party field: the deadline is not a date.
    fn party_deadline_format() -> &'static str;

    /// A refused party field: the list already has a party with this name (or CVR number).
    fn party_duplicate() -> &'static str;

    /// A refused party field: the party's own deadline is after the hearing's.
    fn party_deadline_after_hearing() -> &'static str;

    /// Label: name.
    fn party_name() -> &'static str;

    /// Label: kind.
    fn party_kind_label() -> &'static str;

    /// Label: e-mail.
    fn party_email() -> &'static str;

    /// Label: CVR number.
    fn party_cvr() -> &'static str;

    /// Label: contact person.
    fn party_contact() -> &'static str;

    /// Label: own deadline.
    fn party_deadline() -> &'static str;

    /// Hint under the deadline and the optional fields.
    fn party_deadline_hint() -> &'static str;

    /// Column: deadline.
    fn col_deadline() -> &'static str;

    /// Column: invited.
    fn col_invited() -> &'static str;

    /// Column: reminded.
    fn col_reminded() -> &'static str;

    /// Column: answered.
    fn col_answered() -> &'static str;

    /// Tick: has answered.
    fn answered_yes() -> &'static str;

    /// No tick: has not answered.
    fn answered_no() -> &'static str;

    /// Marks a verdict set by hand.
    fn answered_by_hand() -> &'static str;

    /// Heading of the add form.
    fn add_party_heading() -> &'static str;

    /// The add button.
    fn add_party_button() -> &'static str;

    /// Heading of the edit forms.
    fn edit_parties_heading() -> &'static str;

    /// The save button of a party.
    fn save_party_button() -> &'static str;

    /// The remove button of a party.
    fn remove_party_button() -> &'static str;

    /// Legend of the answered verdict.
    fn answered_legend() -> &'static str;

    /// Verdict: automatic.
    fn answered_auto_option() -> &'static str;

    /// Verdict: yes.
    fn answered_yes_option() -> &'static str;

    /// Verdict: no.
    fn answered_no_option() -> &'static str;

    /// The verdict is not `auto`, `yes` or `no`.
    fn answered_invalid() -> &'static str;

    /// Label: a response to link by its number.
    fn svarnummer_label() -> &'static str;

    /// No response of the hearing has that number.
    fn svarnummer_unknown() -> &'static str;

    /// The verdict's save button.
    fn save_answered_button() -> &'static str;

    /// Heading of the invitations.
    fn invite_heading() -> &'static str;

    /// "Send the høringsbrev to n parties".
    fn invite_button(n: usize) -> String;

    /// What the button will do, before it is pressed.
    fn invite_confirm(n: usize) -> String;

    /// Every party has been invited.
    fn invite_none() -> &'static str;

    /// The list changed since the page was shown.
    fn invite_changed(n: usize) -> String;

    /// The hearing is a draft: the letter's link would not work yet.
    fn invite_draft() -> &'static str;

    /// The hearing's deadline has passed.
    fn invite_closed() -> &'static str;

    /// After sending.
    fn invited_notice(n: usize) -> String;

    /// Label of the reminder setting.
    fn remind_label() -> &'static str;

    /// Hint of the reminder setting.
    fn remind_hint() -> &'static str;

    /// A bad reminder setting.
    fn remind_error() -> &'static str;

    /// Its save button.
    fn save_settings_button() -> &'static str;

    /// Heading of the import.
    fn import_heading() -> &'static str;

    /// Label of the import field.
    fn import_label() -> &'static str;

    /// Hint of the import field.
    fn import_hint() -> &'static str;

    /// The import button.
    fn import_button() -> &'static str;

    /// Nothing to import.
    fn import_empty() -> &'static str;

    /// More pasted lines than one import takes.
    fn import_too_many(max: usize) -> String;

    /// "Line n: message".
    fn import_line_error(line: usize, message: &str) -> String;

    /// After a change was saved.
    fn party_saved_notice() -> &'static str;

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
