//! Splitting a Danish compound into the known words it is made of ("ungdomsboliger" →
//! "ungdom", "boliger"), against the corpus's own vocabulary ([`super::vocabulary`]).
//!
//! The word's base ([`base`]: one inflection ending off, so "foreningerne" is looked at as
//! "forening" and never as "forenin|gerne") of at least six letters is cut at every place that
//! leaves two parts of at least [`MIN_PART`] letters; a part is known when the vocabulary knows its base, so a linking -s or
//! -e on the first part ("ungdoms", "børne") and an inflection on the last ("boligerne") do not
//! matter. The best cut is kept: both parts known before one, then the more even cut. A cut
//! with one known part counts only when that part has at least [`MIN_LONE`] letters and the
//! other is not a bare inflection ending ("skol|erne") — Danish puts what a compound *is*
//! last ("ungdoms|boliger" are boliger) and often joins a known word to a rarer one. Each part
//! of the cut is split again, so three-part compounds give all three. Only known parts are
//! returned. Names are never split (the caller checks [`super::vocabulary::is_name`]), and no
//! part is ever shorter than [`MIN_PART`], so a name made of two-letter syllables cannot fall
//! apart into them; the one exception is a leading numeral ("to|sprogede", bilingual), whose
//! known rest is returned without it.

/// Shortest part, in letters.
pub const MIN_PART: usize = 3;
/// Shortest known part of a cut whose other part is unknown.
pub const MIN_LONE: usize = 4;
/// How deep a part is split again.
const MAX_DEPTH: usize = 3;
use super::vocabulary::base;

/// Endings that are never the unknown part of a cut.
const ENDINGS: [&str; 12] = [
    "erne", "ene", "ere", "ers", "er", "en", "et", "es", "e", "s", "ens", "ets",
];

/// The known words `word` (lower-case) is made of, outermost first; empty when it is not a
/// compound of known words.
pub fn split<'w>(word: &'w str, knows: &impl Fn(&str) -> bool) -> Vec<&'w str> {
    let mut out = Vec::new();
    split_into(base(word), knows, 0, &mut out);
    out
}

fn split_into<'w>(
    word: &'w str,
    knows: &impl Fn(&str) -> bool,
    depth: usize,
    out: &mut Vec<&'w str>,
) {
    if depth >= MAX_DEPTH {
        return;
    }
    let Some(cut) = best_cut(word, knows) else {
        if let Some(tail) = after_numeral(word, knows).filter(|t| !out.contains(t)) {
            out.push(tail);
        }
        return;
    };
    for (part, known) in [(cut.head, cut.head_known), (cut.tail, cut.tail_known)] {
        if known && !out.contains(&part) {
            out.push(part);
        }
        if letters(part) >= 2 * MIN_PART {
            split_into(base(part), knows, depth + 1, out);
        }
    }
}

struct Cut<'w> {
    head: &'w str,
    tail: &'w str,
    head_known: bool,
    tail_known: bool,
}

impl Cut<'_> {
    /// Both known first, then the more even cut, then the longer known part.
    fn rank(&self) -> (u8, usize, usize) {
        let known = u8::from(self.head_known) + u8::from(self.tail_known);
        let known_letters = [(self.head, self.head_known), (self.tail, self.tail_known)]
            .iter()
            .filter(|(_, k)| *k)
            .map(|(p, _)| letters(p))
            .sum();
        (
            known,
            letters(self.head).min(letters(self.tail)),
            known_letters,
        )
    }

    fn acceptable(&self) -> bool {
        match (self.head_known, self.tail_known) {
            (true, true) => true,
            (true, false) => letters(self.head) >= MIN_LONE && !ENDINGS.contains(&self.tail),
            (false, true) => letters(self.tail) >= MIN_LONE,
            (false, false) => false,
        }
    }
}

fn best_cut<'w>(word: &'w str, knows: &impl Fn(&str) -> bool) -> Option<Cut<'w>> {
    let n = letters(word);
    if n < 2 * MIN_PART {
        return None;
    }
    word.char_indices()
        .map(|(at, _)| at)
        .skip(MIN_PART)
        .take(n - 2 * MIN_PART + 1)
        .map(|at| {
            let (head, tail) = word.split_at(at);
            Cut {
                head,
                tail,
                head_known: knows(head),
                tail_known: knows(tail),
            }
        })
        .filter(Cut::acceptable)
        .max_by_key(Cut::rank)
}

