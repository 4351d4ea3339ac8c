//! The texts of the officials' inbox and response page: filters, bulk actions, redaction,
//! duplicates, notes and tags (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::texts::InboxTexts;

messages! {
    /// The inbox's texts in one language.
    pub trait InboxMessages: InboxTexts;
    keys INBOX_KEYS;

    /// No response with that number in the hearing.
    fn duplicate_unknown(svarnummer: &str) -> String;

    /// A response an official registered, with its number.
    fn rg_registered(svarnummer: &str) -> String;

    /// Back from the sender's page to the response.
    fn sd_back(svarnummer: &str) -> String;

    /// The chosen response is itself a duplicate.
    fn duplicate_of_duplicate(svarnummer: &str, first: &str) -> String;

    /// Other responses repeat this one.
    fn duplicate_has_duplicates(other: &str) -> String;

    /// A tag over the limit.
    fn tag_too_long(max: usize) -> String;

    /// A note over the limit.
    fn note_too_long(max: usize) -> String;

    /// More responses in one bulk action than it takes at once.
    fn bulk_too_many(max: usize) -> String;

    /// How many responses a bulk action changed.
    fn bulk_done(done: usize) -> String;

    /// One response a bulk action left alone.
    fn bulk_refused(svarnummer: &str, why: &str) -> String;

    /// Where the reader is in the pages.
    fn page_of(page: u64, pages: u64) -> String;

    /// Link to one response's page.
    fn open_response(svarnummer: &str) -> String;

    /// The tick box that selects a response for a bulk action.
    fn select_response(svarnummer: &str) -> String;

    /// The remove-tag button.
    fn remove_tag(tag: &str) -> String;

    /// How many notes a response has.
    fn note_count(n: u64) -> String;

    /// Marks a duplicate in the list.
    fn duplicate_badge(svarnummer: &str) -> String;

    /// Link that downloads a file.
    fn download_file(name: &str) -> String;

    /// The chosen original is not confirmed or was withdrawn.
    fn duplicate_of_unconfirmed(svarnummer: &str) -> String;

}
