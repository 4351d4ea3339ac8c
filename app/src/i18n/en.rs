//! English.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Messages, date_parts, time_parts};

/// The English catalogue.
pub struct En;

impl Messages for En {
    fn site_name(&self) -> &'static str {
        "Ordet"
    }
    fn site_tagline(&self) -> &'static str {
        "Public consultations"
    }
    fn not_one_line(&self) -> &'static str {
        "Write it on one line, without line breaks, tabs or other control characters."
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
    fn hearing_status_draft(&self) -> &'static str {
        "Draft"
    }
    fn hearing_status_upcoming(&self) -> &'static str {
        "Upcoming"
    }
    fn hearing_status_open(&self) -> &'static str {
        "Open for responses"
    }
    fn hearing_status_closed(&self) -> &'static str {
        "The hearing has closed"
    }
    fn hearing_status_processing(&self) -> &'static str {
        "Responses are being processed"
    }
    fn hearing_status_decided(&self) -> &'static str {
        "Decided"
    }
    fn countdown_opens_in(&self, days: i64) -> String {
        match days {
            1 => "Opens tomorrow".into(),
            days => format!("Opens in {days} days"),
        }
    }
    fn countdown_closes_in(&self, days: i64) -> String {
        match days {
            1 => "1 day left".into(),
            days => format!("{days} days left"),
        }
    }
    fn countdown_last_day(&self) -> &'static str {
        "Last day today"
    }
    fn countdown_closed(&self) -> &'static str {
        "The deadline has passed"
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
    fn draft_empty(&self) -> &'static str {
        "The file is empty. Choose the file with the draft in Markdown."
    }
    fn draft_too_large(&self, bytes: usize, max: usize) -> String {
        format!(
            "The file is {} kB; at most {} kB can be imported. Is it the right file?",
            bytes / 1024,
            max / 1024
        )
    }
    fn draft_invalid_utf8(&self, line: usize) -> String {
        format!(
            "The file is not UTF-8 text (first error on line {line}). Save it as UTF-8 text and try again."
        )
    }
    fn draft_no_heading(&self) -> &'static str {
        "The draft has no headings. Start each section with a line beginning with #."
    }
    fn draft_text_before_first_heading(&self, line: usize) -> String {
        format!(
            "Line {line}: the text comes before the first section heading. Put a heading (## …) above it."
        )
    }
    fn verify_mail_subject(&self, hearing_title: &str) -> String {
        format!("Confirm your response: {hearing_title}")
    }
    fn verify_mail_body(
        &self,
        name: &str,
        hearing_title: &str,
        svarnummer: &str,
        link: &str,
        days: i64,
    ) -> String {
        format!(
            "Dear {name}\n\nThank you for your response to «{hearing_title}». Its number is {svarnummer}.\n\nConfirm that it is you: open this link within {days} days and press the button “Confirm the response”:\n\n{link}\n\nYour response becomes part of the hearing once you have confirmed it. If you did not write a response, you can ignore this e-mail.\n\nKind regards\nOrdet\n"
        )
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
