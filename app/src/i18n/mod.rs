//! The message catalogue: every string the UI shows comes from here.
//!
//! Each language is one implementation of [`Messages`]; a trait method without a default
//! means a missing translation is a compile error, not a blank on a page.

mod accounts;
mod admin;
mod da;
mod da_accounts;
mod da_admin;
mod da_digest;
mod da_files;
mod da_hearing_admin;
mod da_inbox;
mod da_manage;
mod da_parties;
mod da_respond;
mod da_retention;
mod da_rights;
mod da_search;
mod da_site;
mod da_themes;
mod da_vocab;
mod digest;
mod en;
mod en_accounts;
mod en_admin;
mod en_digest;
mod en_files;
mod en_hearing_admin;
mod en_inbox;
mod en_manage;
mod en_parties;
mod en_respond;
mod en_retention;
mod en_rights;
mod en_search;
mod en_site;
mod en_themes;
mod en_vocab;
mod files;
mod hearing_admin;
mod inbox;
mod manage;
mod parties;
mod respond;
mod retention;
mod rights;
mod search;
mod site;
mod themes;
mod vocab;

pub use accounts::AccountMessages;
pub use admin::AdminMessages;
pub use digest::DigestMessages;
pub use files::FileMessages;
pub use hearing_admin::HearingAdminMessages;
pub use inbox::InboxMessages;
pub use manage::ManageMessages;
pub use parties::{Letter, PartyMessages};
pub use respond::{Receipt, RespondMessages};
pub use retention::RetentionMessages;
pub use rights::RightsMessages;
pub use search::SearchMessages;
pub use site::SiteMessages;
pub use themes::ThemeMessages;
pub use vocab::VocabMessages;
/// The page's locale, as `App` provides it (Danish outside a page).
pub fn use_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or_default()
}

/// The message catalogue of the page's locale.
pub fn use_messages() -> &'static dyn Messages {
    use_locale().messages()
}

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

/// Name of the cookie that remembers the reader's language.
pub const LANG_COOKIE: &str = "ordet_lang";

/// A language the UI is available in. Danish is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Locale {
    /// Dansk.
    #[default]
    Da,
    /// English.
    En,
}

impl Locale {
    /// The BCP 47 code used in `lang` attributes and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Da => "da",
            Locale::En => "en",
        }
    }

    /// Parses a language code; anything unknown is `None`.
    pub fn parse(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "da" | "da-dk" => Some(Locale::Da),
            "en" | "en-gb" | "en-us" => Some(Locale::En),
            _ => None,
        }
    }

    /// The other language, which the language switch offers.
    pub fn other(self) -> Self {
        match self {
            Locale::Da => Locale::En,
            Locale::En => Locale::Da,
        }
    }

    /// Reads the language from a `Cookie` header value; Danish when absent or unknown.
    pub fn from_cookie_header(header: &str) -> Self {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .and_then(|(_, value)| Locale::parse(value))
            .unwrap_or_default()
    }

    /// The catalogue for this language.
    pub fn messages(self) -> &'static dyn Messages {
        match self {
            Locale::Da => &da::Da,
            Locale::En => &en::En,
        }
    }
}

