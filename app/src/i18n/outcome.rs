//! The texts of a hearing's outcome: what residents read (the hearing page, the outcome page,
//! the remarks on the public list) and the e-mail each respondent gets once (every language
//! implements it), and the officials' page that writes and publishes it (Danish and English;
//! the other languages show it in Danish).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::{OutcomeAdminTexts, OutcomeTexts};

messages! {
    /// The outcome as residents read it, and their e-mail.
    pub trait OutcomeMessages: OutcomeTexts;
    keys OUTCOME_KEYS;

    /// Who decided when (`date` written out).
    fn outcome_decided(committee: &str, date: &str) -> String;

    /// Which versions of the draft were compared.
    fn outcome_versions(consulted: i32, adopted: i32) -> String;

    /// A new section.
    fn outcome_section_added(number: &str, heading: &str) -> String;

    /// A section taken out.
    fn outcome_section_removed(number: &str, heading: &str) -> String;

    /// A section with changes.
    fn outcome_section_changed(number: &str, heading: &str) -> String;

    /// A renamed section's old heading.
    fn outcome_section_renamed(old: &str) -> String;

    /// How many paragraphs of a section were reworded.
    fn outcome_paragraphs_changed(count: usize) -> String;

    /// How many paragraphs were added to a section.
    fn outcome_paragraphs_added(count: usize) -> String;

    /// How many paragraphs were taken out of a section.
    fn outcome_paragraphs_removed(count: usize) -> String;

    /// Number of published responses in the høringsnotat.
    fn outcome_response_count(count: usize) -> String;

    /// Subject of the e-mail each respondent gets.
    fn outcome_mail_subject(title: &str) -> String;

    /// The e-mail's first paragraph (`date` written out).
    fn outcome_mail_intro(title: &str, committee: &str, date: &str) -> String;

    /// Which response the e-mail is about.
    fn outcome_mail_response(svarnummer: &str) -> String;

    provided {
        /// Whether the response led to a change.
        fn outcome_change(&self, gives_change: bool) -> &'static str {
            fl::variant(
                self.locale(),
                "outcome_change",
                if gives_change { "true" } else { "false" },
            )
        }
    }
}

messages! {
    /// The officials' outcome page.
    pub trait OutcomeAdminMessages: OutcomeAdminTexts;
    keys OUTCOME_ADMIN_KEYS;

    /// Hint below the decision's text.
    fn oc_decision_hint(max: usize) -> String;

    /// Every response has a remark.
    fn oc_check_remarks_done(total: usize) -> String;

    /// Responses without a remark.
    fn oc_check_remarks_open(missing: usize, total: usize) -> String;

    /// Consulted parties without an answer.
    fn oc_check_parties_open(count: usize) -> String;

    /// How many e-mails publishing sends.
    fn oc_check_mails(count: usize) -> String;

    /// Respondents without an e-mail address.
    fn oc_check_letters(count: usize) -> String;

    /// The draft versions compared.
    fn oc_check_versions(consulted: i32, adopted: i32) -> String;

    /// Who the previewed e-mail goes to.
    fn oc_preview_to(address: &str) -> String;

    /// Published: when (written out).
    fn oc_published(date: &str) -> String;

    /// The decision is too long.
    fn oc_error_decision_long(max: usize) -> String;

    /// Responses still without a remark.
    fn oc_error_remarks(count: usize) -> String;
}
