//! The index end to end in memory: analysis, the query language, scopes and facets.

use std::collections::BTreeMap;

use chrono::{TimeZone, Utc};

use super::document::IndexDoc;
use super::index::SearchIndex;
use super::query::{FieldName, Problem};
use super::schema::Scope;
use super::searcher::{Found, Request, Sort, run};

fn doc(id: i32, kind: &str, language: &str, text: &str, public: bool) -> IndexDoc {
    IndexDoc {
        response_id: id,
        hearing_id: 1,
        version: 1,
        submitted_at: Utc.with_ymd_and_hms(2010, 9, 1, 12, 0, 0).unwrap()
            + chrono::Duration::hours(id.into()),
        language: Some(language.into()),
        keywords: vec![
            ("kind", kind.into()),
            ("language", language.into()),
            ("status", if public { "published" } else { "held" }.into()),
        ],
        names: "Hemmelig Hansen hemmelig@example.dk".into(),
        private_text: text.to_owned(),
        public_text: public.then(|| text.to_owned()),
    }
}

fn corpus() -> SearchIndex {
    let index = SearchIndex::in_ram().unwrap();
    let docs = vec![
        doc(
            1,
            "resident",
            "da",
            "Der mangler boliger til unge i Københavns almene boligområder.",
            true,
        ),
        doc(
            2,
            "association",
            "da",
            "Integrationen af nye borgere kræver sprogundervisning.",
            true,
        ),
        doc(
            3,
            "association",
            "da",
            "De ældre indvandrere i Århus og deres børn.",
            true,
        ),
        doc(
            4,
            "company",
            "da",
            "Integrationspolitikken bør nævne ungdomsboliger og praktikpladser.",
            true,
        ),
        doc(
            5,
            "resident",
            "en",
            "Housing for young people is scarce; the integration policy must act.",
            true,
        ),
        doc(
            6,
            "resident",
            "da",
            "Boligerne er for dyre, og støjen er slem.",
            false,
        ),
        doc(
            7,
            "company",
            "da",
            "Virksomheder vil gerne tage unge i praktik, men ikke uden støtte.",
            true,
        ),
    ];
    let mut writer = index.current().writer().unwrap();
    writer.apply(&index.fields, &docs, &[]).unwrap();
    writer.commit().unwrap();
    index.current().reload().unwrap();
    index
}

fn search_with(index: &SearchIndex, scope: Scope, text: &str) -> Found {
    let request = Request {
        hearing_id: 1,
        scope,
        text: text.into(),
        filters: BTreeMap::new(),
        sort: Sort::Relevance,
        offset: 0,
        limit: 50,
    };
    run(&index.searcher(), &index.fields, &request).unwrap()
}

fn ids(found: &Found) -> Vec<i32> {
    let mut ids: Vec<i32> = found.hits.iter().map(|h| h.response_id).collect();
    ids.sort();
    ids
}

fn public(index: &SearchIndex, text: &str) -> Vec<i32> {
    ids(&search_with(index, Scope::Public, text))
}

#[test]
fn danish_stemming_finds_inflected_forms() {
    let index = corpus();
    assert!(public(&index, "bolig").contains(&1), "bolig finds boliger");
    assert!(
        public(&index, "integration").contains(&2),
        "integration finds integrationen"
    );
}

#[test]
fn nordic_letters_typed_without_them_still_match() {
    let index = corpus();
    assert_eq!(public(&index, "aeldre"), vec![3]);
    assert_eq!(public(&index, "aarhus boern"), vec![3]);
    assert_eq!(public(&index, "ældre"), vec![3]);
}

#[test]
fn compounds_are_found_through_their_known_parts() {
    let index = corpus();
    assert_eq!(public(&index, "ungdomsbolig"), vec![4]);
    assert!(
        public(&index, "bolig").contains(&4),
        "bolig inside ungdomsboliger"
    );
    assert!(
        public(&index, "integration").contains(&4),
        "inside integrationspolitikken"
    );
    assert!(
        public(&index, "praktik").contains(&4),
        "inside praktikpladser"
    );
}

#[test]
fn english_text_is_searched_in_english() {
    let index = corpus();
    assert!(public(&index, "policies").contains(&5));
    assert!(public(&index, "young housing").contains(&5));
}

