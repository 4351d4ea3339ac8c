//! The texts of the høringsliste page and the høringsbrev (every language implements it;
//! `Messages` requires it).

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

/// The høringsliste's texts in one language.
pub trait PartyMessages: Sync {
    /// Heading of the page, and the link to it.
    fn parties_title(&self) -> &'static str;
    /// Shown when the list is empty.
    fn no_parties(&self) -> &'static str;
    /// "a of n parties have answered".
    fn parties_answered(&self, answered: usize, total: usize) -> String;
    /// A refused party field: no name.
    fn party_name_empty(&self) -> &'static str;
    /// A refused party field: a name holds a line break or another control character.
    fn party_not_one_line(&self) -> &'static str;
    /// A refused party field: a field is longer than 200 characters.
    fn party_too_long(&self) -> &'static str;
    /// A refused party field: not one of the kinds.
    fn party_kind_unknown(&self) -> &'static str;
    /// A refused party field: no e-mail address.
    fn party_email_empty(&self) -> &'static str;
    /// A refused party field: not an e-mail address.
    fn party_email_malformed(&self) -> &'static str;
    /// A refused party field: the CVR number is not eight digits.
    fn party_cvr_digits(&self) -> &'static str;
    /// A refused party field: the CVR number fails the modulus-11 check.
    fn party_cvr_checksum(&self) -> &'static str;
    /// A refused party field: the deadline is not a date.
    fn party_deadline_format(&self) -> &'static str;
    /// A refused party field: the list already has a party with this name (or CVR number).
    fn party_duplicate(&self) -> &'static str;
    /// A refused party field: the party's own deadline is after the hearing's.
    fn party_deadline_after_hearing(&self) -> &'static str;
    /// Label: name.
    fn party_name(&self) -> &'static str;
    /// Label: kind.
    fn party_kind_label(&self) -> &'static str;
    /// Label: e-mail.
    fn party_email(&self) -> &'static str;
    /// Label: CVR number.
    fn party_cvr(&self) -> &'static str;
    /// Label: contact person.
    fn party_contact(&self) -> &'static str;
    /// Label: own deadline.
    fn party_deadline(&self) -> &'static str;
    /// Hint under the deadline and the optional fields.
    fn party_deadline_hint(&self) -> &'static str;
    /// Column: deadline.
    fn col_deadline(&self) -> &'static str;
    /// Column: invited.
    fn col_invited(&self) -> &'static str;
    /// Column: reminded.
    fn col_reminded(&self) -> &'static str;
    /// Column: answered.
    fn col_answered(&self) -> &'static str;
    /// Tick: has answered.
    fn answered_yes(&self) -> &'static str;
    /// No tick: has not answered.
    fn answered_no(&self) -> &'static str;
    /// Marks a verdict set by hand.
    fn answered_by_hand(&self) -> &'static str;
    /// Heading of the add form.
    fn add_party_heading(&self) -> &'static str;
    /// The add button.
    fn add_party_button(&self) -> &'static str;
    /// Heading of the edit forms.
    fn edit_parties_heading(&self) -> &'static str;
    /// The save button of a party.
    fn save_party_button(&self) -> &'static str;
    /// The remove button of a party.
    fn remove_party_button(&self) -> &'static str;
    /// Legend of the answered verdict.
    fn answered_legend(&self) -> &'static str;
    /// Verdict: automatic.
    fn answered_auto_option(&self) -> &'static str;
    /// Verdict: yes.
    fn answered_yes_option(&self) -> &'static str;
    /// Verdict: no.
    fn answered_no_option(&self) -> &'static str;
    /// The verdict is not `auto`, `yes` or `no`.
    fn answered_invalid(&self) -> &'static str;
    /// Marks an answer matched only by the organisation's name or CVR number, which anyone
    /// could write: `name` or `cvr`.
    fn answered_probably(&self, matched_by: &str) -> &'static str;
    /// Label: a response to link by its number.
    fn svarnummer_label(&self) -> &'static str;
    /// No response of the hearing has that number.
    fn svarnummer_unknown(&self) -> &'static str;
    /// The verdict's save button.
    fn save_answered_button(&self) -> &'static str;
    /// Heading of the invitations.
    fn invite_heading(&self) -> &'static str;
    /// "Send the høringsbrev to n parties".
    fn invite_button(&self, n: usize) -> String;
    /// What the button will do, before it is pressed.
    fn invite_confirm(&self, n: usize) -> String;
    /// Every party has been invited.
    fn invite_none(&self) -> &'static str;
    /// The list changed since the page was shown.
    fn invite_changed(&self, n: usize) -> String;
    /// The hearing is a draft: the letter's link would not work yet.
    fn invite_draft(&self) -> &'static str;
    /// The hearing's deadline has passed.
    fn invite_closed(&self) -> &'static str;
    /// After sending.
    fn invited_notice(&self, n: usize) -> String;
    /// Label of the reminder setting.
    fn remind_label(&self) -> &'static str;
    /// Hint of the reminder setting.
    fn remind_hint(&self) -> &'static str;
    /// A bad reminder setting.
    fn remind_error(&self) -> &'static str;
    /// Its save button.
    fn save_settings_button(&self) -> &'static str;
    /// Heading of the import.
    fn import_heading(&self) -> &'static str;
    /// Label of the import field.
    fn import_label(&self) -> &'static str;
    /// Hint of the import field.
    fn import_hint(&self) -> &'static str;
    /// The import button.
    fn import_button(&self) -> &'static str;
    /// Nothing to import.
    fn import_empty(&self) -> &'static str;
    /// More pasted lines than one import takes.
    fn import_too_many(&self, max: usize) -> String;
    /// "Line n: message".
    fn import_line_error(&self, line: usize, message: &str) -> String;
    /// After a change was saved.
    fn party_saved_notice(&self) -> &'static str;
    /// Subject of the høringsbrev.
    fn invitation_subject(&self, title: &str) -> String;
    /// Body of the høringsbrev.
    fn invitation_body(&self, letter: Letter<'_>) -> String;
    /// Subject of the reminder.
    fn reminder_subject(&self, title: &str) -> String;
    /// Body of the reminder.
    fn reminder_body(&self, letter: Letter<'_>) -> String;
}
