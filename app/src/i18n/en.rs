//! English.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Messages, date_parts, time_parts};
use crate::draft::DraftError;
use crate::hearing::{Countdown, HearingStatus};

/// The English catalogue.
pub struct En;

impl Messages for En {
    fn site_name(&self) -> &'static str {
        "Ordet"
    }
    fn site_tagline(&self) -> &'static str {
        "Public consultations"
    }
    fn skip_to_content(&self) -> &'static str {
        "Skip to content"
    }
    fn main_nav(&self) -> &'static str {
        "Main menu"
    }
    fn language_name(&self) -> &'static str {
        "English"
    }
    fn switch_to_this_language(&self) -> &'static str {
        "Show this page in English"
    }
    fn footer_text(&self) -> &'static str {
        "Ordet is a public consultation platform. Anyone can read the draft and have their say."
    }
    fn front_title(&self) -> &'static str {
        "Hearings"
    }
    fn front_intro(&self) -> &'static str {
        "Read the proposals the municipality has put out for public consultation, and see when you can respond by."
    }
    fn open_hearings(&self) -> &'static str {
        "Open hearings"
    }
    fn upcoming_hearings(&self) -> &'static str {
        "Upcoming hearings"
    }
    fn closed_hearings(&self) -> &'static str {
        "Closed hearings"
    }
    fn no_hearings(&self) -> &'static str {
        "There are no hearings here right now."
    }
    fn status(&self, status: HearingStatus) -> &'static str {
        match status {
            HearingStatus::Draft => "Draft",
            HearingStatus::Upcoming => "Upcoming",
            HearingStatus::Open => "Open for responses",
            HearingStatus::Closed => "The hearing has closed",
            HearingStatus::Processing => "Responses are being processed",
            HearingStatus::Decided => "Decided",
        }
    }
    fn countdown(&self, countdown: Countdown) -> String {
        match countdown {
            Countdown::OpensIn { days: 1 } => "Opens tomorrow".into(),
            Countdown::OpensIn { days } => format!("Opens in {days} days"),
            Countdown::ClosesIn { days: 1 } => "1 day left".into(),
            Countdown::ClosesIn { days } => format!("{days} days left"),
            Countdown::LastDay => "Last day today".into(),
            Countdown::Closed => "The deadline has passed".into(),
        }
    }
    fn deadline(&self) -> &'static str {
        "Deadline"
    }
    fn hearing_period(&self) -> &'static str {
        "Hearing period"
    }
    fn committee(&self) -> &'static str {
        "Committee"
    }
    fn journal_number(&self) -> &'static str {
        "Case number"
    }
    fn timeline(&self) -> &'static str {
        "Timeline"
    }
    fn milestone_done(&self) -> &'static str {
        "done"
    }
    fn draft_heading(&self) -> &'static str {
        "The draft"
    }
    fn draft_version(&self, version_no: i32, imported_on: NaiveDate) -> String {
        format!("Version {version_no}, published {}", self.date(imported_on))
    }
    fn no_draft(&self) -> &'static str {
        "The draft has not been published yet."
    }
    fn contents(&self) -> &'static str {
        "Contents"
    }
    fn hide_contents(&self) -> &'static str {
        "Hide the table of contents"
    }
    fn show_contents(&self) -> &'static str {
        "Show the table of contents"
    }
    fn paragraph_link(&self, number: &str) -> String {
        format!("Link to paragraph {number}")
    }
    fn annexes(&self) -> &'static str {
        "Annexes"
    }
    fn annex_label(&self, number: i32) -> String {
        format!("Annex {number}")
    }
    fn not_found_title(&self) -> &'static str {
        "Page not found"
    }
    fn not_found_body(&self) -> &'static str {
        "We cannot find the page or hearing you are looking for. The address may be mistyped."
    }
    fn back_to_front(&self) -> &'static str {
        "Go to the front page with all hearings"
    }
    fn error_title(&self) -> &'static str {
        "Something went wrong"
    }
    fn error_body(&self) -> &'static str {
        "The page cannot be shown right now. Please try again shortly."
    }
    fn loading(&self) -> &'static str {
        "Loading …"
    }
    fn draft_error(&self, error: &DraftError) -> String {
        match error {
            DraftError::Empty => {
                "The file is empty. Choose the file with the draft in Markdown.".into()
            }
            DraftError::TooLarge { bytes, max } => format!(
                "The file is {} kB; at most {} kB can be imported. Is it the right file?",
                bytes / 1024,
                max / 1024
            ),
            DraftError::InvalidUtf8 { line } => format!(
                "The file is not UTF-8 text (first error on line {line}). Save it as UTF-8 text and try again."
            ),
            DraftError::NoHeading => {
                "The draft has no headings. Start each section with a line beginning with #.".into()
            }
            DraftError::TextBeforeFirstHeading { line } => format!(
                "Line {line}: the text comes before the first section heading. Put a heading (## …) above it."
            ),
        }
    }
    fn month(&self, month: u32) -> &'static str {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        MONTHS[(month.clamp(1, 12) - 1) as usize]
    }
    fn date(&self, date: NaiveDate) -> String {
        let (day, month, year) = date_parts(self, date);
        format!("{day} {month} {year}")
    }
    fn date_time(&self, at: NaiveDateTime) -> String {
        let (hour, minute) = time_parts(at);
        format!("{} at {hour:02}:{minute:02}", self.date(at.date()))
    }
}
