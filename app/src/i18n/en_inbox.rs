//! English texts of the officials' inbox and response page.

use super::en::En;
use super::inbox::InboxMessages;

impl InboxMessages for En {
    fn inbox_bad_date(&self) -> &'static str {
        "Write the date as YYYY-MM-DD, e.g. 2010-08-09."
    }
    fn inbox_dates_reversed(&self) -> &'static str {
        "The end date is before the start date."
    }
    fn moderation_action_required(&self) -> &'static str {
        "Choose what should happen to the response."
    }
    fn redact_passage_required(&self) -> &'static str {
        "Paste the text that should be left out into the field."
    }
    fn redact_passage_not_found(&self) -> &'static str {
        "The text does not appear word for word in the response. Copy it exactly from the response."
    }
    fn duplicate_required(&self) -> &'static str {
        "Write the number of the response that this one repeats."
    }
    fn duplicate_unknown(&self, svarnummer: &str) -> String {
        format!("There is no response numbered «{svarnummer}» in this hearing.")
    }
    fn duplicate_of_itself(&self) -> &'static str {
        "A response cannot be a duplicate of itself."
    }
    fn duplicate_of_duplicate(&self, svarnummer: &str, first: &str) -> String {
        format!(
            "«{svarnummer}» is itself marked as a duplicate of «{first}». Choose «{first}» instead."
        )
    }
    fn duplicate_has_duplicates(&self, other: &str) -> String {
        format!(
            "Other responses (e.g. «{other}») are marked as duplicates of this one, so it cannot become a duplicate itself."
        )
    }
    fn tag_required(&self) -> &'static str {
        "Write a tag."
    }
    fn tag_too_long(&self, max: usize) -> String {
        format!("A tag can have at most {max} characters.")
    }
    fn tag_bad_characters(&self) -> &'static str {
        "A tag may only contain letters, digits, spaces and hyphens."
    }
    fn note_required(&self) -> &'static str {
        "Write the note."
    }
    fn note_too_long(&self, max: usize) -> String {
        format!("A note can have at most {max} characters.")
    }
    fn bulk_none_selected(&self) -> &'static str {
        "Tick at least one response."
    }
    fn bulk_too_many(&self, max: usize) -> String {
        format!("Choose at most {max} responses at a time.")
    }
    fn bulk_done(&self, done: usize) -> String {
        format!("{done} responses were changed and logged.")
    }
    fn bulk_refused(&self, svarnummer: &str, why: &str) -> String {
        format!("{svarnummer} was not changed: {why}")
    }
    fn not_decidable(&self) -> &'static str {
        "The sender has not confirmed the response, or it was withdrawn."
    }
    fn filter_language(&self) -> &'static str {
        "Language"
    }
    fn filter_attachments(&self) -> &'static str {
        "Files"
    }
    fn filter_personal_data(&self) -> &'static str {
        "Possible personal data (CPR)"
    }
    fn filter_section(&self) -> &'static str {
        "Section of the draft"
    }
    fn filter_paragraph(&self) -> &'static str {
        "Only responses on paragraph"
    }
    fn filter_from(&self) -> &'static str {
        "Submitted from (YYYY-MM-DD)"
    }
    fn filter_to(&self) -> &'static str {
        "Submitted up to and including (YYYY-MM-DD)"
    }
    fn filter_tag(&self) -> &'static str {
        "Tag"
    }
    fn filter_duplicate(&self) -> &'static str {
        "Duplicates of other responses"
    }
    fn yes(&self) -> &'static str {
        "Yes"
    }
    fn no(&self) -> &'static str {
        "No"
    }
    fn unknown_language(&self) -> &'static str {
        "Unknown"
    }
    fn clear_filters(&self) -> &'static str {
        "Clear all filters"
    }
    fn page_of(&self, page: u64, pages: u64) -> String {
        format!("Page {page} of {pages}")
    }
    fn pages_label(&self) -> &'static str {
        "Pages"
    }
    fn open_response(&self, svarnummer: &str) -> String {
        format!("Open {svarnummer}")
    }
    fn select_response(&self, svarnummer: &str) -> String {
        format!("Select {svarnummer}")
    }
    fn bulk_legend(&self) -> &'static str {
        "Do the same to every selected response"
    }
    fn bulk_hint(&self) -> &'static str {
        "Tick the responses in the list below, choose the action here and press the button."
    }
    fn bulk_button(&self) -> &'static str {
        "Apply to the selected"
    }
    fn action_label(&self) -> &'static str {
        "Action"
    }
    fn action_redact(&self) -> &'static str {
        "Leave a passage out of the published text"
    }
    fn action_unredact(&self) -> &'static str {
        "Publish the text without omissions"
    }
    fn action_duplicate(&self) -> &'static str {
        "Mark as a duplicate of another response"
    }
    fn action_not_duplicate(&self) -> &'static str {
        "Remove the duplicate mark"
    }
    fn action_tag(&self) -> &'static str {
        "Add a tag"
    }
    fn passage_label(&self) -> &'static str {
        "Text to leave out (copy it word for word)"
    }
    fn passage_hint(&self) -> &'static str {
        "The passage is replaced by [udeladt] in public. The original text is kept on record."
    }
    fn duplicate_of_label(&self) -> &'static str {
        "Number of the response it repeats"
    }
    fn tag_label(&self) -> &'static str {
        "Tag"
    }
    fn add_tag(&self) -> &'static str {
        "Add tag"
    }
    fn remove_tag(&self, tag: &str) -> String {
        format!("Remove the tag «{tag}»")
    }
    fn tags_heading(&self) -> &'static str {
        "Tags (internal)"
    }
    fn no_tags(&self) -> &'static str {
        "No tags yet."
    }
    fn notes_heading(&self) -> &'static str {
        "Internal notes – never shown in public"
    }
    fn no_notes(&self) -> &'static str {
        "No notes yet."
    }
    fn note_label(&self) -> &'static str {
        "New note"
    }
    fn add_note(&self) -> &'static str {
        "Save the note"
    }
    fn note_count(&self, n: u64) -> String {
        if n == 1 {
            "1 note".to_owned()
        } else {
            format!("{n} notes")
        }
    }
    fn response_saved_notice(&self) -> &'static str {
        "The change was saved and logged."
    }
    fn back_to_inbox(&self) -> &'static str {
        "Back to the responses"
    }
    fn sender_heading(&self) -> &'static str {
        "Sender"
    }
    fn text_as_sent(&self) -> &'static str {
        "The text as sent"
    }
    fn public_text_heading(&self) -> &'static str {
        "Published text (with omissions)"
    }
    fn redacted_badge(&self) -> &'static str {
        "With omissions"
    }
    fn duplicate_badge(&self, svarnummer: &str) -> String {
        format!("Duplicate of {svarnummer}")
    }
    fn files_heading(&self) -> &'static str {
        "Files"
    }
    fn extracted_text(&self) -> &'static str {
        "Text found in the file"
    }
    fn download_file(&self, name: &str) -> String {
        format!("Download {name}")
    }
    fn history_heading(&self) -> &'static str {
        "History"
    }
    fn no_history(&self) -> &'static str {
        "No changes yet."
    }
    fn comments_on(&self) -> &'static str {
        "Comments on"
    }
    fn paragraph_changed_since(&self) -> &'static str {
        "The paragraph has changed in a later version of the draft."
    }
    fn submitted_label(&self) -> &'static str {
        "Submitted"
    }
    fn note_by(&self) -> &'static str {
        "Written by"
    }
    fn decide_legend_full(&self) -> &'static str {
        "Decide on the response"
    }
    fn fact_name(&self) -> &'static str {
        "Name"
    }
    fn fact_organisation(&self) -> &'static str {
        "Organisation"
    }
    fn fact_email(&self) -> &'static str {
        "E-mail"
    }
    fn fact_postal_code(&self) -> &'static str {
        "Postal code"
    }
    fn fact_kind(&self) -> &'static str {
        "Kind of sender"
    }
    fn duplicate_of_unconfirmed(&self, svarnummer: &str) -> String {
        format!(
            "«{svarnummer}» has not been confirmed by its sender or was withdrawn, so it cannot be the original."
        )
    }
    fn bulk_one_at_a_time(&self) -> &'static str {
        "Omissions are chosen on each response's own page, one response at a time."
    }
    fn bulk_not_in_hearing(&self) -> &'static str {
        "The response is not in this hearing."
    }
}
