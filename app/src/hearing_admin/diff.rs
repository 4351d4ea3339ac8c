//! The differences between two versions of a draft, section by section and paragraph by
//! paragraph. Anchors are content hashes, so a paragraph whose anchor is in both versions is
//! unchanged; between two unchanged paragraphs, removed and added ones are paired by position
//! as changed (with a word diff), the rest are removed or added. Sections are paired by
//! anchor (their heading), else by number (a renamed heading). A paragraph moved to another
//! section shows as removed there and added here.

use serde::{Deserialize, Serialize};

use super::words::Run;
#[cfg(feature = "ssr")]
use super::words::{Op, common, diff_words};
#[cfg(feature = "ssr")]
use crate::draft::{DraftDto, ParagraphDto, SectionDto};

/// What happened to a section or a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Only in the newer version.
    Added,
    /// Only in the older version.
    Removed,
    /// In both, with different text.
    Changed,
    /// In both, the same.
    Unchanged,
}

impl Change {
    /// The name used in the API and the page's classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
            Change::Unchanged => "unchanged",
        }
    }
}

/// One paragraph's change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphDiff {
    /// What happened.
    pub change: Change,
    /// Its number in the older version.
    pub old_number: Option<String>,
    /// Its number in the newer version.
    pub new_number: Option<String>,
    /// Its anchor in the newer version, else in the older.
    pub anchor: String,
    /// The text as runs of kept, inserted and deleted words.
    pub runs: Vec<Run>,
}

/// One section's change and its paragraphs'.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionDiff {
    /// What happened: changed when the heading or any paragraph changed.
    pub change: Change,
    /// Its number in the newer version, else in the older.
    pub number: String,
    /// Its heading in the newer version, else in the older.
    pub heading: String,
    /// The older heading, when it was renamed.
    pub old_heading: Option<String>,
    /// The paragraphs in reading order, removed ones where they stood.
    pub paragraphs: Vec<ParagraphDiff>,
}

/// The differences between two versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftDiff {
    /// The older version's number.
    pub from_version: i32,
    /// The newer version's number.
    pub to_version: i32,
    /// Sections in the newer version's order, removed ones where they stood.
    pub sections: Vec<SectionDiff>,
    /// Paragraphs added, removed, changed and unchanged.
    pub counts: [usize; 4],
}

/// Compares two versions of a draft.
#[cfg(feature = "ssr")]
pub fn diff_drafts(old: &DraftDto, new: &DraftDto) -> DraftDiff {
    let pairs = pair_sections(&old.sections, &new.sections);
    let mut sections = Vec::new();
    let mut next_old = 0;
    let mut emit_removed_before = |limit: usize, sections: &mut Vec<SectionDiff>| {
        while next_old < limit {
            if !pairs.iter().any(|(o, _)| *o == Some(next_old)) {
                sections.push(section_diff(Some(&old.sections[next_old]), None));
            }
            next_old += 1;
        }
    };
    for (old_index, new_index) in &pairs {
        if let Some(o) = old_index {
            emit_removed_before(*o, &mut sections);
        }
        let new_section = new_index.map(|n| &new.sections[n]);
        sections.push(section_diff(
            old_index.map(|o| &old.sections[o]),
            new_section,
        ));
    }
    emit_removed_before(old.sections.len(), &mut sections);
    let mut counts = [0; 4];
    for p in sections.iter().flat_map(|s| &s.paragraphs) {
        counts[p.change as usize] += 1;
    }
    DraftDiff {
        from_version: old.version_no,
        to_version: new.version_no,
        sections,
        counts,
    }
}

/// For each new section in order, the old section it continues (same anchor, else the same
/// number among the unpaired).
#[cfg(feature = "ssr")]
fn pair_sections(old: &[SectionDto], new: &[SectionDto]) -> Vec<(Option<usize>, Option<usize>)> {
    let mut taken = vec![false; old.len()];
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = new
        .iter()
        .map(|s| {
            let found = old.iter().position(|o| o.anchor == s.anchor);
            if let Some(o) = found {
                taken[o] = true;
            }
            (found, None)
        })
        .collect();
    for (n, section) in new.iter().enumerate() {
        pairs[n].1 = Some(n);
        if pairs[n].0.is_none() {
            let found = (0..old.len()).find(|&o| !taken[o] && old[o].number == section.number);
            if let Some(o) = found {
                taken[o] = true;
                pairs[n].0 = Some(o);
            }
        }
    }
    pairs
}

#[cfg(feature = "ssr")]
fn section_diff(old: Option<&SectionDto>, new: Option<&SectionDto>) -> SectionDiff {
    let empty = Vec::new();
    let old_paragraphs = old.map_or(&empty, |s| &s.paragraphs);
    let new_paragraphs = new.map_or(&empty, |s| &s.paragraphs);
    let paragraphs = paragraph_diffs(old_paragraphs, new_paragraphs);
    let shown = new.or(old).expect("a section on one side at least");
    let old_heading = old
        .filter(|o| new.is_some_and(|n| n.heading != o.heading))
        .map(|o| o.heading.clone());
    let change = match (old, new) {
        (None, _) => Change::Added,
        (_, None) => Change::Removed,
        _ if old_heading.is_some() || paragraphs.iter().any(|p| p.change != Change::Unchanged) => {
            Change::Changed
        }
        _ => Change::Unchanged,
    };
    SectionDiff {
        change,
        number: shown.number.clone(),
        heading: shown.heading.clone(),
        old_heading,
        paragraphs,
    }
}

/// Paragraphs aligned on their anchors; the gaps between are paired by position.
#[cfg(feature = "ssr")]
fn paragraph_diffs(old: &[ParagraphDto], new: &[ParagraphDto]) -> Vec<ParagraphDiff> {
    let a: Vec<&str> = old.iter().map(|p| p.anchor.as_str()).collect();
    let b: Vec<&str> = new.iter().map(|p| p.anchor.as_str()).collect();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (mi, mj) in common(&a, &b).into_iter().chain([(old.len(), new.len())]) {
        let (gap_old, gap_new) = (&old[i..mi], &new[j..mj]);
        for k in 0..gap_old.len().max(gap_new.len()) {
            out.push(paragraph(gap_old.get(k), gap_new.get(k)));
        }
        if mi < old.len() {
            out.push(paragraph(Some(&old[mi]), Some(&new[mj])));
        }
        (i, j) = (mi + 1, mj + 1);
    }
    out
}

#[cfg(feature = "ssr")]
fn paragraph(old: Option<&ParagraphDto>, new: Option<&ParagraphDto>) -> ParagraphDiff {
    let text = |p: Option<&ParagraphDto>| p.map(|p| p.block.body()).unwrap_or_default();
    let (old_text, new_text) = (text(old), text(new));
    let change = match (old, new) {
        (None, _) => Change::Added,
        (_, None) => Change::Removed,
        (Some(o), Some(n)) if o.anchor == n.anchor => Change::Unchanged,
        _ => Change::Changed,
    };
    let runs = match change {
        Change::Unchanged => vec![Run {
            op: Op::Same,
            text: new_text,
        }],
        _ => diff_words(&old_text, &new_text),
    };
    ParagraphDiff {
        change,
        old_number: old.map(|p| p.number.clone()),
        new_number: new.map(|p| p.number.clone()),
        anchor: new.or(old).map(|p| p.anchor.clone()).unwrap_or_default(),
        runs,
    }
}

#[cfg(all(test, feature = "ssr"))]
#[path = "diff_tests.rs"]
mod tests;
