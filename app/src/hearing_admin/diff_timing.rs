//! The word and anchor diffs against the hand-written longest-common-subsequence table they
//! replaced: as many words and anchors kept on generated drafts and texts with many ties
//! (the table finds a longest common subsequence; Myers' bound on hard inputs could keep
//! fewer, not here), and, ignored unless asked for, the time each takes on a 2,000-paragraph
//! draft with scattered edits (`cargo test -p app --features ssr --lib diff_timing --
//! --ignored --nocapture`; the figures are in docs/BENCHMARKS.md, "Draft diffs").

use std::time::{Duration, Instant};

use super::words::{Op, Run, common, diff_words};

/// The diff that was replaced, as it was (words.rs and diff.rs before `similar`).
mod table {
    use super::super::words::{Op, Run};

    /// The longest common subsequence's index pairs, by the full table.
    pub fn common<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
        let width = b.len() + 1;
        let mut lcs = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                lcs[i * width + j] = if a[i] == b[j] {
                    lcs[(i + 1) * width + j + 1] + 1
                } else {
                    lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
        while i < a.len() && j < b.len() {
            if a[i] == b[j] {
                pairs.push((i, j));
                (i, j) = (i + 1, j + 1);
            } else if lcs[(i + 1) * width + j] >= lcs[i * width + j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
        pairs
    }

    /// The word diff by the table (the cap left out: the callers here stay under it).
    pub fn diff_words(a: &[&str], b: &[&str]) -> Vec<Run> {
        let key = |t: &&str| t.trim_end().to_owned();
        let (ka, kb): (Vec<String>, Vec<String>) =
            (a.iter().map(key).collect(), b.iter().map(key).collect());
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
                (i, j) = (i + 1, j + 1);
            } else if j < b.len()
                && (i == a.len() || lcs[i * width + j + 1] > lcs[(i + 1) * width + j])
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
}

const WORDS: &[&str] = &[
    "kommunen",
    "skal",
    "borgere",
    "og",
    "i",
    "at",
    "der",
    "til",
    "med",
    "for",
    "er",
    "det",
    "en",
    "på",
    "som",
    "integration",
    "beskæftigelse",
    "uddannelse",
    "bolig",
    "fællesskab",
    "sprog",
    "børn",
    "unge",
    "forældre",
    "virksomheder",
    "foreninger",
    "indsats",
    "mål",
    "politik",
    "arbejde",
    "byen",
    "alle",
    "flere",
    "styrke",
    "tilbud",
    "samarbejde",
];

/// A deterministic stream of numbers (a linear congruential generator) and the words texts
/// are made of.
struct Numbers(u64, Vec<String>);

impl Numbers {
    /// Words drawn from the built-in list (few words: many ties, hard for a diff).
    fn few(seed: u64) -> Self {
        Numbers(seed, WORDS.iter().map(|w| (*w).to_owned()).collect())
    }

    /// Words drawn as often as they occur in the demo synopsis (`shared/seed/`) when it is
    /// there, else from the built-in list.
    fn prose(seed: u64) -> Self {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/seed/synopsis-integrationspolitik.txt"
        );
        match std::fs::read_to_string(path) {
            Ok(text) => Numbers(seed, text.split_whitespace().map(str::to_owned).collect()),
            Err(_) => Numbers::few(seed),
        }
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }

    fn text(&mut self, words: usize) -> String {
        let picks: Vec<usize> = (0..words).map(|_| self.below(self.1.len())).collect();
        let mut out: Vec<&str> = picks.iter().map(|&k| self.1[k].as_str()).collect();
        if let Some(last) = out.last_mut() {
            *last = "slut.";
        }
        out.join(" ")
    }

    /// `text` with `edits` words replaced, inserted or removed at random places.
    fn edited(&mut self, text: &str, edits: usize) -> String {
        let mut words: Vec<&str> = text.split(' ').collect();
        for _ in 0..edits {
            let at = self.below(words.len().max(1));
            match self.below(3) {
                0 if !words.is_empty() => words[at] = "ændret",
                1 => words.insert(at, "tilføjet"),
                _ if words.len() > 1 => drop(words.remove(at)),
                _ => {}
            }
        }
        words.join(" ")
    }
}

/// A draft of `n` paragraphs (20–80 words) and its next version: every 40th paragraph
/// edited in two to five words, every 97th removed, a new one after every 113th; and the
/// edited paragraphs' pairs.
fn draft_pair(mut numbers: Numbers, n: usize) -> (Vec<String>, Vec<String>, Vec<(usize, usize)>) {
    let old: Vec<String> = (0..n)
        .map(|_| {
            let words = 20 + numbers.below(61);
            numbers.text(words)
        })
        .collect();
    let (mut new, mut edited) = (Vec::new(), Vec::new());
    for (i, p) in old.iter().enumerate() {
        if i % 97 == 5 {
            continue;
        }
        if i % 40 == 7 {
            let edits = 2 + numbers.below(4);
            edited.push((i, new.len()));
            new.push(numbers.edited(p, edits));
        } else {
            new.push(p.clone());
        }
        if i % 113 == 9 {
            new.push(numbers.text(30));
        }
    }
    (old, new, edited)
}

fn tokens(text: &str) -> Vec<&str> {
    text.split_inclusive(' ').collect()
}

fn kept(runs: &[Run]) -> usize {
    runs.iter()
        .filter(|r| r.op == Op::Same)
        .map(|r| r.text.split_whitespace().count())
        .sum()
}

fn side(runs: &[Run], skip: Op) -> String {
    runs.iter()
        .filter(|r| r.op != skip)
        .map(|r| r.text.as_str())
        .collect()
}

#[test]
fn as_many_words_and_anchors_are_kept_as_the_table_kept() {
    let mut numbers = Numbers::few(7);
    for round in 0..300 {
        let words = 1 + numbers.below(40);
        let old = numbers.text(words);
        let edits = numbers.below(12);
        let new = if round % 5 == 0 {
            numbers.text(words)
        } else {
            numbers.edited(&old, edits)
        };
        let runs = diff_words(&old, &new);
        assert_eq!(side(&runs, Op::Delete), new);
        let by_table = table::diff_words(&tokens(&old), &tokens(&new));
        assert_eq!(kept(&runs), kept(&by_table), "{old:?} → {new:?}");
    }
    let (old, new, _) = draft_pair(Numbers::few(20), 300);
    assert_eq!(common(&old, &new).len(), table::common(&old, &new).len());
    assert!(common(&old, &new).iter().all(|&(i, j)| old[i] == new[j]));
}

/// The median of five runs of `f`.
fn time(mut f: impl FnMut()) -> Duration {
    let mut runs: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    runs.sort();
    runs[2]
}

fn report(what: &str, table: Duration, similar: Duration) {
    println!("{what}: table {table:.2?}, similar {similar:.2?}");
}

#[test]
#[ignore = "a timing: run it by name with --ignored --nocapture"]
fn diff_timing() {
    let prose = Numbers::prose(20);
    println!("texts of {} words of prose", prose.1.len());
    let (old, new, edited) = draft_pair(prose, 2000);
    report(
        "anchors of 2,000 paragraphs",
        time(|| drop(table::common(&old, &new))),
        time(|| drop(common(&old, &new))),
    );
    let pairs: Vec<(&String, &String)> = edited.iter().map(|&(o, n)| (&old[o], &new[n])).collect();
    report(
        &format!("word diffs of the {} edited paragraphs", pairs.len()),
        time(|| {
            pairs
                .iter()
                .for_each(|(o, n)| drop(table::diff_words(&tokens(o), &tokens(n))))
        }),
        time(|| pairs.iter().for_each(|(o, n)| drop(diff_words(o, n)))),
    );
    let unlike: Vec<(&String, &String)> = old.iter().zip(old.iter().skip(1)).take(50).collect();
    report(
        "word diffs of 50 pairs of unlike paragraphs",
        time(|| {
            unlike
                .iter()
                .for_each(|(o, n)| drop(table::diff_words(&tokens(o), &tokens(n))))
        }),
        time(|| unlike.iter().for_each(|(o, n)| drop(diff_words(o, n)))),
    );
    let mut numbers = Numbers::prose(3);
    let long = numbers.text(2000);
    let edited = numbers.edited(&long, 20);
    report(
        "one 2,000-word paragraph, 20 edits",
        time(|| drop(table::diff_words(&tokens(&long), &tokens(&edited)))),
        time(|| drop(diff_words(&long, &edited))),
    );
    let other = numbers.text(2000);
    report(
        "two unlike 2,000-word paragraphs (the cap)",
        time(|| drop(table::diff_words(&tokens(&long), &tokens(&other)))),
        time(|| drop(diff_words(&long, &other))),
    );
    let (short, wide) = (numbers.text(100), numbers.text(40_000));
    report(
        "100 unlike words against 40,000 (the cap)",
        time(|| drop(table::diff_words(&tokens(&short), &tokens(&wide)))),
        time(|| drop(diff_words(&short, &wide))),
    );
    let huge = numbers.text(1_000_000);
    report(
        "4 words against 1,000,000",
        time(|| {
            drop(table::diff_words(
                &tokens("kommunen skal alle slut."),
                &tokens(&huge),
            ))
        }),
        time(|| drop(diff_words("kommunen skal alle slut.", &huge))),
    );
}
