//! The texts of searching: the search box, results, facets and query problems (every language
//! implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::vocab::VocabMessages;
use crate::vocab::{Channel, RespondentKind, ResponseStatus, Stance};

messages! {
    /// Search texts in one language.
    pub trait SearchMessages: VocabMessages;
    keys SEARCH_KEYS;

    /// Label of the search box.
    fn search_label() -> &'static str;

    /// The hint under the search box: what the query language offers.
    fn search_hint() -> &'static str;

    /// The search button.
    fn search_button() -> &'static str;

    /// Link that clears the search.
    fn search_clear() -> &'static str;

    /// Nothing matched.
    fn search_nothing() -> &'static str;

    /// Label of the sort choice, and its two options.
    fn search_sort() -> &'static str;

    /// Best match first.
    fn search_sort_relevance() -> &'static str;

    /// Newest first.
    fn search_sort_newest() -> &'static str;

    /// The heading of the filters next to results.
    fn search_filters() -> &'static str;

    /// A query problem: a `"` without its closing partner.
    fn search_unclosed_quote() -> &'static str;

    /// A query problem: `OR` with nothing on one side.
    fn search_dangling_or() -> &'static str;

    /// A query problem: a lone `-` or `-""`.
    fn search_empty_exclusion() -> &'static str;

    /// A query problem: `name:value` where `name` is no field.
    fn search_unknown_field(name: &str) -> String;

    /// A query problem: `name:` with no value.
    fn search_missing_value(name: &str) -> String;

    /// Said after a query problem: the results shown are those of the plain words.
    fn search_plain_words_instead() -> &'static str;

    /// Heading of "more like this" on a response.
    fn similar_responses() -> &'static str;

    /// No similar responses.
    fn no_similar_responses() -> &'static str;

    /// The word before a query problem, so it is not told by colour alone ("Bemærk:").
    fn search_note() -> &'static str;

    /// Read after a chosen facet value: it is chosen, and choosing it again removes it.
    fn facet_selected() -> &'static str;

    /// Oldest first (the inbox's order without words).
    fn search_sort_oldest() -> &'static str;

    /// The summary that opens a search result's whole text in the inbox.
    fn search_whole_text() -> &'static str;

    provided {
        /// "12 results for …".
        fn search_results(&self, total: u64, query: &str) -> String {
            match query.trim() {
                "" => fl::format(
                    self.locale(),
                    "search_results-filters",
                    &[("total", total.into())],
                ),
                query => fl::format(
                    self.locale(),
                    "search_results",
                    &[("total", total.into()), ("query", query.into())],
                ),
            }
        }

        /// Heading of a facet (`kind`, `section`, `language`, `stance`, `channel`, `status`).
        fn facet_heading(&self, key: &str) -> &'static str {
            fl::variant(self.locale(), "facet_heading", key)
        }

        /// A facet value shown to people: a vocabulary value by its short name
        /// (`VocabMessages::facet_*`), a language code by its name; anything else as it is.
        fn facet_value(&self, key: &str, value: &str) -> String {
            let name = match key {
                "kind" => RespondentKind::parse(value).map(|k| self.facet_kind(k)),
                "stance" => Stance::parse(value).map(|s| self.facet_stance(s)),
                "channel" => Channel::parse(value).map(|c| self.facet_channel(c)),
                "status" => ResponseStatus::parse(value).map(|s| self.facet_status(s)),
                "language" => self.language_name_of(value),
                _ => None,
            };
            name.map_or_else(|| value.to_owned(), str::to_owned)
        }

        /// The name of a language a response was written in (`da`, `en`, `ar`, `tr`), if known.
        fn language_name_of(&self, code: &str) -> Option<&'static str> {
            fl::variant_or_none(self.locale(), "language_name_of", code)
        }
    }
}
