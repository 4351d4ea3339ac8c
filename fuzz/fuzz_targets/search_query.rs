//! The search box's query language: any text parses (a problem at most, never a panic),
//! and the query that runs, written back as text, parses again to the same query with no
//! problem. The public search's URL survives the same round trip.
#![no_main]

use app::search::params::SearchQuery;
use app::search::query::parse;
use libfuzzer_sys::fuzz_target;
use ordet_fuzz::query_text;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let outcome = parse(text);
    let written = query_text(&outcome.query);
    let again = parse(&written);
    assert_eq!(again.problem, None, "{written:?} from {text:?}");
    assert_eq!(again.query, outcome.query, "{written:?} from {text:?}");

    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(text).unwrap_or_default();
    let search = SearchQuery::from_pairs(pairs);
    let href = search.href("/s", search.page);
    let query = href.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let back = SearchQuery::from_pairs(
        serde_urlencoded::from_str::<Vec<(String, String)>>(query).unwrap(),
    );
    assert_eq!(back.filters, search.filters, "{href}");
    assert_eq!(back.newest, search.newest, "{href}");
    if !search.q.trim().is_empty() {
        assert_eq!(back.q, search.q, "{href}");
    }
});
