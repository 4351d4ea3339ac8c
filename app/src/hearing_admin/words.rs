//! A word-level diff of two texts: the longest common subsequence of their words, with
//! runs of kept, inserted and deleted words. Whitespace belongs to the word before it, so
//! joining the runs of one side gives that side's text back. Also the common items of two
//! sequences (a draft's paragraph anchors). Both by `similar`'s Myers diff (see
//! docs/BENCHMARKS.md, "Draft diffs").

#[cfg(feature = "ssr")]
use std::hash::Hash;

use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use similar::{Algorithm, DiffTag, capture_diff_slices};

/// The diff algorithm: Myers' with `similar`'s bound on hard inputs (raw Myers took 1.4 s on
/// 100 unlike words against 40,000; this 2 ms). On drafts it keeps as many words as the
/// table did (`diff_timing`).
#[cfg(feature = "ssr")]
const ALGORITHM: Algorithm = Algorithm::Myers;

/// What happened to a run of words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// In both texts.
    Same,
    /// Only in the new text.
    Insert,
    /// Only in the old text.
    Delete,
}

/// A run of words with what happened to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// Kept, inserted or deleted.
    pub op: Op,
    /// The words with their following whitespace.
    pub text: String,
}

/// Splits a text into words, each with the whitespace after it.
#[cfg(feature = "ssr")]
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            out.push(&text[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Above this many word pairs the texts are shown as replaced whole, as the hand-written
/// table it replaced did (and so the time a pair of unlike long paragraphs takes stays
/// bounded).
#[cfg(feature = "ssr")]
const MAX_CELLS: usize = 4_000_000;

/// The runs that turn `old` into `new`, compared word by word (ignoring the whitespace
/// after each word): an edit script by `similar`'s Myers diff, kept words written as in
/// `new`, a changed stretch as its deleted words before its inserted ones.
#[cfg(feature = "ssr")]
pub fn diff_words(old: &str, new: &str) -> Vec<Run> {
    let (a, b) = (tokens(old), tokens(new));
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        return [(Op::Delete, old), (Op::Insert, new)]
            .into_iter()
            .filter(|(_, text)| !text.is_empty())
            .map(|(op, text)| Run {
                op,
                text: text.to_owned(),
            })
            .collect();
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut push = |op: Op, words: &[&str]| {
        for word in words {
            match runs.last_mut() {
                Some(last) if last.op == op => last.text.push_str(word),
                _ => runs.push(Run {
                    op,
                    text: (*word).to_owned(),
                }),
            }
        }
    };
    for op in capture_diff_slices(ALGORITHM, &keys(&a), &keys(&b)) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => push(Op::Same, &b[new_range]),
            DiffTag::Delete => push(Op::Delete, &a[old_range]),
            DiffTag::Insert => push(Op::Insert, &b[new_range]),
            DiffTag::Replace => {
                push(Op::Delete, &a[old_range]);
                push(Op::Insert, &b[new_range]);
            }
        }
    }
    runs
}

/// The words without their whitespace.
#[cfg(feature = "ssr")]
fn keys<'t>(tokens: &[&'t str]) -> Vec<&'t str> {
    tokens.iter().map(|t| t.trim_end()).collect()
}

/// The index pairs of the items `old` and `new` keep in common, in order: a longest
/// common subsequence as the edit script finds it.
#[cfg(feature = "ssr")]
pub fn common<T: Eq + Hash>(old: &[T], new: &[T]) -> Vec<(usize, usize)> {
    capture_diff_slices(ALGORITHM, old, new)
        .iter()
        .filter(|op| op.tag() == DiffTag::Equal)
        .flat_map(|op| {
            let (_, old_range, new_range) = op.as_tag_tuple();
            old_range.zip(new_range)
        })
        .collect()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn side(runs: &[Run], skip: Op) -> String {
        runs.iter()
            .filter(|r| r.op != skip)
            .map(|r| r.text.as_str())
            .collect()
    }

    #[test]
    fn a_changed_word_is_deleted_and_inserted_and_the_rest_kept() {
        let old = "Alle børn skal lære dansk.";
        let new = "Alle børn og unge skal lære dansk tidligt.";
        let runs = diff_words(old, new);
        assert_eq!(side(&runs, Op::Insert), old);
        assert_eq!(side(&runs, Op::Delete), new);
        let inserted: Vec<&str> = runs
            .iter()
            .filter(|r| r.op == Op::Insert)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(inserted, ["og unge ", "dansk tidligt."]);
        let deleted: Vec<&str> = runs
            .iter()
            .filter(|r| r.op == Op::Delete)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(deleted, ["dansk."]);
    }

    #[test]
    fn equal_texts_are_one_kept_run_and_empty_sides_are_whole() {
        assert_eq!(
            diff_words("a b c", "a b c"),
            vec![Run {
                op: Op::Same,
                text: "a b c".into()
            }]
        );
        assert_eq!(
            diff_words("", "ny tekst"),
            vec![Run {
                op: Op::Insert,
                text: "ny tekst".into()
            }]
        );
        assert_eq!(
            diff_words("gammel", ""),
            vec![Run {
                op: Op::Delete,
                text: "gammel".into()
            }]
        );
    }
}
