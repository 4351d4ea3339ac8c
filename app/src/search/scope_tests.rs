//! One index for both scopes: what each scope finds when the published text differs from the
//! text as sent, and compounds split against the vocabulary each scope may know.

use std::collections::BTreeMap;

use chrono::{TimeZone, Utc};

use super::document::IndexDoc;
use super::index::SearchIndex;
use super::schema::Scope;
use super::searcher::{Request, Sort, run};

/// A Danish response of hearing 1: `public` is its published text, when shown.
fn doc(id: i32, text: &str, public: Option<&str>) -> IndexDoc {
    IndexDoc {
        response_id: id,
        hearing_id: 1,
        version: 1,
        submitted_at: Utc.with_ymd_and_hms(2026, 9, 1, 12, 0, 0).unwrap(),
        language: Some("da".into()),
        keywords: vec![("kind", "resident".into())],
        names: "Jens Hemmelighed".into(),
        private_text: text.to_owned(),
        public_text: public.map(str::to_owned),
    }
}

fn index(batches: &[Vec<IndexDoc>]) -> SearchIndex {
    let index = SearchIndex::in_ram().unwrap();
    let mut writer = index.current().writer().unwrap();
    for batch in batches {
        writer.apply(&index.fields, batch, &[]).unwrap();
        writer.commit().unwrap();
    }
    index.current().reload().unwrap();
    index
}

fn find(index: &SearchIndex, scope: Scope, text: &str) -> (Vec<i32>, usize) {
    let request = Request {
        hearing_id: 1,
        scope,
        text: text.into(),
        filters: BTreeMap::new(),
        sort: Sort::Relevance,
        offset: 0,
        limit: 50,
    };
    let found = run(&index.searcher(), &index.fields, &request).unwrap();
    let mut ids: Vec<i32> = found.hits.iter().map(|h| h.response_id).collect();
    ids.sort();
    (ids, found.total)
}

fn corpus() -> SearchIndex {
    let redacted = "Boligerne på [udeladt] er dårlige.";
    index(&[vec![
        doc(
            1,
            "Der mangler boliger til unge. Ungdom er dyrt.",
            Some("Der mangler boliger til unge. Ungdom er dyrt."),
        ),
        doc(
            2,
            "Flere ungdomsboliger, tak.",
            Some("Flere ungdomsboliger, tak."),
        ),
        doc(3, "Boligerne på Hemmeligvej er dårlige.", Some(redacted)),
        doc(4, "Støjen fra vejen er slem.", None),
        doc(5, "Støjgener om natten.", Some("Støjgener om natten.")),
        doc(
            6,
            "Budgettet er for lille, og økonomien er presset.",
            Some("Budgettet er for lille, og økonomien er presset."),
        ),
    ]])
}

#[test]
fn bolig_finds_ungdomsboliger() {
    let index = corpus();
    for scope in [Scope::Public, Scope::Officials] {
        let (ids, _) = find(&index, scope, "bolig");
        assert_eq!(ids, vec![1, 2, 3], "{scope:?}");
    }
}

#[test]
fn oekonomi_budget_finds_budgettet() {
    let index = corpus();
    assert_eq!(find(&index, Scope::Public, "økonomi budget").0, vec![6]);
    assert_eq!(find(&index, Scope::Public, "budgettet").0, vec![6]);
}

#[test]
fn a_redacted_response_is_one_hit_in_each_scope_with_its_own_text() {
    let index = corpus();
    assert_eq!(find(&index, Scope::Public, "hemmeligvej"), (vec![], 0));
    assert_eq!(find(&index, Scope::Officials, "hemmeligvej"), (vec![3], 1));
    assert_eq!(find(&index, Scope::Public, "dårlige").1, 1, "counted once");
    assert_eq!(
        find(&index, Scope::Officials, "dårlige").1,
        1,
        "counted once"
    );
}

#[test]
fn names_are_for_officials_only() {
    let index = corpus();
    assert_eq!(find(&index, Scope::Public, "hemmelighed").1, 0);
    assert_eq!(find(&index, Scope::Officials, "hemmelighed").1, 6);
}

#[test]
fn words_only_in_held_text_never_split_what_the_public_searches() {
    let index = corpus();
    assert_eq!(find(&index, Scope::Officials, "støj").0, vec![4]);
    assert_eq!(
        find(&index, Scope::Public, "støj").0,
        Vec::<i32>::new(),
        "støjgener is not split: støj is known from a held response only"
    );
    let vocabularies = &index.current().vocabularies;
    assert!(vocabularies.officials.knows("støj"));
    assert!(!vocabularies.public.knows("støj"));
}

#[test]
fn a_part_first_seen_later_splits_what_comes_after_it() {
    let index = index(&[
        vec![doc(
            1,
            "Flere ungdomsboliger.",
            Some("Flere ungdomsboliger."),
        )],
        vec![doc(
            2,
            "Boliger mangler. Flere ungdomsboliger.",
            Some("Boliger mangler. Flere ungdomsboliger."),
        )],
    ]);
    assert_eq!(
        find(&index, Scope::Public, "bolig").0,
        vec![2],
        "response 1 was indexed before bolig was a known word; a rebuild splits it"
    );
}
