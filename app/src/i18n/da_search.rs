//! Danish search texts.

use super::SearchMessages;
use super::da::Da;

impl SearchMessages for Da {
    fn search_label(&self) -> &'static str {
        "Søg i svarene"
    }
    fn search_hint(&self) -> &'static str {
        "Alle ord skal findes. Brug \"anførselstegn\" om en frase, -ord for at udelukke et ord og OR mellem alternativer. Filtre: type:forening, afsnit:…, sprog:en."
    }
    fn search_button(&self) -> &'static str {
        "Søg"
    }
    fn search_clear(&self) -> &'static str {
        "Ryd søgningen"
    }
    fn search_results(&self, total: u64, query: &str) -> String {
        match query.trim() {
            "" => format!("{total} svar matcher filtrene"),
            q => format!("{total} svar matcher »{q}«"),
        }
    }
    fn search_nothing(&self) -> &'static str {
        "Ingen svar matcher. Prøv færre eller andre ord."
    }
    fn search_sort(&self) -> &'static str {
        "Sortér"
    }
    fn search_sort_relevance(&self) -> &'static str {
        "Bedste match først"
    }
    fn search_sort_newest(&self) -> &'static str {
        "Nyeste først"
    }
    fn facet_heading(&self, key: &str) -> &'static str {
        match key {
            "kind" => "Afsender",
            "section" => "Afsnit",
            "language" => "Sprog",
            "stance" => "Holdning",
            "channel" => "Kanal",
            "status" => "Status",
            _ => "Andet",
        }
    }
    fn language_name_of(&self, code: &str) -> Option<&'static str> {
        match code {
            "da" => Some("Dansk"),
            "en" => Some("Engelsk"),
            "ar" => Some("Arabisk"),
            "tr" => Some("Tyrkisk"),
            _ => None,
        }
    }
    fn search_filters(&self) -> &'static str {
        "Afgræns"
    }
    fn search_unclosed_quote(&self) -> &'static str {
        "Et anførselstegn mangler sin afslutning."
    }
    fn search_dangling_or(&self) -> &'static str {
        "OR skal stå mellem to ord."
    }
    fn search_empty_exclusion(&self) -> &'static str {
        "Et minus skal stå direkte foran det ord, der ikke må forekomme."
    }
    fn search_unknown_field(&self, name: &str) -> String {
        format!(
            "»{name}:« er ikke et filter. Filtrene er type:, afsnit:, sprog:, holdning: og kanal:."
        )
    }
    fn search_missing_value(&self, name: &str) -> String {
        format!("»{name}:« mangler en værdi, fx {name}:forening.")
    }
    fn search_plain_words_instead(&self) -> &'static str {
        "Vi har søgt på ordene hver for sig i stedet."
    }
    fn similar_responses(&self) -> &'static str {
        "Lignende svar"
    }
    fn no_similar_responses(&self) -> &'static str {
        "Ingen andre svar ligner dette."
    }
    fn search_note(&self) -> &'static str {
        "Bemærk:"
    }
    fn facet_selected(&self) -> &'static str {
        " (valgt – vælg igen for at fjerne filteret)"
    }
    fn search_sort_oldest(&self) -> &'static str {
        "Ældste først"
    }
    fn search_whole_text(&self) -> &'static str {
        "Hele teksten"
    }
}
