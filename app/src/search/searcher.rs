//! Runs a search: the query text and the filters of one hearing and scope, one page of hits in
//! relevance or date order, the total, and facet counts for every filterable field. A facet
//! that is filtered on is counted without its own filter, so its other values stay visible.

use std::collections::BTreeMap;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery, TermSetQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Order, Searcher, Term};

use super::build;
use super::facets::{Counts, FacetCounts};
use super::query::{FieldName, Parsed, Problem, parse};
use super::schema::{Fields, Scope};

/// The order of results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first; newest first when there is no text to match.
    #[default]
    Relevance,
    /// Newest first.
    Newest,
}

/// What to look for.
#[derive(Clone, Debug)]
pub struct Request {
    /// The hearing searched.
    pub hearing_id: i32,
    /// Public or officials.
    pub scope: Scope,
    /// The search box's text.
    pub text: String,
    /// Filters from the URL: field → accepted values (any of them).
    pub filters: BTreeMap<FieldName, Vec<String>>,
    /// The order.
    pub sort: Sort,
    /// How many hits to skip.
    pub offset: usize,
    /// How many hits to return.
    pub limit: usize,
}

/// One hit.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// `response.id`.
    pub response_id: i32,
    /// The indexed state's `updated_at` in microseconds.
    pub version: i64,
}

/// What a search found.
#[derive(Clone, Debug)]
pub struct Found {
    /// The page of hits, in order.
    pub hits: Vec<Hit>,
    /// How many documents matched in all.
    pub total: usize,
    /// Counts per facet value.
    pub facets: Counts,
    /// The query as parsed (for snippets).
    pub parsed: Parsed,
    /// What was wrong with the query text, if anything.
    pub problem: Option<Problem>,
}

/// The facets a scope shows.
pub fn facet_fields(scope: Scope) -> Vec<FieldName> {
    FieldName::ALL
        .into_iter()
        .filter(|f| scope == Scope::Officials || !matches!(f, FieldName::Status))
        .collect()
}

/// Runs `request` on `searcher`.
pub fn run(searcher: &Searcher, fields: &Fields, request: &Request) -> tantivy::Result<Found> {
    let outcome = parse(&request.text);
    let mut filters = request.filters.clone();
    for (field, value) in &outcome.query.filters {
        filters
            .entry(*field)
            .or_default()
            .push(field.canonical(value));
    }
    if request.scope == Scope::Public {
        filters.remove(&FieldName::Status);
    }
    let text = build::text_query(
        searcher.index(),
        &fields.searched(request.scope),
        &outcome.query,
    );
    let base = |skip: Option<FieldName>| -> Box<dyn Query> {
        let mut clauses = scope_clauses(fields, request);
        clauses.extend(text.as_ref().map(|q| (Occur::Must, q.box_clone())));
        for (field, values) in filters.iter().filter(|(f, _)| Some(**f) != skip) {
            clauses.push((Occur::Must, keyword_query(searcher, field.key(), values)));
        }
        Box::new(BooleanQuery::new(clauses))
    };
    let query = base(None);
    let facet_keys = facet_fields(request.scope);
    let unfiltered: Vec<&'static str> = facet_keys
        .iter()
        .filter(|f| !filters.contains_key(f))
        .map(|f| f.key())
        .collect();
    let sort = match request.sort {
        Sort::Relevance if text.is_some() => Sort::Relevance,
        _ => Sort::Newest,
    };
    let (addresses, total, mut facets) = page(
        searcher,
        &*query,
        request,
        sort,
        FacetCounts::new(unfiltered),
    )?;
    for field in facet_keys.iter().filter(|f| filters.contains_key(f)) {
        let own = searcher.search(&*base(Some(*field)), &FacetCounts::new(vec![field.key()]))?;
        facets.extend(own);
    }
    Ok(Found {
        hits: hits(searcher, &addresses)?,
        total,
        facets,
        parsed: outcome.query,
        problem: outcome.problem,
    })
}

fn scope_clauses(fields: &Fields, request: &Request) -> Vec<(Occur, Box<dyn Query>)> {
    let hearing = Term::from_field_u64(fields.hearing_id, request.hearing_id as u64);
    let scope = Term::from_field_u64(fields.scope_flag(request.scope), 1);
    [hearing, scope]
        .into_iter()
        .map(|term| -> (Occur, Box<dyn Query>) {
            (
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            )
        })
        .collect()
}

fn keyword_query(searcher: &Searcher, name: &str, values: &[String]) -> Box<dyn Query> {
    match searcher.schema().get_field(name) {
        Ok(field) => Box::new(TermSetQuery::new(
            values.iter().map(|v| Term::from_field_text(field, v)),
        )),
        Err(_) => Box::new(tantivy::query::EmptyQuery),
    }
}

type Page = (Vec<DocAddress>, usize, Counts);

fn page(
    searcher: &Searcher,
    query: &dyn Query,
    request: &Request,
    sort: Sort,
    facets: FacetCounts,
) -> tantivy::Result<Page> {
    // tantivy reserves room for offset + limit hits up front: neither may exceed what the
    // index holds, whatever the request asked for.
    let docs = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
    let limit = request.limit.clamp(1, docs.max(1));
    let top = TopDocs::with_limit(limit).and_offset(request.offset.min(docs));
    Ok(match sort {
        Sort::Relevance => {
            let (docs, total, counts) =
                searcher.search(query, &(top.order_by_score(), Count, facets))?;
            (docs.into_iter().map(|(_, a)| a).collect(), total, counts)
        }
        Sort::Newest => {
            let newest = top.order_by_fast_field::<tantivy::DateTime>("submitted", Order::Desc);
            let (docs, total, counts) = searcher.search(query, &(newest, Count, facets))?;
            (docs.into_iter().map(|(_, a)| a).collect(), total, counts)
        }
    })
}

fn hits(searcher: &Searcher, addresses: &[DocAddress]) -> tantivy::Result<Vec<Hit>> {
    let mut out = Vec::with_capacity(addresses.len());
    for address in addresses {
        let id = fast_u64(searcher, *address, "response_id")?;
        let version = fast_u64(searcher, *address, "version")?;
        if let (Some(id), Some(version)) = (id, version) {
            out.push(Hit {
                response_id: id as i32,
                version: version as i64,
            });
        }
    }
    Ok(out)
}

/// A document's value of the u64 fast field `name`.
pub fn fast_u64(
    searcher: &Searcher,
    address: DocAddress,
    name: &str,
) -> tantivy::Result<Option<u64>> {
    let reader = searcher.segment_reader(address.segment_ord);
    Ok(reader.fast_fields().u64(name)?.first(address.doc_id))
}
