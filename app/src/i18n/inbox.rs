//! The texts of the officials' inbox and response page: filters, bulk actions, redaction,
//! duplicates, notes and tags (every language implements it; `Messages` requires it).

/// The inbox's texts in one language.
pub trait InboxMessages: Sync {
    /// A date filter that is not a date.
    fn inbox_bad_date(&self) -> &'static str;
    /// The end date lies before the start date.
    fn inbox_dates_reversed(&self) -> &'static str;
    /// A decision without an action.
    fn moderation_action_required(&self) -> &'static str;
    /// A redaction without a passage.
    fn redact_passage_required(&self) -> &'static str;
    /// A passage that is not in the text.
    fn redact_passage_not_found(&self) -> &'static str;
    /// A duplicate mark without a number.
    fn duplicate_required(&self) -> &'static str;
    /// No response with that number in the hearing.
    fn duplicate_unknown(&self, svarnummer: &str) -> String;
    /// A response marked as a duplicate of itself.
    fn duplicate_of_itself(&self) -> &'static str;
    /// The chosen response is itself a duplicate.
    fn duplicate_of_duplicate(&self, svarnummer: &str, first: &str) -> String;
    /// Other responses repeat this one.
    fn duplicate_has_duplicates(&self, other: &str) -> String;
    /// An empty tag.
    fn tag_required(&self) -> &'static str;
    /// A tag over the limit.
    fn tag_too_long(&self, max: usize) -> String;
    /// A tag with other characters.
    fn tag_bad_characters(&self) -> &'static str;
    /// An empty note.
    fn note_required(&self) -> &'static str;
    /// A note over the limit.
    fn note_too_long(&self, max: usize) -> String;
    /// A bulk action without responses.
    fn bulk_none_selected(&self) -> &'static str;
    /// More responses in one bulk action than it takes at once.
    fn bulk_too_many(&self, max: usize) -> String;
    /// How many responses a bulk action changed.
    fn bulk_done(&self, done: usize) -> String;
    /// One response a bulk action left alone.
    fn bulk_refused(&self, svarnummer: &str, why: &str) -> String;
    /// A response that cannot be decided yet (not confirmed, or withdrawn).
    fn not_decidable(&self) -> &'static str;
    /// The language filter.
    fn filter_language(&self) -> &'static str;
    /// The files filter.
    fn filter_attachments(&self) -> &'static str;
    /// The personal-data filter.
    fn filter_personal_data(&self) -> &'static str;
    /// The section filter.
    fn filter_section(&self) -> &'static str;
    /// The paragraph filter (shown when set).
    fn filter_paragraph(&self) -> &'static str;
    /// The from-date filter.
    fn filter_from(&self) -> &'static str;
    /// The to-date filter.
    fn filter_to(&self) -> &'static str;
    /// The tag filter.
    fn filter_tag(&self) -> &'static str;
    /// The duplicate filter.
    fn filter_duplicate(&self) -> &'static str;
    /// Yes.
    fn yes(&self) -> &'static str;
    /// No.
    fn no(&self) -> &'static str;
    /// A language that was not detected.
    fn unknown_language(&self) -> &'static str;
    /// Link that removes every filter.
    fn clear_filters(&self) -> &'static str;
    /// Where the reader is in the pages.
    fn page_of(&self, page: u64, pages: u64) -> String;
    /// Label of the page navigation.
    fn pages_label(&self) -> &'static str;
    /// Link to one response's page.
    fn open_response(&self, svarnummer: &str) -> String;
    /// The tick box that selects a response for a bulk action.
    fn select_response(&self, svarnummer: &str) -> String;
    /// Legend of the bulk form.
    fn bulk_legend(&self) -> &'static str;
    /// How the bulk form works.
    fn bulk_hint(&self) -> &'static str;
    /// The bulk form's button.
    fn bulk_button(&self) -> &'static str;
    /// The action chooser.
    fn action_label(&self) -> &'static str;
    /// The redact action.
    fn action_redact(&self) -> &'static str;
    /// The unredact action.
    fn action_unredact(&self) -> &'static str;
    /// The duplicate action.
    fn action_duplicate(&self) -> &'static str;
    /// The undo-duplicate action.
    fn action_not_duplicate(&self) -> &'static str;
    /// The add-tag bulk action.
    fn action_tag(&self) -> &'static str;
    /// The passage field.
    fn passage_label(&self) -> &'static str;
    /// What happens to a redacted passage.
    fn passage_hint(&self) -> &'static str;
    /// The duplicate-of field.
    fn duplicate_of_label(&self) -> &'static str;
    /// The tag field.
    fn tag_label(&self) -> &'static str;
    /// The add-tag button.
    fn add_tag(&self) -> &'static str;
    /// The remove-tag button.
    fn remove_tag(&self, tag: &str) -> String;
    /// Heading of the tags.
    fn tags_heading(&self) -> &'static str;
    /// No tags yet.
    fn no_tags(&self) -> &'static str;
    /// Heading of the notes.
    fn notes_heading(&self) -> &'static str;
    /// No notes yet.
    fn no_notes(&self) -> &'static str;
    /// The note field.
    fn note_label(&self) -> &'static str;
    /// The add-note button.
    fn add_note(&self) -> &'static str;
    /// How many notes a response has.
    fn note_count(&self, n: u64) -> String;
    /// A change on the response page was saved.
    fn response_saved_notice(&self) -> &'static str;
    /// Link back to the inbox.
    fn back_to_inbox(&self) -> &'static str;
    /// Heading of the sender's details.
    fn sender_heading(&self) -> &'static str;
    /// Heading of the original text.
    fn text_as_sent(&self) -> &'static str;
    /// Heading of the redacted public text.
    fn public_text_heading(&self) -> &'static str;
    /// Marks a redacted response in the list.
    fn redacted_badge(&self) -> &'static str;
    /// Marks a duplicate in the list.
    fn duplicate_badge(&self, svarnummer: &str) -> String;
    /// Heading of the files.
    fn files_heading(&self) -> &'static str;
    /// Heading of a file's text.
    fn extracted_text(&self) -> &'static str;
    /// Link that downloads a file.
    fn download_file(&self, name: &str) -> String;
    /// Heading of the response's audit history.
    fn history_heading(&self) -> &'static str;
    /// No history yet.
    fn no_history(&self) -> &'static str;
    /// Label before the draft paragraph a response is about.
    fn comments_on(&self) -> &'static str;
    /// The paragraph has changed in a later version.
    fn paragraph_changed_since(&self) -> &'static str;
    /// When it was submitted.
    fn submitted_label(&self) -> &'static str;
    /// Who wrote a note and when (prefix).
    fn note_by(&self) -> &'static str;
    /// Legend of the response page's decision form.
    fn decide_legend_full(&self) -> &'static str;
    /// The sender's name on the response page.
    fn fact_name(&self) -> &'static str;
    /// The organisation on the response page.
    fn fact_organisation(&self) -> &'static str;
    /// The e-mail address on the response page.
    fn fact_email(&self) -> &'static str;
    /// The postal code on the response page.
    fn fact_postal_code(&self) -> &'static str;
    /// The kind of sender on the response page.
    fn fact_kind(&self) -> &'static str;
    /// The chosen original is not confirmed or was withdrawn.
    fn duplicate_of_unconfirmed(&self, svarnummer: &str) -> String;
    /// Redaction is chosen for many responses.
    fn bulk_one_at_a_time(&self) -> &'static str;
    /// A ticked response that is not in this hearing.
    fn bulk_not_in_hearing(&self) -> &'static str;
}
