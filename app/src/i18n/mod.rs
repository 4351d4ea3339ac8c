//! The message catalogue: every string the UI shows comes from here.
//!
//! The texts are in the translation files, `app/locales/{language}/*.ftl` (Fluent), which
//! translators edit without Rust. Each message is a method named after its id: those without
//! arguments are written from the files at build time (`texts`, by `app/build.rs`); those
//! with arguments are declared here once, with the arguments' Rust types as parameters. So a
//! caller cannot ask for a message that is not there or pass it the wrong arguments; the
//! catalogue's tests check that every language's files have every message, and no argument a
//! message does not get.

mod accounts;
mod admin;
mod catalogue;
mod digest;
mod files;
mod fluent;
mod hearing_admin;
mod inbox;
mod locale;
mod manage;
mod outcome;
mod parties;
mod respond;
mod retention;
mod rights;
mod search;
mod site;
mod texts;
mod themes;
#[cfg(test)]
mod variables;
mod vocab;

pub use accounts::AccountMessages;
pub use admin::AdminMessages;
pub use catalogue::Catalogue;
pub use digest::DigestMessages;
pub use files::FileMessages;
pub use hearing_admin::HearingAdminMessages;
pub use inbox::InboxMessages;
pub use locale::{Direction, LANG_COOKIE, Locale};
pub use manage::ManageMessages;
pub use outcome::{OutcomeAdminMessages, OutcomeMessages};
pub use parties::{Letter, PartyMessages};
pub use respond::{Receipt, RespondMessages};
pub use retention::RetentionMessages;
pub use rights::RightsMessages;
pub use search::SearchMessages;
pub use site::SiteMessages;
pub use texts::*;
pub use themes::ThemeMessages;
pub use vocab::VocabMessages;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use catalogue::messages;
use fluent as fl;

/// The page's locale, as `App` provides it (Danish outside a page).
pub fn use_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or_default()
}

/// The message catalogue of the page's locale.
pub fn use_messages() -> &'static dyn Messages {
    use_locale().messages()
}

/// A language's catalogue: its translation files.
pub struct Translations(Locale);

impl Catalogue for Translations {
    fn locale(&self) -> Locale {
        self.0
    }
}

messages! {
    /// Every text of the UI, in one language.
    pub trait Messages: CommonTexts, RespondMessages, VocabMessages, FileMessages, ManageMessages,
        AdminMessages, InboxMessages, PartyMessages, AccountMessages, HearingAdminMessages,
        SearchMessages, ThemeMessages, DigestMessages, RetentionMessages, RightsMessages,
        SiteMessages, OutcomeMessages, OutcomeAdminMessages;
    keys COMMON_KEYS;

    /// Countdown: the hearing opens in `days` days (at least 1).
    fn countdown_opens_in(days: i64) -> String;

    /// Countdown: the hearing is open, with `days` days left after today (at least 1).
    fn countdown_closes_in(days: i64) -> String;

    /// Accessible name of a paragraph's permalink.
    fn paragraph_link(number: &str) -> String;

    /// "Annex n".
    fn annex_label(number: i32) -> String;

    /// A refused draft file: not UTF-8 text (the first invalid byte on `line`).
    fn draft_invalid_utf8(line: usize) -> String;

    /// A refused draft file: text on `line` stands before the first section heading.
    fn draft_text_before_first_heading(line: usize) -> String;

    /// Subject of the e-mail with the verification link.
    fn verify_mail_subject(hearing_title: &str) -> String;

    /// Body of the e-mail with the verification link.
    fn verify_mail_body(
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        link: &str,
        days: i64,
    ) -> String;

    provided {
        /// "Version n of the draft, published d".
        fn draft_version(&self, version_no: i32, imported_on: NaiveDate) -> String {
            fl::format(
                self.locale(),
                "draft_version",
                &[
                    ("version_no", version_no.into()),
                    ("date", self.date(imported_on).into()),
                ],
            )
        }

        /// A refused draft file: `bytes` long, more than the `max` the importer accepts.
        fn draft_too_large(&self, bytes: usize, max: usize) -> String {
            fl::format(
                self.locale(),
                "draft_too_large",
                &[
                    ("kb", (bytes / 1024).into()),
                    ("max_kb", (max / 1024).into()),
                ],
            )
        }

        /// Month name, 1-based.
        fn month(&self, month: u32) -> &'static str {
            month_name(self.locale(), month)
        }

        /// A date written out, e.g. "9. august 2010".
        fn date(&self, date: NaiveDate) -> String {
            format_date(self.locale(), date)
        }

        /// A date and time, e.g. "4. oktober 2010 kl. 23.59".
        fn date_time(&self, at: NaiveDateTime) -> String {
            format_date_time(self.locale(), at)
        }
    }
}

/// A month's name in `locale`, 1-based (outside 1–12: the nearest month).
fn month_name(locale: Locale, month: u32) -> &'static str {
    fl::variant(locale, "month", &month.clamp(1, 12).to_string())
}

/// A date written out in `locale` (for every part of the catalogue; `Messages::date`).
fn format_date(locale: Locale, date: NaiveDate) -> String {
    let month = month_name(locale, date.month());
    let args = [
        ("day", date.day().into()),
        ("month", month.into()),
        ("year", date.year().into()),
    ];
    fl::format(locale, "date", &args)
}

/// A date and time written out in `locale` (`Messages::date_time`).
fn format_date_time(locale: Locale, at: NaiveDateTime) -> String {
    let args = [
        ("date", format_date(locale, at.date()).into()),
        ("hour", format!("{:02}", at.hour()).into()),
        ("minute", format!("{:02}", at.minute()).into()),
    ];
    fl::format(locale, "date_time", &args)
}

#[cfg(test)]
pub mod check;
#[cfg(test)]
mod ftl_tests;
#[cfg(test)]
mod tests;
