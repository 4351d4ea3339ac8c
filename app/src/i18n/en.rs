//! English.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Messages, date_parts, time_parts};
use crate::draft::DraftError;
use crate::hearing::{Countdown, HearingStatus};
use crate::response::VerifyOutcome;
use crate::response::submission::FieldError;

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
    fn field_error(&self, error: &FieldError) -> String {
        match error {
            FieldError::Required => "Please fill in this field.".into(),
            FieldError::UnknownKind => {
                "Choose whether you respond as a resident, association, company or public body."
                    .into()
            }
            FieldError::EmailMalformed => {
                "Enter a valid e-mail address, e.g. name@example.com.".into()
            }
            FieldError::CvrNotEightDigits => "A CVR number has 8 digits, e.g. 12345678.".into(),
            FieldError::CvrChecksum => {
                "This CVR number does not exist. Check whether two digits were swapped.".into()
            }
            FieldError::PostalCode => "A postal code has 4 digits, e.g. 2300.".into(),
            FieldError::TextEmpty => "Write your response.".into(),
            FieldError::TextTooLong { chars } => format!(
                "The text has {chars} characters; there is room for 20,000. Shorten it or attach a letter."
            ),
            FieldError::TooLong => "At most 200 characters.".into(),
            FieldError::NotOneLine => self.not_one_line().into(),
            FieldError::UnknownStance => "Choose for, against, mixed or no stance.".into(),
            FieldError::UnknownSection => "This section is not in the current draft.".into(),
            FieldError::UnknownParagraph => "This paragraph is not in the current draft.".into(),
        }
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
    fn verify_heading(&self, outcome: &VerifyOutcome) -> &'static str {
        match outcome {
            VerifyOutcome::Verified { .. } => "Thank you – your response is confirmed",
            VerifyOutcome::HeldForPersonalData { .. } => "Thank you – your response is confirmed",
            VerifyOutcome::AlreadyVerified { .. } => "Your response is already confirmed",
            VerifyOutcome::Unknown => "This link does not work",
            VerifyOutcome::Expired => "This link has expired",
            VerifyOutcome::Closed => "The hearing has closed",
        }
    }
    fn verify_body(&self, outcome: &VerifyOutcome) -> String {
        match outcome {
            VerifyOutcome::Verified { svarnummer, standing, .. } => {
                format!("Your response has number {svarnummer}. {}", super::RespondMessages::receipt_status(self, *standing))
            }
            VerifyOutcome::HeldForPersonalData { svarnummer } => format!(
                "Your response has number {svarnummer}. It seems to contain a CPR number, so a member of staff will look at it before it is published. This is to protect you."
            ),
            VerifyOutcome::AlreadyVerified { svarnummer } => {
                format!("Your response has number {svarnummer}. There is nothing more to do.")
            }
            VerifyOutcome::Unknown => "Check that you copied the whole link from the e-mail.".into(),
            VerifyOutcome::Expired => {
                "A confirmation link works for 7 days. Send your response again if the hearing is still open.".into()
            }
            VerifyOutcome::Closed => "The deadline has passed, so the response can no longer be confirmed.".into(),
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
