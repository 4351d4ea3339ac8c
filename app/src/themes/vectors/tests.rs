//! Vectors read from an in-memory index built through the product's path.

use chrono::{TimeZone, Utc};

use super::{DocVectors, VectorSettings, read};
use crate::search::analysis::{DANISH, ENGLISH};
use crate::search::document::IndexDoc;
use crate::themes::cluster::tests::indexed;

fn doc(id: i32, hearing_id: i32, language: &str, text: &str) -> IndexDoc {
    IndexDoc {
        response_id: id,
        hearing_id,
        version: 1,
        submitted_at: Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap(),
        language: Some(language.into()),
        keywords: Vec::new(),
        names: String::new(),
        private_text: text.into(),
        public_text: None,
    }
}

fn vectors(docs: &[IndexDoc], removed: &[i32], hearing: i32, only: Option<&[i32]>) -> DocVectors {
    let index = indexed(docs, removed);
    let settings = VectorSettings::default();
    read(&index.searcher(), &index.fields, hearing, only, &settings).unwrap()
}

fn texts(v: &DocVectors, row: usize) -> Vec<String> {
    v.counts[row]
        .indices
        .iter()
        .map(|&t| v.terms[t as usize].text.clone())
        .collect()
}

#[test]
fn one_response_has_a_row_of_its_own_words() {
    let v = vectors(
        &[doc(4, 1, "da", "Boligerne i 2026 er for dyre")],
        &[],
        1,
        None,
    );
    assert_eq!(v.ids, [4]);
    assert!(!v.rows[0].is_empty());
    assert!((v.rows[0].norm() - 1.0).abs() < 1e-5);
    assert!(texts(&v, 0).iter().all(|t| !t.contains("2026")));
}

#[test]
fn other_hearings_deleted_and_unselected_responses_are_left_out() {
    let docs = [
        doc(1, 1, "da", "almene boliger og husleje"),
        doc(2, 1, "da", "almene boliger og skoler"),
        doc(3, 2, "da", "almene boliger og husleje"),
        doc(4, 1, "da", "skoler og husleje"),
        doc(5, 1, "da", ""),
    ];
    let v = vectors(&docs, &[4], 1, None);
    assert_eq!(v.ids, [1, 2, 5]);
    assert!(v.rows[2].is_empty(), "no text, an empty row");
    let only = vectors(&docs, &[], 1, Some(&[2, 4, 9]));
    assert_eq!(only.ids, [2, 4]);
}

#[test]
fn a_word_in_another_analyser_is_another_feature() {
    let docs = [
        doc(1, 1, "da", "integration integration"),
        doc(2, 1, "en", "integration"),
    ];
    let v = vectors(&docs, &[], 1, None);
    let analysers: Vec<&str> = v.terms.iter().map(|t| t.analyser).collect();
    assert_eq!(analysers, [DANISH, ENGLISH]);
    assert_eq!(v.counts[0].values, [2.0]);
    assert_eq!(v.rows[0].dot(&v.rows[1]), 0.0);
}

#[test]
fn bounds_apply_from_enough_documents_and_select_weighs_again() {
    // 20 documents: "bolig" in all (boilerplate), "skole" in 10, "park" in one.
    let docs: Vec<IndexDoc> = (1..=20)
        .map(|i| {
            let extra = if i == 1 { " park" } else { "" };
            let topic = if i % 2 == 0 { "skole" } else { "fodbold" };
            doc(i, 1, "da", &format!("bolig {topic}{extra}"))
        })
        .collect();
    let v = vectors(&docs, &[], 1, None);
    assert_eq!(v.df, [10, 10], "only skole and fodbold: {:?}", v.terms);
    let few = v.select(&[1, 2, 3]);
    assert_eq!(few.ids, [1, 2, 3]);
    // Three rows: every term counts again, "bolig" (df 3) and "park" (df 1) too.
    let mut df = few.df.clone();
    df.sort_unstable();
    assert_eq!(df, [1, 1, 2, 3]);
}

#[test]
fn merged_rows_add_their_counts_under_the_smallest_id() {
    let docs = [
        doc(1, 1, "da", "cykelsti cykelsti"),
        doc(2, 1, "da", "cykelsti"),
        doc(3, 1, "da", "parkering"),
    ];
    let v = vectors(&docs, &[], 1, None);
    let m = v.merge(&[vec![2, 1, 7]]);
    assert_eq!(m.ids, [1, 3]);
    assert_eq!(m.counts[0].values, [3.0]);
    assert_eq!(m.merge(&[]).ids, m.ids);
}
