//! The texts of the officials' inbox and response page: filters, bulk actions, redaction,
//! duplicates, notes and tags (every language implements it; `Messages` requires it).

use super::catalogue::messages;

messages! {
    /// The inbox's texts in one language.
    pub trait InboxMessages;
    keys INBOX_KEYS;

    /// A date filter that is not a date.
    fn inbox_bad_date() -> &'static str;

    /// The end date lies before the start date.
    fn inbox_dates_reversed() -> &'static str;

    /// A decision without an action.
    fn moderation_action_required() -> &'static str;

    /// A redaction without a passage.
    fn redact_passage_required() -> &'static str;

    /// A passage that is not in the text.
    fn redact_passage_not_found() -> &'static str;

    /// A duplicate mark without a number.
    fn duplicate_required() -> &'static str;

    /// No response with that number in the hearing.
    fn duplicate_unknown(svarnummer: &str) -> String;

    /// A response marked as a duplicate of itself.
    fn duplicate_of_itself() -> &'static str;

    /// The chosen response is itself a duplicate.
    fn duplicate_of_duplicate(svarnummer: &str, first: &str) -> String;

    /// Other responses repeat this one.
    fn duplicate_has_duplicates(other: &str) -> String;

    /// An empty tag.
    fn tag_required() -> &'static str;

    /// A tag over the limit.
    fn tag_too_long(max: usize) -> String;

    /// A tag with other characters.
    fn tag_bad_characters() -> &'static str;

    /// An empty note.
    fn note_required() -> &'static str;

    /// A note over the limit.
    fn note_too_long(max: usize) -> String;

    /// A bulk action without responses.
    fn bulk_none_selected() -> &'static str;

    /// More responses in one bulk action than it takes at once.
    fn bulk_too_many(max: usize) -> String;

    /// How many responses a bulk action changed.
    fn bulk_done(done: usize) -> String;

    /// One response a bulk action left alone.
    fn bulk_refused(svarnummer: &str, why: &str) -> String;

    /// A response that cannot be decided yet (not confirmed, or withdrawn).
    fn not_decidable() -> &'static str;

    /// The language filter.
    fn filter_language() -> &'static str;

    /// The files filter.
    fn filter_attachments() -> &'static str;

    /// The personal-data filter.
    fn filter_personal_data() -> &'static str;

    /// The section filter.
    fn filter_section() -> &'static str;

    /// The paragraph filter (shown when set).
    fn filter_paragraph() -> &'static str;

    /// The from-date filter.
    fn filter_from() -> &'static str;

    /// The to-date filter.
    fn filter_to() -> &'static str;

    /// The tag filter.
    fn filter_tag() -> &'static str;

    /// The duplicate filter.
    fn filter_duplicate() -> &'static str;

    /// Yes.
    fn yes() -> &'static str;

    /// No.
    fn no() -> &'static str;

    /// A language that was not detected.
    fn unknown_language() -> &'static str;

    /// Link that removes every filter.
    fn clear_filters() -> &'static str;

    /// Where the reader is in the pages.
    fn page_of(page: u64, pages: u64) -> String;

    /// Label of the page navigation.
    fn pages_label() -> &'static str;

    /// Link to one response's page.
    fn open_response(svarnummer: &str) -> String;

    /// The tick box that selects a response for a bulk action.
    fn select_response(svarnummer: &str) -> String;

    /// Legend of the bulk form.
    fn bulk_legend() -> &'static str;

    /// How the bulk form works.
    fn bulk_hint() -> &'static str;

    /// The bulk form's button.
    fn bulk_button() -> &'static str;

    /// The action chooser.
    fn action_label() -> &'static str;

    /// The redact action.
    fn action_redact() -> &'static str;

    /// The unredact action.
    fn action_unredact() -> &'static str;

    /// The duplicate action.
    fn action_duplicate() -> &'static str;

    /// The undo-duplicate action.
    fn action_not_duplicate() -> &'static str;

    /// The add-tag bulk action.
    fn action_tag() -> &'static str;

    /// The passage field.
    fn passage_label() -> &'static str;

    /// What happens to a redacted passage.
    fn passage_hint() -> &'static str;

    /// The duplicate-of field.
    fn duplicate_of_label() -> &'static str;

    /// The tag field.
    fn tag_label() -> &'static str;

    /// The add-tag button.
    fn add_tag() -> &'static str;

    /// The remove-tag button.
    fn remove_tag(tag: &str) -> String;

    /// Heading of the tags.
    fn tags_heading() -> &'static str;

    /// No tags yet.
    fn no_tags() -> &'static str;

    /// Heading of the notes.
    fn notes_heading() -> &'static str;

    /// No notes yet.
    fn no_notes() -> &'static str;

    /// The note field.
    fn note_label() -> &'static str;

    /// The add-note button.
    fn add_note() -> &'static str;

    /// How many notes a response has.
    fn note_count(n: u64) -> String;

    /// A change on the response page was saved.
    fn response_saved_notice() -> &'static str;

    /// Link back to the inbox.
    fn back_to_inbox() -> &'static str;

    /// Heading of the sender's details.
    fn sender_heading() -> &'static str;

    /// Heading of the original text.
    fn text_as_sent() -> &'static str;

    /// Heading of the redacted public text.
    fn public_text_heading() -> &'static str;

    /// Marks a redacted response in the list.
    fn redacted_badge() -> &'static str;

    /// Marks a duplicate in the list.
    fn duplicate_badge(svarnummer: &str) -> String;

    /// Heading of the files.
    fn files_heading() -> &'static str;

    /// Heading of a file's text.
    fn extracted_text() -> &'static str;

    /// Link that downloads a file.
    fn download_file(name: &str) -> String;

    /// Heading of the response's audit history.
    fn history_heading() -> &'static str;

    /// No history yet.
    fn no_history() -> &'static str;

    /// Label before the draft paragraph a response is about.
    fn comments_on() -> &'static str;

    /// The paragraph has changed in a later version.
    fn paragraph_changed_since() -> &'static str;

    /// When it was submitted.
    fn submitted_label() -> &'static str;

    /// Who wrote a note and when (prefix).
    fn note_by() -> &'static str;

    /// Legend of the response page's decision form.
    fn decide_legend_full() -> &'static str;

    /// The sender's name on the response page.
    fn fact_name() -> &'static str;

    /// The organisation on the response page.
    fn fact_organisation() -> &'static str;

    /// The e-mail address on the response page.
    fn fact_email() -> &'static str;

    /// The postal code on the response page.
    fn fact_postal_code() -> &'static str;

    /// The kind of sender on the response page.
    fn fact_kind() -> &'static str;

    /// The chosen original is not confirmed or was withdrawn.
    fn duplicate_of_unconfirmed(svarnummer: &str) -> String;

    /// Redaction is chosen for many responses.
    fn bulk_one_at_a_time() -> &'static str;

    /// A ticked response that is not in this hearing.
    fn bulk_not_in_hearing() -> &'static str;
}
