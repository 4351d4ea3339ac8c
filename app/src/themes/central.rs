//! A text summarised by its most central sentences (the hvidbog's summaries, the first draft
//! of a "kort fortalt", what a long letter's sentence vector is made of): those that share the most of
//! the response's own frequent words (a centroid summary, extractive — the respondent's own
//! words, never rewritten), in the order they were written.

use std::collections::HashMap;

use super::quotes::sentences;

/// How many sentences a summary keeps.
pub const SENTENCES: usize = 2;
/// A sentence longer than this is cut at a word boundary with "…".
const MAX_CHARS: usize = 400;

/// The `SENTENCES` most representative sentences of `text`.
pub fn summarise(text: &str) -> Vec<String> {
    let all: Vec<&str> = sentences(text)
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if all.len() <= SENTENCES {
        return all.into_iter().map(shorten).collect();
    }
    let mut weight: HashMap<String, f32> = HashMap::new();
    for word in all.iter().flat_map(|s| words(s)) {
        *weight.entry(word).or_default() += 1.0;
    }
    let mut scored: Vec<(usize, f32)> = all
        .iter()
        .enumerate()
        .map(|(i, s)| (i, score(s, &weight)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut chosen: Vec<usize> = scored.iter().take(SENTENCES).map(|(i, _)| *i).collect();
    chosen.sort_unstable();
    chosen.into_iter().map(|i| shorten(all[i])).collect()
}

/// The sentence's words in lower case (three letters or more: short words carry little).
fn words(sentence: &str) -> impl Iterator<Item = String> + '_ {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
}

/// How much of the response's vocabulary the sentence carries, per square root of its length
/// (so neither the shortest nor the longest sentence wins by length alone).
fn score(sentence: &str, weight: &HashMap<String, f32>) -> f32 {
    let mut seen: Vec<String> = words(sentence).collect();
    let length = seen.len().max(1) as f32;
    seen.sort();
    seen.dedup();
    let sum: f32 = seen
        .iter()
        .map(|w| weight.get(w).copied().unwrap_or(0.0) - 1.0)
        .sum();
    sum / length.sqrt()
}

fn shorten(sentence: &str) -> String {
    if sentence.chars().count() <= MAX_CHARS {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(MAX_CHARS).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..end])
}

#[cfg(test)]
mod tests {
    use super::summarise;

    #[test]
    fn a_short_response_is_its_own_summary() {
        assert_eq!(summarise("Godt forslag."), vec!["Godt forslag."]);
        assert!(summarise("  ").is_empty());
    }

    #[test]
    fn the_sentences_about_what_the_response_is_about_are_kept_in_order() {
        let text = "Hej. Vi mener, at sprogundervisning for voksne skal styrkes. \
                    Vejret var fint i går. Sprogundervisning og praktik hænger sammen, \
                    så praktik bør følge undervisning. Tak for ordet.";
        let summary = summarise(text);
        assert_eq!(summary.len(), 2);
        assert!(
            summary[0].contains("sprogundervisning for voksne"),
            "{summary:?}"
        );
        assert!(summary[1].contains("praktik"), "{summary:?}");
    }

    #[test]
    fn a_very_long_sentence_is_cut_at_a_word() {
        let long = "ord ".repeat(200);
        let summary = summarise(&long);
        assert!(summary[0].ends_with('…'));
        assert!(summary[0].chars().count() <= 401);
    }
}
