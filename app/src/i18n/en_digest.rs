//! English digest and hvidbog texts.

use super::digest::DigestMessages;
use super::en::En;

impl DigestMessages for En {
    fn digest_weekday_invalid(&self) -> &'static str {
        "Choose a day of the week."
    }
    fn digest_hour_invalid(&self) -> &'static str {
        "Enter a whole hour between 0 and 23."
    }
    fn digest_lead_days_invalid(&self) -> &'static str {
        "Enter a number of days between 0 and 60."
    }
    fn digest_no_recipients(&self) -> &'static str {
        "The hearing has no recipients. Add them in the hearing's settings."
    }
    fn digest_remark_too_long(&self) -> &'static str {
        "The remark may be at most 10,000 characters."
    }
    fn digest_unknown_target(&self) -> &'static str {
        "The response or theme is not in this hearing."
    }
    fn digest_change_choice_invalid(&self) -> &'static str {
        "Choose yes, no or not decided."
    }
    fn digest_title(&self) -> &'static str {
        "Digest for the committee"
    }
    fn digest_intro(&self) -> &'static str {
        "The committee and its secretariat get a digest of the responses by e-mail: every \
         week while the hearing is open, and a last one some days before the final proposal \
         to the committee. Each digest is sent once."
    }
    fn digest_recipients(&self) -> &'static str {
        "Recipients"
    }
    fn digest_recipients_hint(&self) -> &'static str {
        "Recipients are edited in the hearing's settings."
    }
    fn digest_schedule(&self) -> &'static str {
        "When the digest is sent"
    }
    fn digest_weekday_label(&self) -> &'static str {
        "Day of the weekly digest"
    }
    fn weekday_name(&self, number: u32) -> &'static str {
        match number {
            1 => "Monday",
            2 => "Tuesday",
            3 => "Wednesday",
            4 => "Thursday",
            5 => "Friday",
            6 => "Saturday",
            _ => "Sunday",
        }
    }
    fn digest_hour_label(&self) -> &'static str {
        "Time (whole hour, Danish time)"
    }
    fn digest_lead_label(&self) -> &'static str {
        "Days before the final proposal to the committee that the last digest is sent"
    }
    fn digest_weekly_label(&self) -> &'static str {
        "Send a weekly digest while the hearing is open"
    }
    fn digest_save(&self) -> &'static str {
        "Save times"
    }
    fn digest_upcoming(&self) -> &'static str {
        "Next digests"
    }
    fn digest_none_upcoming(&self) -> &'static str {
        "No more digests are scheduled."
    }
    fn digest_now(&self) -> &'static str {
        "See or send the digest now"
    }
    fn digest_preview(&self) -> &'static str {
        "See the digest as it is right now"
    }
    fn digest_preview_final(&self) -> &'static str {
        "See the final digest for the committee as it is right now"
    }
    fn digest_send(&self) -> &'static str {
        "Send the digest to the recipients now"
    }
    fn digest_history(&self) -> &'static str {
        "Digests sent"
    }
    fn digest_none_sent(&self) -> &'static str {
        "No digest has been sent yet."
    }
    fn digest_columns(&self) -> [&'static str; 7] {
        [
            "Digest",
            "Period",
            "Queued",
            "Sent",
            "Waiting",
            "Failed",
            "Last error",
        ]
    }
    fn digest_warning(&self, key: &str) -> &'static str {
        match key {
            "no_recipients" => {
                "The hearing has no digest recipients. Add them in the hearing's settings."
            }
            "no_final_milestone" => {
                "The timetable has no final proposal to the committee, so no final digest is sent."
            }
            "final_missed" => {
                "The final digest was not sent before the final proposal went to the committee. \
                 Send it by hand if the committee still needs it."
            }
            _ => {
                "Some e-mails could not be delivered after several attempts. See the error in the table."
            }
        }
    }
    fn digest_saved_notice(&self, what: &str) -> Option<&'static str> {
        match what {
            "settings" => Some("The times are saved."),
            "sent" => Some("The digest is queued and goes out in a moment."),
            "remark" => Some("The remark is saved."),
            _ => None,
        }
    }
    fn hvidbog_title(&self) -> &'static str {
        "White paper (hvidbog)"
    }
    fn hvidbog_intro(&self) -> &'static str {
        "A draft of the white paper, made from the responses: each response appears once, \
         with the sentences that best sum it up. Write the administration's remarks on the \
         themes and responses, then download the document for Word or print it."
    }
    fn hvidbog_docx(&self) -> &'static str {
        "Download the white paper for Word (DOCX)"
    }
    fn hvidbog_print(&self) -> &'static str {
        "Printable version"
    }
    fn hvidbog_period(&self) -> &'static str {
        "The hearing period"
    }
    fn hvidbog_period_text(&self, from: &str, to: &str, days: i64) -> String {
        format!("From {from} to {to}: {days} days.")
    }
    fn hvidbog_not_published(&self) -> &'static str {
        "Not published: nothing of its text is summarised here."
    }
    fn hvidbog_total(&self, n: usize) -> String {
        match n {
            1 => "1 response was received.".into(),
            n => format!("{n} responses were received."),
        }
    }
    fn hvidbog_parties(&self) -> &'static str {
        "Consulted parties"
    }
    fn hvidbog_party_columns(&self) -> [&'static str; 2] {
        ["Party", "Answered"]
    }
    fn hvidbog_general(&self) -> &'static str {
        "General remarks"
    }
    fn hvidbog_textual(&self) -> &'static str {
        "Remarks on the text"
    }
    fn hvidbog_other(&self) -> &'static str {
        "Other remarks"
    }
    fn remark_label(&self) -> &'static str {
        "The administration's remarks"
    }
    fn change_legend(&self) -> &'static str {
        "Gives rise to a change"
    }
    fn change_choices(&self) -> [&'static str; 3] {
        ["Yes", "No", "Not decided"]
    }
    fn remark_save(&self) -> &'static str {
        "Save remark"
    }
    fn theme_remark(&self) -> &'static str {
        "Remark on the theme"
    }
    fn yes_no(&self, yes: bool) -> &'static str {
        if yes { "Yes" } else { "No" }
    }
}
