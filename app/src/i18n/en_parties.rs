//! English texts of the høringsliste and the høringsbrev.

use super::en::En;
use super::parties::{Letter, PartyMessages};

fn greeting(letter: &Letter<'_>) -> String {
    match letter.contact {
        Some(contact) => format!("Dear {contact}, {}", letter.party),
        None => format!("To {}", letter.party),
    }
}

impl PartyMessages for En {
    fn parties_title(&self) -> &'static str {
        "Consultation list"
    }
    fn no_parties(&self) -> &'static str {
        "There are no parties on the consultation list yet."
    }
    fn parties_answered(&self, answered: usize, total: usize) -> String {
        format!("{answered} of {total} parties have answered.")
    }
    fn party_name_empty(&self) -> &'static str {
        "Write the party's name."
    }
    fn party_not_one_line(&self) -> &'static str {
        "Write it on one line, without line breaks, tabs or other control characters."
    }
    fn party_too_long(&self) -> &'static str {
        "Write at most 200 characters."
    }
    fn party_kind_unknown(&self) -> &'static str {
        "Choose what kind of party it is."
    }
    fn party_email_empty(&self) -> &'static str {
        "Write the e-mail address the letter should go to."
    }
    fn party_email_malformed(&self) -> &'static str {
        "The e-mail address looks wrong. Write it as name@domain.dk."
    }
    fn party_cvr_digits(&self) -> &'static str {
        "A CVR number has 8 digits. Leave the field empty if the party has none."
    }
    fn party_cvr_checksum(&self) -> &'static str {
        "This CVR number does not exist. Check the digits."
    }
    fn party_deadline_format(&self) -> &'static str {
        "Write the deadline as a date, e.g. 2010-10-04, or leave the field empty."
    }
    fn party_duplicate(&self) -> &'static str {
        "The list already has a party with this name or CVR number."
    }
    fn party_deadline_after_hearing(&self) -> &'static str {
        "A party's deadline cannot be after the hearing's deadline; the web form closes at the hearing's deadline. Choose an earlier date or leave the field empty."
    }
    fn party_name(&self) -> &'static str {
        "Name"
    }
    fn party_kind_label(&self) -> &'static str {
        "Kind of party"
    }
    fn party_email(&self) -> &'static str {
        "E-mail"
    }
    fn party_cvr(&self) -> &'static str {
        "CVR number (optional)"
    }
    fn party_contact(&self) -> &'static str {
        "Contact person (optional)"
    }
    fn party_deadline(&self) -> &'static str {
        "Own deadline (optional)"
    }
    fn party_deadline_hint(&self) -> &'static str {
        "Empty: the hearing's deadline. The deadline is 23:59 Danish time that day."
    }
    fn col_deadline(&self) -> &'static str {
        "Deadline"
    }
    fn col_invited(&self) -> &'static str {
        "Letter sent"
    }
    fn col_reminded(&self) -> &'static str {
        "Reminded"
    }
    fn col_answered(&self) -> &'static str {
        "Answered"
    }
    fn answered_yes(&self) -> &'static str {
        "✓ Has answered"
    }
    fn answered_no(&self) -> &'static str {
        "Has not answered"
    }
    fn answered_by_hand(&self) -> &'static str {
        "(set by hand)"
    }
    fn add_party_heading(&self) -> &'static str {
        "Add a party"
    }
    fn add_party_button(&self) -> &'static str {
        "Add party"
    }
    fn edit_parties_heading(&self) -> &'static str {
        "Edit parties"
    }
    fn save_party_button(&self) -> &'static str {
        "Save changes"
    }
    fn remove_party_button(&self) -> &'static str {
        "Remove the party from the list"
    }
    fn answered_legend(&self) -> &'static str {
        "Has the party answered?"
    }
    fn answered_auto_option(&self) -> &'static str {
        "Automatic: by CVR number, e-mail or name"
    }
    fn answered_yes_option(&self) -> &'static str {
        "Yes, the party has answered"
    }
    fn answered_no_option(&self) -> &'static str {
        "No, the party has not answered"
    }
    fn answered_invalid(&self) -> &'static str {
        "Choose automatic, yes or no."
    }
    fn answered_probably(&self, matched_by: &str) -> &'static str {
        match matched_by {
            "cvr" => "probably (CVR)",
            _ => "probably (name)",
        }
    }
    fn svarnummer_label(&self) -> &'static str {
        "Link a response to the party (response number, optional)"
    }
    fn svarnummer_unknown(&self) -> &'static str {
        "The hearing has no response with this number. Write it as e.g. 2010-64452-0001."
    }
    fn save_answered_button(&self) -> &'static str {
        "Save answer status"
    }
    fn invite_heading(&self) -> &'static str {
        "Consultation letter"
    }
    fn invite_button(&self, n: usize) -> String {
        match n {
            1 => "Send the letter to 1 party".into(),
            n => format!("Send the letter to {n} parties"),
        }
    }
    fn invite_confirm(&self, n: usize) -> String {
        format!(
            "{n} parties have not received the consultation letter yet. The button sends it to them, one e-mail each. Parties that already have it do not get it again."
        )
    }
    fn invite_none(&self) -> &'static str {
        "Every party on the list has received the consultation letter."
    }
    fn invite_changed(&self, n: usize) -> String {
        format!(
            "The list changed since the page was shown: now {n} parties will get the letter. Press again to send."
        )
    }
    fn invite_draft(&self) -> &'static str {
        "The hearing is a draft, so the link in the letter does not work yet. Publish the hearing first, then send the letter."
    }
    fn invite_closed(&self) -> &'static str {
        "The hearing's deadline has passed, so the letter cannot be sent. Extend the deadline first if the parties should be able to answer."
    }
    fn invited_notice(&self, n: usize) -> String {
        format!("The consultation letter is queued for {n} parties.")
    }
    fn remind_label(&self) -> &'static str {
        "Reminder, days before the deadline"
    }
    fn remind_hint(&self) -> &'static str {
        "Parties that received the letter and have not answered get one reminder. 0 = no reminder."
    }
    fn remind_error(&self) -> &'static str {
        "Write a whole number of days from 0 to 60."
    }
    fn save_settings_button(&self) -> &'static str {
        "Save reminder"
    }
    fn import_heading(&self) -> &'static str {
        "Paste many parties"
    }
    fn import_label(&self) -> &'static str {
        "One party per line: name;kind;e-mail;CVR"
    }
    fn import_hint(&self) -> &'static str {
        "Kind is council, public_body, association, union, employers or company. CVR may be left out. If one line is wrong, none is saved."
    }
    fn import_button(&self) -> &'static str {
        "Add the parties"
    }
    fn import_empty(&self) -> &'static str {
        "Paste at least one line."
    }
    fn import_too_many(&self, max: usize) -> String {
        format!("Paste at most {max} lines at a time; split the list.")
    }
    fn import_line_error(&self, line: usize, message: &str) -> String {
        format!("Line {line}: {message}")
    }
    fn party_saved_notice(&self) -> &'static str {
        "The change is saved."
    }
    fn invitation_subject(&self, title: &str) -> String {
        format!("Consultation: {title}")
    }
    fn invitation_body(&self, l: Letter<'_>) -> String {
        format!(
            "{greeting}\n\n{committee} hereby sends «{title}» out for consultation, and you are on the consultation list.\n\nRead the material here:\n{link}\n\nThe deadline is {deadline} (Danish time).\n\nHow to answer: use the form at {respond_link} and choose «association or organisation». Give the organisation's name and CVR number so we can see that you have answered. You may also reply to this e-mail.\n\nKind regards\n{committee}\nCity of Copenhagen\n",
            greeting = greeting(&l),
            committee = l.committee,
            title = l.title,
            link = l.link,
            deadline = l.deadline,
            respond_link = l.respond_link,
        )
    }
    fn reminder_subject(&self, title: &str) -> String {
        format!("Reminder: consultation on {title}")
    }
    fn reminder_body(&self, l: Letter<'_>) -> String {
        format!(
            "{greeting}\n\nWe have not yet received your response on «{title}». The deadline is {deadline} (Danish time).\n\nRead the material here:\n{link}\n\nAnswer here:\n{respond_link}\n\nIf you have already answered, please disregard this reminder.\n\nKind regards\n{committee}\nCity of Copenhagen\n",
            greeting = greeting(&l),
            committee = l.committee,
            title = l.title,
            link = l.link,
            deadline = l.deadline,
            respond_link = l.respond_link,
        )
    }
}
