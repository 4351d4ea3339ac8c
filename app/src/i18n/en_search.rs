//! English search texts.

use super::SearchMessages;
use super::en::En;

impl SearchMessages for En {
    fn search_label(&self) -> &'static str {
        "Search the responses"
    }
    fn search_hint(&self) -> &'static str {
        "Every word must match. Use \"quotes\" for a phrase, -word to leave a word out and OR between alternatives. Filters: kind:association, section:…, language:en."
    }
    fn search_button(&self) -> &'static str {
        "Search"
    }
    fn search_clear(&self) -> &'static str {
        "Clear the search"
    }
    fn search_results(&self, total: u64, query: &str) -> String {
        let noun = if total == 1 { "response" } else { "responses" };
        match query.trim() {
            "" => format!("{total} {noun} match the filters"),
            q => format!("{total} {noun} match “{q}”"),
        }
    }
    fn search_nothing(&self) -> &'static str {
        "No response matches. Try fewer or other words."
    }
    fn search_sort(&self) -> &'static str {
        "Sort"
    }
    fn search_sort_relevance(&self) -> &'static str {
        "Best match first"
    }
    fn search_sort_newest(&self) -> &'static str {
        "Newest first"
    }
    fn facet_heading(&self, key: &str) -> &'static str {
        match key {
            "kind" => "Sender",
            "section" => "Section",
            "language" => "Language",
            "stance" => "Stance",
            "channel" => "Channel",
            "status" => "Status",
            _ => "Other",
        }
    }
    fn language_name_of(&self, code: &str) -> Option<&'static str> {
        match code {
            "da" => Some("Danish"),
            "en" => Some("English"),
            "ar" => Some("Arabic"),
            "tr" => Some("Turkish"),
            _ => None,
        }
    }
    fn search_filters(&self) -> &'static str {
        "Narrow down"
    }
    fn search_unclosed_quote(&self) -> &'static str {
        "A quotation mark is not closed."
    }
    fn search_dangling_or(&self) -> &'static str {
        "OR must stand between two words."
    }
    fn search_empty_exclusion(&self) -> &'static str {
        "A minus must stand right before the word to leave out."
    }
    fn search_unknown_field(&self, name: &str) -> String {
        format!(
            "“{name}:” is not a filter. The filters are kind:, section:, language:, stance: and channel:."
        )
    }
    fn search_missing_value(&self, name: &str) -> String {
        format!("“{name}:” needs a value, e.g. {name}:association.")
    }
    fn search_plain_words_instead(&self) -> &'static str {
        "We searched for the words one by one instead."
    }
    fn similar_responses(&self) -> &'static str {
        "Similar responses"
    }
    fn no_similar_responses(&self) -> &'static str {
        "No other response is like this one."
    }
    fn search_note(&self) -> &'static str {
        "Note:"
    }
    fn facet_selected(&self) -> &'static str {
        " (chosen – choose again to remove the filter)"
    }
    fn search_sort_oldest(&self) -> &'static str {
        "Oldest first"
    }
    fn search_whole_text(&self) -> &'static str {
        "The whole text"
    }
}