#[test]
fn the_public_sees_public_text_of_public_responses_only() {
    let index = corpus();
    assert!(public(&index, "støjen").is_empty(), "held response");
    assert!(public(&index, "hemmelig").is_empty(), "private name");
    let officials = ids(&search_with(&index, Scope::Officials, "støjen"));
    assert_eq!(officials, vec![6]);
    let named = search_with(&index, Scope::Officials, "hemmelig@example.dk");
    assert_eq!(named.total, 7);
}

#[test]
fn more_like_this_for_the_public_never_finds_what_is_not_public() {
    use super::similar::{Like, similar};
    let index = corpus();
    let like = |scope| {
        let like = Like {
            response_id: 99,
            hearing_id: 1,
            language: Some("da".into()),
            text: "Boligerne er for dyre, og støjen er slem. Boliger til unge.".into(),
        };
        similar(&index.searcher(), &index.fields, scope, &like, 10).unwrap()
    };
    let officials = like(Scope::Officials);
    assert_eq!(
        officials.first(),
        Some(&6),
        "the held response is most alike"
    );
    let public = like(Scope::Public);
    assert!(!public.is_empty(), "public responses alike are found");
    assert!(!public.contains(&6), "never the held one: {public:?}");
}

#[test]
fn phrases_exclusions_and_or() {
    let index = corpus();
    assert_eq!(public(&index, "\"almene boligområder\""), vec![1]);
    assert!(public(&index, "\"boligområder almene\"").is_empty());
    assert_eq!(public(&index, "praktik -virksomheder"), vec![4]);
    assert_eq!(public(&index, "ældre OR sprogundervisning"), vec![2, 3]);
    assert_eq!(public(&index, "type:company praktik"), vec![4, 7]);
    assert_eq!(public(&index, "type:virksomhed praktik"), vec![4, 7]);
    assert_eq!(public(&index, "type:forening sprog:dansk"), vec![2, 3]);
}

#[test]
fn a_malformed_query_is_answered_with_its_plain_words() {
    let index = corpus();
    let found = search_with(&index, Scope::Public, "\"almene boliger");
    assert_eq!(found.problem, Some(Problem::UnclosedQuote));
    assert_eq!(ids(&found), vec![1]);
    let found = search_with(&index, Scope::Public, "farve:blå");
    assert_eq!(found.problem, Some(Problem::UnknownField("farve".into())));
}

#[test]
fn facets_count_every_value_and_ignore_their_own_filter() {
    let index = corpus();
    let mut request = Request {
        hearing_id: 1,
        scope: Scope::Public,
        text: String::new(),
        filters: BTreeMap::from([(FieldName::Kind, vec!["company".into()])]),
        sort: Sort::Newest,
        offset: 0,
        limit: 10,
    };
    let found = run(&index.searcher(), &index.fields, &request).unwrap();
    assert_eq!(found.total, 2);
    assert_eq!(ids(&found), vec![4, 7]);
    let kinds = &found.facets["kind"];
    assert_eq!(
        kinds["resident"], 2,
        "the kind facet ignores the kind filter"
    );
    assert_eq!(kinds["association"], 2);
    assert_eq!(kinds["company"], 2);
    assert_eq!(
        found.facets["language"]["da"], 2,
        "other facets follow the filter"
    );
    assert!(
        !found.facets.contains_key("status"),
        "no status facet in public"
    );
    request.filters.clear();
    let newest = run(&index.searcher(), &index.fields, &request).unwrap();
    let order: Vec<i32> = newest.hits.iter().map(|h| h.response_id).collect();
    assert_eq!(order, vec![7, 5, 4, 3, 2, 1]);
}

#[test]
fn replacing_and_removing_documents() {
    let index = corpus();
    let mut writer = index.current().writer().unwrap();
    let redacted = doc(1, "resident", "da", "Der mangler [udeladt] til unge.", true);
    writer.apply(&index.fields, &[redacted], &[2]).unwrap();
    writer.commit().unwrap();
    index.current().reload().unwrap();
    assert!(!public(&index, "boligområder").contains(&1));
    assert!(public(&index, "sprogundervisning").is_empty());
    assert_eq!(index.searcher().num_docs(), 6);
}
