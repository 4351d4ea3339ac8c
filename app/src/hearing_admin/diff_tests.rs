//! Tests of [`super::diff_drafts`] on drafts parsed from Markdown, as they are stored.

use super::*;
use crate::draft::markdown::parse;

fn draft(version_no: i32, markdown: &str) -> DraftDto {
    let parsed = parse(markdown.as_bytes()).expect("a valid draft");
    DraftDto {
        version_no,
        title: parsed.title,
        imported_at: chrono::Utc::now(),
        imported_local: chrono::NaiveDateTime::default(),
        sections: parsed.sections,
    }
}

const V1: &str = "# Politik\n\n## Sprog\n\nAlle børn skal lære dansk.\n\nForældre får tilbud om kurser.\n\nBiblioteket hjælper.\n\n## Arbejde\n\nFlere skal i job.\n\n## Bolig\n\nBlandede byer.\n";
const V2: &str = "# Politik\n\n## Sprog\n\nAlle børn og unge skal lære dansk.\n\nForældre får tilbud om kurser.\n\n## Arbejde\n\nFlere skal i job.\n\nVirksomheder inviteres med.\n\n## Fællesskab\n\nForeninger støttes.\n";

fn changes(section: &SectionDiff) -> Vec<Change> {
    section.paragraphs.iter().map(|p| p.change).collect()
}

#[test]
fn unchanged_paragraphs_keep_their_anchor_and_changed_ones_get_a_word_diff() {
    let (old, new) = (draft(1, V1), draft(2, V2));
    let diff = diff_drafts(&old, &new);
    assert_eq!((diff.from_version, diff.to_version), (1, 2));
    let sprog = &diff.sections[0];
    assert_eq!(sprog.heading, "Sprog");
    assert_eq!(sprog.change, Change::Changed);
    assert_eq!(
        changes(sprog),
        [Change::Changed, Change::Unchanged, Change::Removed]
    );
    let changed = &sprog.paragraphs[0];
    assert_eq!(changed.old_number.as_deref(), Some("1"));
    assert_eq!(changed.new_number.as_deref(), Some("1"));
    assert!(
        changed
            .runs
            .iter()
            .any(|r| r.op == Op::Insert && r.text == "og unge ")
    );
    let kept = &sprog.paragraphs[1];
    assert_eq!(kept.anchor, old.sections[0].paragraphs[1].anchor);
    assert_eq!(kept.anchor, new.sections[0].paragraphs[1].anchor);
    assert_eq!(sprog.paragraphs[2].runs[0].op, Op::Delete);
}

#[test]
fn sections_are_added_removed_and_kept_in_reading_order() {
    let diff = diff_drafts(&draft(1, V1), &draft(2, V2));
    let headings: Vec<(&str, Change)> = diff
        .sections
        .iter()
        .map(|s| (s.heading.as_str(), s.change))
        .collect();
    assert_eq!(
        headings,
        [
            ("Sprog", Change::Changed),
            ("Arbejde", Change::Changed),
            ("Fællesskab", Change::Changed),
        ],
        "Bolig (3) and Fællesskab (3) pair by number as a renamed section"
    );
    let renamed = &diff.sections[2];
    assert_eq!(renamed.old_heading.as_deref(), Some("Bolig"));
    assert_eq!(changes(renamed), [Change::Changed]);
    assert_eq!(
        changes(&diff.sections[1]),
        [Change::Unchanged, Change::Added]
    );
    assert_eq!(diff.counts, [1, 1, 2, 2]);
}

#[test]
fn a_section_only_in_one_version_is_added_or_removed_whole() {
    let old = draft(1, "# T\n\n## A\n\nEt.\n\n## B\n\nTo.\n");
    let new = draft(2, "# T\n\n## B\n\nTo.\n\n## C\n\nTre.\n\n## D\n\nFire.\n");
    let diff = diff_drafts(&old, &new);
    let headings: Vec<(&str, Change)> = diff
        .sections
        .iter()
        .map(|s| (s.heading.as_str(), s.change))
        .collect();
    assert_eq!(
        headings,
        [
            ("A", Change::Removed),
            ("B", Change::Unchanged),
            ("C", Change::Added),
            ("D", Change::Added),
        ],
        "C (2) does not pair with B (2 before, kept by its anchor)"
    );
    assert_eq!(diff.counts, [2, 1, 0, 1]);
}

#[test]
fn identical_versions_have_nothing_but_unchanged() {
    let diff = diff_drafts(&draft(1, V1), &draft(1, V1));
    assert!(diff.sections.iter().all(|s| s.change == Change::Unchanged));
    assert_eq!(diff.counts, [0, 0, 0, 5]);
}
