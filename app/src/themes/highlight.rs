//! A quote with its theme's terms marked: the sentence as pieces of plain and marked text,
//! which the page renders as text and `<mark>` (never as HTML, so nothing needs escaping).

/// A piece of a sentence: its text and whether it is one of the theme's terms.
pub type Piece = (String, bool);

/// `sentence` cut into pieces, each word that matches one of `terms` marked.
pub fn mark_terms(sentence: &str, terms: &[String]) -> Vec<Piece> {
    let terms: Vec<String> = terms.iter().map(|t| t.to_lowercase()).collect();
    let mut pieces: Vec<Piece> = Vec::new();
    for (word, is_word) in runs(sentence) {
        let marked = is_word && terms.iter().any(|t| matches(&word.to_lowercase(), t));
        match pieces.last_mut() {
            Some((text, was)) if *was == marked && !marked => text.push_str(word),
            _ => pieces.push((word.to_owned(), marked)),
        }
    }
    pieces
}

/// Whether `word` is a form of `term`: the same, or sharing a beginning of at least five
/// letters that leaves at most two letters of the shorter one (`skolen` ~ `skole`,
/// `beskæftigelsesindsats` ~ `beskæftigelse`, but not `boligerne` ~ `boligområder`).
fn matches(word: &str, term: &str) -> bool {
    if word == term {
        return true;
    }
    let shared = word
        .chars()
        .zip(term.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let shorter = word.chars().count().min(term.chars().count());
    shared >= 5 && shared + 2 >= shorter
}

/// `text` as alternating runs of letters/digits (`true`) and the rest (`false`).
fn runs(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (at, c) in text.char_indices() {
        let is_word = c.is_alphanumeric();
        if current.is_some_and(|w| w != is_word) {
            out.push((&text[start..at], current.unwrap_or(false)));
            start = at;
        }
        current = Some(is_word);
    }
    if let Some(is_word) = current {
        out.push((&text[start..], is_word));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| (*t).to_owned()).collect()
    }

    fn marked(pieces: &[Piece]) -> Vec<&str> {
        pieces
            .iter()
            .filter(|(_, m)| *m)
            .map(|(t, _)| t.as_str())
            .collect()
    }

    #[test]
    fn terms_and_their_forms_are_marked_and_nothing_is_lost() {
        let sentence = "Skolen skal give tosprogede elever lektiehjælp, siger skolens lærere.";
        let pieces = mark_terms(sentence, &terms(&["skole", "Tosprogede", "lektiehjælp"]));
        assert_eq!(
            marked(&pieces),
            ["Skolen", "tosprogede", "lektiehjælp", "skolens"]
        );
        let whole: String = pieces.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(whole, sentence);
    }

    #[test]
    fn short_or_merely_similar_words_are_not_marked() {
        let pieces = mark_terms(
            "For boligerne er det godt.",
            &terms(&["foreninger", "boligområder"]),
        );
        assert!(marked(&pieces).is_empty());
        assert_eq!(pieces.len(), 1, "unmarked text stays one piece");
    }

    #[test]
    fn an_empty_sentence_has_no_pieces() {
        assert!(mark_terms("", &terms(&["x"])).is_empty());
    }
}
