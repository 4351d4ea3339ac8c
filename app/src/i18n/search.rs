//! The texts of searching: the search box, results, facets and query problems (every language
//! implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::SearchTexts;
use super::vocab::VocabMessages;
use crate::vocab::{Channel, RespondentKind, ResponseStatus, Stance};

messages! {
    /// Search texts in one language.
    pub trait SearchMessages: SearchTexts, VocabMessages;
    keys SEARCH_KEYS;

    /// A query problem: `name:value` where `name` is no field.
    fn search_unknown_field(name: &str) -> String;

    /// A query problem: `name:` with no value.
    fn search_missing_value(name: &str) -> String;

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
