//! Synthetic Danish responses through the product's index, vectors and clustering.

use super::synthetic::{self, Synthetic};
use super::{Clustering, Settings, cluster};
use crate::search::document::IndexDoc;
use crate::search::index::SearchIndex;
use crate::themes::metrics::nmi;
use crate::themes::vectors::{self, DocVectors, SparseVec, VectorSettings};

/// An in-memory index holding `docs`, committed and reloaded.
pub(crate) fn indexed(docs: &[IndexDoc], removed: &[i32]) -> SearchIndex {
    let index = SearchIndex::in_ram().unwrap();
    let mut writer = index.current().writer().unwrap();
    writer.apply(&index.fields, docs, &[]).unwrap();
    writer.commit().unwrap();
    if !removed.is_empty() {
        writer.apply(&index.fields, &[], removed).unwrap();
        writer.commit().unwrap();
    }
    index.current().reload().unwrap();
    index
}

fn vectors_of(responses: &[Synthetic]) -> DocVectors {
    let index = indexed(&synthetic::index_docs(responses, 1), &[]);
    vectors::read(
        &index.searcher(),
        &index.fields,
        1,
        None,
        &VectorSettings::default(),
    )
    .unwrap()
}

fn labels(responses: &[Synthetic]) -> Vec<usize> {
    responses.iter().map(|r| r.label).collect()
}

#[test]
fn six_danish_topics_are_found_with_k_given() {
    let responses = synthetic::responses(300, 1);
    let v = vectors_of(&responses);
    assert_eq!(v.len(), 300);
    let c = cluster(&v.rows, v.dims(), Some(6), &Settings::default());
    assert_eq!(c.k, 6);
    let score = nmi(&labels(&responses), &c.labels);
    assert!(score > 0.8, "NMI {score}");
}

#[test]
fn six_danish_topics_are_found_with_k_chosen() {
    let responses = synthetic::responses(300, 2);
    let v = vectors_of(&responses);
    let c = cluster(&v.rows, v.dims(), None, &Settings::default());
    let score = nmi(&labels(&responses), &c.labels);
    assert!(score > 0.8, "NMI {score} with k = {}", c.k);
    assert!((2..=30).contains(&c.k));
}

#[test]
fn the_same_input_gives_the_same_groups() {
    let responses = synthetic::responses(120, 3);
    let v = vectors_of(&responses);
    let settings = Settings::default();
    let a = cluster(&v.rows, v.dims(), None, &settings);
    let b = cluster(&v.clone().rows, v.dims(), None, &settings);
    assert_eq!(a, b);
    let again = vectors_of(&responses);
    assert_eq!(again.rows, v.rows);
    assert_eq!(again.terms, v.terms);
}

fn unit(indices: &[u32]) -> SparseVec {
    let value = 1.0 / (indices.len() as f32).sqrt();
    SparseVec {
        indices: indices.to_vec(),
        values: vec![value; indices.len()],
    }
}

#[test]
fn tiny_inputs_never_panic() {
    let settings = Settings::default();
    let none = cluster(&[], 0, None, &settings);
    assert_eq!(
        none,
        Clustering {
            labels: vec![],
            k: 0
        }
    );
    assert_eq!(cluster(&[], 0, Some(4), &settings).k, 0);
    let one = [unit(&[0, 1])];
    assert_eq!(cluster(&one, 2, None, &settings).labels, [0]);
    assert_eq!(cluster(&one, 2, Some(5), &settings).k, 1);
    let two = [unit(&[0, 1]), unit(&[2, 3])];
    assert_eq!(cluster(&two, 4, None, &settings).k, 1);
    let split = cluster(&two, 4, Some(2), &settings);
    assert_eq!((split.k, split.labels[0] != split.labels[1]), (2, true));
    for n in 3..=7 {
        let rows: Vec<SparseVec> = (0..n).map(|i| unit(&[i % 2, 2 + i % 2])).collect();
        let c = cluster(&rows, 4, None, &settings);
        assert!(c.k >= 1 && c.k <= 2, "{n} rows: k = {}", c.k);
        assert!(c.labels.iter().all(|&l| l < c.k));
    }
}

#[test]
fn empty_rows_join_the_largest_group() {
    let settings = Settings::default();
    let empty = [SparseVec::default(), SparseVec::default()];
    let c = cluster(&empty, 3, None, &settings);
    assert_eq!((c.k, c.labels.clone()), (1, vec![0, 0]));
    let rows = [
        unit(&[0]),
        SparseVec::default(),
        unit(&[1]),
        unit(&[1]),
        unit(&[0, 1]),
    ];
    let c = cluster(&rows, 2, Some(2), &settings);
    assert_eq!(c.k, 2);
    assert_eq!(c.labels[1], 0);
    assert_eq!(c.labels[2], c.labels[3]);
}

#[test]
fn many_features_go_through_lsa_and_back() {
    // More features than `lsa_dims`: two groups on disjoint vocabularies.
    let rows: Vec<SparseVec> = (0..60u32)
        .map(|i| {
            let base = if i % 2 == 0 { 0 } else { 200 };
            unit(&[base + i % 7, base + 10 + i % 11, base + 30 + i % 5])
        })
        .collect();
    let settings = Settings {
        lsa_dims: 8,
        ..Settings::default()
    };
    let c = cluster(&rows, 400, Some(2), &settings);
    let truth: Vec<usize> = (0..60).map(|i| i % 2).collect();
    assert!(nmi(&truth, &c.labels) > 0.99, "{:?}", c.labels);
}

#[test]
#[ignore = "timing experiment; run with --release -- --ignored --nocapture"]
fn experiment_synthetic_sizes() {
    for n in [1_000, 10_000] {
        let responses = synthetic::responses(n, 9);
        let started = std::time::Instant::now();
        let v = vectors_of(&responses);
        let read = started.elapsed();
        for k in [Some(6), None] {
            let started = std::time::Instant::now();
            let c = cluster(&v.rows, v.dims(), k, &Settings::default());
            let score = nmi(&labels(&responses), &c.labels);
            println!(
                "n {n} dims {} k {:?} -> {} NMI {score:.3} read {read:?} cluster {:?}",
                v.dims(),
                k,
                c.k,
                started.elapsed()
            );
        }
    }
}
