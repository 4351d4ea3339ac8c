//! A word-level diff of two texts: the longest common subsequence of their words, with
//! runs of kept, inserted and deleted words. Whitespace belongs to the word before it, so
//! joining the runs of one side gives that side's text back.

use serde::{Deserialize, Serialize};

/// Above this many word pairs the texts are shown as replaced whole (the table would be big).
const MAX_CELLS: usize = 4_000_000;

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

/// The runs that turn `old` into `new`, compared word by word (ignoring the whitespace
/// after each word).
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
    let key = |t: &str| t.trim_end().to_owned();
    let (ka, kb): (Vec<String>, Vec<String>) = (
        a.iter().map(|t| key(t)).collect(),
        b.iter().map(|t| key(t)).collect(),
    );
    // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
    let width = b.len() + 1;
    let mut lcs = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * width + j] = if ka[i] == kb[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut push = |op: Op, text: &str| match runs.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => runs.push(Run {
            op,
            text: text.to_owned(),
        }),
    };
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && ka[i] == kb[j] {
            push(Op::Same, b[j]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i * width + j + 1] > lcs[(i + 1) * width + j])
        {
            push(Op::Insert, b[j]);
            j += 1;
        } else {
            push(Op::Delete, a[i]);
            i += 1;
        }
    }
    runs
}

#[cfg(test)]
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