/// Every text of the UI, in one language.
pub trait Messages:
    RespondMessages
    + VocabMessages
    + FileMessages
    + ManageMessages
    + AdminMessages
    + InboxMessages
    + PartyMessages
    + AccountMessages
    + HearingAdminMessages
    + SearchMessages
    + ThemeMessages
    + DigestMessages
    + RetentionMessages
    + RightsMessages
    + SiteMessages
    + Sync
{
    /// The product name.
    fn site_name(&self) -> &'static str;
    /// What the site is, under the product name.
    fn site_tagline(&self) -> &'static str;
    /// A one-line field (name, organisation, title, label) holds a line break or another
    /// control character.
    fn not_one_line(&self) -> &'static str;
    /// Link that skips the header for keyboard and screen-reader users.
    fn skip_to_content(&self) -> &'static str;
    /// Label of the main navigation.
    fn main_nav(&self) -> &'static str;
    /// Name of this language in itself, shown on the switch that leads to it.
    fn language_name(&self) -> &'static str;
    /// Accessible label of the language switch, in the language it leads to.
    fn switch_to_this_language(&self) -> &'static str;
    /// Footer text.
    fn footer_text(&self) -> &'static str;

    /// Front page heading.
    fn front_title(&self) -> &'static str;
    /// Front page introduction.
    fn front_intro(&self) -> &'static str;
    /// Heading of the open hearings.
    fn open_hearings(&self) -> &'static str;
    /// Heading of the upcoming hearings.
    fn upcoming_hearings(&self) -> &'static str;
    /// Heading of the closed hearings.
    fn closed_hearings(&self) -> &'static str;
    /// Shown when a group has no hearings.
    fn no_hearings(&self) -> &'static str;

    /// Hearing status: being prepared, not public.
    fn hearing_status_draft(&self) -> &'static str;
    /// Hearing status: published, not open yet.
    fn hearing_status_upcoming(&self) -> &'static str;
    /// Hearing status: taking responses.
    fn hearing_status_open(&self) -> &'static str;
    /// Hearing status: the deadline has passed.
    fn hearing_status_closed(&self) -> &'static str;
    /// Hearing status: the administration is processing the responses.
    fn hearing_status_processing(&self) -> &'static str;
    /// Hearing status: the committee has decided.
    fn hearing_status_decided(&self) -> &'static str;
    /// Countdown: the hearing opens in `days` days (at least 1).
    fn countdown_opens_in(&self, days: i64) -> String;
    /// Countdown: the hearing is open, with `days` days left after today (at least 1).
    fn countdown_closes_in(&self, days: i64) -> String;
    /// Countdown: the hearing is open, and today is the deadline.
    fn countdown_last_day(&self) -> &'static str;
    /// Countdown: the hearing no longer takes responses.
    fn countdown_closed(&self) -> &'static str;
    /// "Deadline" label.
    fn deadline(&self) -> &'static str;
    /// "Hearing period" label.
    fn hearing_period(&self) -> &'static str;
    /// "Committee" label.
    fn committee(&self) -> &'static str;
    /// "Case number" label.
    fn journal_number(&self) -> &'static str;
    /// Heading of the timeline.
    fn timeline(&self) -> &'static str;
    /// Marks a milestone in the past.
    fn milestone_done(&self) -> &'static str;
    /// Heading of the draft.
    fn draft_heading(&self) -> &'static str;
    /// "Version n of the draft, published d".
    fn draft_version(&self, version_no: i32, imported_on: NaiveDate) -> String;
    /// Shown when a hearing has no draft yet.
    fn no_draft(&self) -> &'static str;
    /// Heading of the table of contents.
    fn contents(&self) -> &'static str;
    /// Button that hides the table of contents.
    fn hide_contents(&self) -> &'static str;
    /// Button that shows the table of contents.
    fn show_contents(&self) -> &'static str;
    /// Accessible name of a paragraph's permalink.
    fn paragraph_link(&self, number: &str) -> String;
    /// Heading of the annexes.
    fn annexes(&self) -> &'static str;
    /// "Annex n".
    fn annex_label(&self, number: i32) -> String;

    /// Heading of the not-found page.
    fn not_found_title(&self) -> &'static str;
    /// Body of the not-found page.
    fn not_found_body(&self) -> &'static str;
    /// Link back to the front page.
    fn back_to_front(&self) -> &'static str;
    /// Heading of the error page.
    fn error_title(&self) -> &'static str;
    /// Body of the error page.
    fn error_body(&self) -> &'static str;
    /// Shown while a page's data loads.
    fn loading(&self) -> &'static str;

    /// A refused draft file: it holds nothing but whitespace.
    fn draft_empty(&self) -> &'static str;
    /// A refused draft file: `bytes` long, more than the `max` the importer accepts.
    fn draft_too_large(&self, bytes: usize, max: usize) -> String;
    /// A refused draft file: not UTF-8 text (the first invalid byte on `line`).
    fn draft_invalid_utf8(&self, line: usize) -> String;
    /// A refused draft file: it has no Markdown heading at all.
    fn draft_no_heading(&self) -> &'static str;
    /// A refused draft file: text on `line` stands before the first section heading.
    fn draft_text_before_first_heading(&self, line: usize) -> String;

    /// Subject of the e-mail with the verification link.
    fn verify_mail_subject(&self, hearing_title: &str) -> String;
    /// Body of the e-mail with the verification link.
    fn verify_mail_body(
        &self,
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        link: &str,
        days: i64,
    ) -> String;

    /// Month name, 1-based.
    fn month(&self, month: u32) -> &'static str;
    /// A date written out, e.g. "9. august 2010".
    fn date(&self, date: NaiveDate) -> String;
    /// A date and time, e.g. "4. oktober 2010 kl. 23.59".
    fn date_time(&self, at: NaiveDateTime) -> String;
}

/// Day, month name and year, for catalogues to build their date formats on.
fn date_parts(messages: &dyn Messages, date: NaiveDate) -> (u32, &'static str, i32) {
    (date.day(), messages.month(date.month()), date.year())
}

/// Hour and minute of a time.
fn time_parts(at: NaiveDateTime) -> (u32, u32) {
    (at.hour(), at.minute())
}

#[cfg(test)]
mod tests;