/// The known rest of a word that begins with a short numeral ("to|sprogede", two-language):
/// the one cut allowed under [`MIN_PART`], when the rest — or the rest without the adjective's
/// "-ed" ("sproged", left of "tosprogede" once its "-e" is off) — is a known word of at least
/// [`MIN_LONE`] letters. The numeral itself is not a search word and is not returned.
fn after_numeral<'w>(word: &'w str, knows: &impl Fn(&str) -> bool) -> Option<&'w str> {
    NUMERALS.iter().find_map(|numeral| {
        let tail = word.strip_prefix(numeral)?;
        [Some(tail), tail.strip_suffix("ed")]
            .into_iter()
            .flatten()
            .find(|rest| letters(rest) >= MIN_LONE && !ENDINGS.contains(rest) && knows(rest))
    })
}

/// Numerals shorter than [`MIN_PART`] that begin compounds ("tosprogede", "tosidet").
const NUMERALS: [&str; 1] = ["to"];

fn letters(word: &str) -> usize {
    word.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::vocabulary::Vocabulary;

    fn vocabulary(text: &str) -> Vocabulary {
        let vocabulary = Vocabulary::new(true, 1);
        vocabulary.learn(text);
        vocabulary
    }

    fn parts(vocabulary: &Vocabulary, word: &str) -> Vec<String> {
        let knows = |part: &str| vocabulary.knows(part);
        split(word, &knows).into_iter().map(str::to_owned).collect()
    }

    #[test]
    fn splits_into_known_words_with_a_linking_s() {
        let v = vocabulary("Ungdom. Boligerne er dyre.");
        assert_eq!(parts(&v, "ungdomsboliger"), ["ungdoms", "bolig"]);
    }

    #[test]
    fn one_known_part_is_enough_when_it_is_long() {
        let v = vocabulary("Boliger og sproget.");
        assert_eq!(parts(&v, "ungdomsboliger"), ["bolig"]);
        assert_eq!(parts(&v, "sprogcentret"), ["sprog"]);
        let short = vocabulary("Job.");
        assert!(
            parts(&short, "jobcentret").is_empty(),
            "job is too short alone"
        );
    }

    #[test]
    fn a_linking_e_and_three_parts() {
        let v = vocabulary("Børn. Have. Klasser og børnehaven.");
        assert_eq!(parts(&v, "børnehaveklassen"), ["børnehave", "børn", "klas"]);
    }

    #[test]
    fn never_splits_into_unknown_words_or_inflection_endings() {
        let v = vocabulary("Skole og bolig. Gerne.");
        assert!(parts(&v, "skolerne").is_empty(), "skol + erne is one word");
        assert!(
            parts(&v, "foreningerne").is_empty(),
            "never forenin + gerne"
        );
        assert!(parts(&v, "integrationspolitik").is_empty());
        assert!(parts(&v, "bolig").is_empty());
    }

    #[test]
    fn a_word_after_the_numeral_two_is_found_and_the_numeral_is_not_a_part() {
        let v = vocabulary("Sproget og sprogene. To.");
        assert_eq!(parts(&v, "tosprogede"), ["sprog"]);
        assert_eq!(parts(&v, "tosproget"), ["sprog"]);
        assert!(parts(&v, "tomater").is_empty(), "mater is no known word");
        assert!(
            parts(&vocabulary("Tal."), "total").is_empty(),
            "tal is too short"
        );
    }

    #[test]
    fn never_makes_parts_shorter_than_three_letters() {
        let v = vocabulary("To sprog. Ka, la, dor og sen er stavelser.");
        assert!(
            !parts(&v, "tosprogede").contains(&"to".to_owned()),
            "to is too short"
        );
        assert!(
            parts(&v, "kaladorsen")
                .iter()
                .all(|p| p.chars().count() >= MIN_PART)
        );
        assert!(parts(&v, "kala").is_empty());
    }

    #[test]
    fn the_even_cut_of_two_known_parts_wins() {
        let v = vocabulary("Bolig. Foreningen. Ingen. Gerne.");
        assert_eq!(parts(&v, "boligforeningen"), ["bolig", "forening"]);
    }
}
