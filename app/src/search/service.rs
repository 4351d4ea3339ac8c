//! Searches as the API and the pages ask for them. The index finds and counts; the page itself
//! is read from the database, so the public never sees a response that is no longer published,
//! nor text the index holds from before a redaction: a hit whose row changed since it was
//! indexed is left out until the indexer has caught up, and snippets are cut from the text
//! as it is now.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use tantivy::query::Query;
use tantivy::snippet::SnippetGenerator;

use super::Search;
use super::build;
use super::query::FieldName;
use super::schema::Scope;
use super::searcher::{self, Found, Request, Sort};
use crate::disclosure::public;
use crate::entities::response;
use crate::error::AppError;
use crate::paging::{PageSize, Paging};

/// The most hits one page may hold.
pub const MAX_PER_PAGE: usize = 100;
/// A search page's size: 20 unless asked, at most [`MAX_PER_PAGE`].
pub const PAGE_SIZE: PageSize = PageSize {
    default: 20,
    max: MAX_PER_PAGE as u64,
};
/// Characters of a snippet.
const SNIPPET_CHARS: usize = 240;

/// The search parameters of `GET /api/v1/hearings/{slug}/responses` and the public page.
#[derive(Clone, Debug, Default, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
pub struct SearchParams {
    /// Words, "phrases", -exclusions, OR and filters such as `type:forening`.
    pub q: Option<String>,
    /// Respondent kind: resident, association, company, public_body.
    pub kind: Option<String>,
    /// A draft section's anchor.
    pub section: Option<String>,
    /// A language code (da, en, …).
    pub language: Option<String>,
    /// support, oppose, mixed, none.
    pub stance: Option<String>,
    /// `relevance` (default) or `newest`.
    pub sort: Option<String>,
    /// Page number, from 1 (0 or less is 1; more than 1,000,000 is 1,000,000). A page past
    /// the end is empty; `total` says how many there are.
    #[serde(default, deserialize_with = "crate::paging::lenient")]
    pub page: Option<u64>,
    /// Items per page, 1 to 100 (default 20; more is 100).
    #[serde(default, deserialize_with = "crate::paging::lenient")]
    pub per_page: Option<u64>,
}

impl SearchParams {
    /// The parameters of a search as the public page's URL holds it, `per_page` a page.
    pub fn of_query(query: &super::params::SearchQuery, per_page: u64) -> Self {
        let filter = |key: &str| query.filter(key).map(str::to_owned);
        SearchParams {
            q: Some(query.q.clone()),
            kind: filter("kind"),
            section: filter("section"),
            language: filter("language"),
            stance: filter("stance"),
            sort: query.newest.then(|| "newest".to_owned()),
            page: Some(query.page),
            per_page: Some(per_page),
        }
    }

    /// The page asked for, bounded.
    pub fn paging(&self) -> Paging {
        Paging::new(self.page, self.per_page, PAGE_SIZE)
    }

    /// True when the request asks for a search rather than the plain list.
    pub fn is_search(&self) -> bool {
        [
            &self.q,
            &self.kind,
            &self.section,
            &self.language,
            &self.stance,
        ]
        .into_iter()
        .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()))
    }

    fn filters(&self) -> BTreeMap<FieldName, Vec<String>> {
        let given = [
            (FieldName::Kind, &self.kind),
            (FieldName::Section, &self.section),
            (FieldName::Language, &self.language),
            (FieldName::Stance, &self.stance),
        ];
        given
            .into_iter()
            .filter_map(|(f, v)| Some((f, v.as_deref()?.trim())))
            .filter(|(_, v)| !v.is_empty())
            .map(|(f, v)| (f, vec![v.to_owned()]))
            .collect()
    }
}

/// The sort a URL asks for.
pub fn sort_of(value: Option<&str>) -> Sort {
    match value {
        Some("newest") => Sort::Newest,
        _ => Sort::Relevance,
    }
}

/// Runs a request on the index, off the async threads.
pub async fn find(search: &Search, request: Request) -> Result<Found, AppError> {
    let index = search.index.clone();
    tokio::task::spawn_blocking(move || searcher::run(&index.searcher(), &index.fields, &request))
        .await
        .map_err(|error| internal(&error))?
        .map_err(|error| internal(&error))
}

/// Logs a search failure and answers 500.
pub fn internal(error: &dyn std::fmt::Display) -> AppError {
    tracing::error!(%error, "search failed");
    AppError::Internal
}

/// A page of a hearing's publicly shown responses that match `params`: the search (its total,
/// facets and problem), the rows as they are now (in hit order) and a snippet of each row's
/// public text. The page itself is made by the response list (`crate::response::list`).
pub struct PublicHits {
    /// The search as the index answered it.
    pub found: Found,
    /// The hits' rows, publicly shown and unchanged since they were indexed.
    pub rows: Vec<response::Model>,
    /// A snippet of each row's public text, in the same order.
    pub snippets: Vec<Option<String>>,
}

/// Searches a hearing's publicly shown responses for `params`.
pub async fn public(
    db: &sea_orm::DatabaseConnection,
    search: &Search,
    hearing_id: i32,
    params: &SearchParams,
) -> Result<PublicHits, AppError> {
    let paging = params.paging();
    let request = Request {
        hearing_id,
        scope: Scope::Public,
        text: params.q.clone().unwrap_or_default(),
        filters: params.filters(),
        sort: sort_of(params.sort.as_deref()),
        offset: usize::try_from(paging.offset()).unwrap_or(usize::MAX),
        limit: usize::try_from(paging.per_page()).unwrap_or(MAX_PER_PAGE),
    };
    let found = find(search, request).await?;
    let rows = current_rows(db, &found, true).await?;
    let texts: Vec<(Option<String>, String)> = rows
        .iter()
        .map(|r| (r.language.clone(), public::text(r).to_owned()))
        .collect();
    let snippets = snippets(search, Scope::Public, &found, &texts);
    Ok(PublicHits {
        found,
        rows,
        snippets,
    })
}

/// The rows of the hits, in hit order, as they are now. With `public_only`, rows that are not
/// publicly shown now, or that changed since they were indexed, are left out.
pub async fn current_rows(
    db: &sea_orm::DatabaseConnection,
    found: &Found,
    public_only: bool,
) -> Result<Vec<response::Model>, AppError> {
    let mut select = response::Entity::find()
        .filter(response::Column::Id.is_in(found.hits.iter().map(|h| h.response_id)));
    if public_only {
        select = select.filter(public::condition());
    }
    let mut by_id: HashMap<i32, response::Model> = select
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    Ok(found
        .hits
        .iter()
        .filter_map(|hit| {
            let row = by_id.remove(&hit.response_id)?;
            let fresh = row.updated_at.timestamp_micros() == hit.version;
            (fresh || !public_only).then_some(row)
        })
        .collect())
}

/// A snippet of each text (language, text) with the query's words marked; `None` when the
/// search had no words.
pub fn snippets(
    search: &Search,
    scope: Scope,
    found: &Found,
    texts: &[(Option<String>, String)],
) -> Vec<Option<String>> {
    let searcher = search.index.searcher();
    let fields = &search.index.fields;
    let query = build::text_query(searcher.index(), &fields.searched(scope), &found.parsed);
    let Some(query) = query else {
        return vec![None; texts.len()];
    };
    let mut generators: HashMap<&str, Option<SnippetGenerator>> = HashMap::new();
    texts
        .iter()
        .map(|(language, text)| {
            let analyser = super::analysis::for_language(language.as_deref());
            let generator = generators.entry(analyser).or_insert_with(|| {
                let field = fields.for_analyser(scope, analyser);
                let same: Vec<_> = fields
                    .searched(scope)
                    .into_iter()
                    .filter(|(_, a)| *a == analyser)
                    .map(|(f, _)| f)
                    .collect();
                generator(&searcher, &*query, field, &same)
            });
            generator.as_ref().map(|g| cut(g, text))
        })
        .collect()
}

/// A generator marking the query's terms of every field analysed like `field` (a response's
/// Danish text is in one of two fields, split against different vocabularies, and its terms
/// are the same strings in both), cutting text with `field`'s analyser.
fn generator(
    searcher: &tantivy::Searcher,
    query: &dyn Query,
    field: tantivy::schema::Field,
    same: &[tantivy::schema::Field],
) -> Option<SnippetGenerator> {
    let mut terms: BTreeMap<String, u64> = BTreeMap::new();
    let mut failed = false;
    query.query_terms(&mut |term, _| {
        let value = term.value();
        let (Some(text), true) = (value.as_str(), same.contains(&term.field())) else {
            return;
        };
        match searcher.doc_freq(term) {
            Ok(n) => *terms.entry(text.to_owned()).or_default() += n,
            Err(_) => failed = true,
        }
    });
    let scores = terms
        .into_iter()
        .filter(|(_, n)| *n > 0 && !failed)
        .map(|(text, n)| (text, 1.0 / (1.0 + n as f32)))
        .collect();
    let tokenizer = searcher.index().tokenizer_for_field(field).ok()?;
    Some(SnippetGenerator::new(
        scores,
        tokenizer,
        field,
        SNIPPET_CHARS,
    ))
}

fn cut(generator: &SnippetGenerator, text: &str) -> String {
    let mut snippet = generator.snippet(text);
    if snippet.is_empty() {
        let start: String = text.chars().take(SNIPPET_CHARS).collect();
        return crate::web::html::escape(&start);
    }
    snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
    snippet.to_html()
}

/// The most hits an officials' search hands to the inbox, best first.
pub const MAX_RANKED: usize = 5000;

/// Officials' search of one hearing: the ids of the best `MAX_RANKED` matches of `text`
/// (every status), best first, for the inbox to filter, count and page in SQL; and what was
/// wrong with the text, if anything.
pub async fn officials_ranked(
    search: &Search,
    hearing_id: i32,
    text: &str,
) -> Result<(Found, Vec<i32>), AppError> {
    let request = Request {
        hearing_id,
        scope: Scope::Officials,
        text: text.to_owned(),
        filters: BTreeMap::new(),
        sort: Sort::Relevance,
        offset: 0,
        limit: MAX_RANKED,
    };
    let found = find(search, request).await?;
    let ids = found.hits.iter().map(|h| h.response_id).collect();
    Ok((found, ids))
}

/// Ids of up to `limit` responses like `like`, most alike first (a blocking search off the
/// async threads).
pub async fn similar(
    search: &Search,
    scope: Scope,
    like: super::similar::Like,
    limit: usize,
) -> Result<Vec<i32>, AppError> {
    let index = search.index.clone();
    tokio::task::spawn_blocking(move || {
        super::similar::similar(&index.searcher(), &index.fields, scope, &like, limit)
    })
    .await
    .map_err(|error| internal(&error))?
    .map_err(|error| internal(&error))
}
