//! "More like this": the responses whose words are most like one response's, by tantivy's
//! MoreLikeThis over the text as it is in the database, within the same hearing and scope.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, MoreLikeThisQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, OwnedValue};
use tantivy::{Searcher, Term};

use super::analysis::for_language;
use super::schema::{Fields, Scope};

/// The response to find others like.
#[derive(Clone, Debug)]
pub struct Like {
    /// Its id (left out of the answer).
    pub response_id: i32,
    /// Its hearing.
    pub hearing_id: i32,
    /// Its language, which picks the analysed field.
    pub language: Option<String>,
    /// Its text as the scope may see it.
    pub text: String,
}

/// Up to `limit` ids of responses like `like`, most alike first.
pub fn similar(
    searcher: &Searcher,
    fields: &Fields,
    scope: Scope,
    like: &Like,
    limit: usize,
) -> tantivy::Result<Vec<i32>> {
    let analyser = for_language(like.language.as_deref());
    let mut like_fields = vec![fields.text.for_analyser(analyser)];
    like_fields.push(fields.for_analyser(scope, analyser));
    like_fields.dedup();
    let values = || vec![OwnedValue::Str(like.text.clone())];
    let alike = MoreLikeThisQuery::builder()
        .with_min_doc_frequency(1)
        .with_max_doc_frequency((searcher.num_docs() / 2).max(2))
        .with_min_term_frequency(1)
        .with_min_word_length(3)
        .with_max_query_terms(25)
        .with_document_fields(like_fields.into_iter().map(|f| (f, values())).collect());
    let term = |f, v: u64| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_u64(f, v),
            IndexRecordOption::Basic,
        ))
    };
    let clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Must, Box::new(alike)),
        (Occur::Must, term(fields.hearing_id, like.hearing_id as u64)),
        (Occur::Must, term(fields.scope_flag(scope), 1)),
        (
            Occur::MustNot,
            term(fields.response_id, like.response_id as u64),
        ),
    ];
    let query = BooleanQuery::new(clauses);
    let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
    let mut ids = Vec::with_capacity(top.len());
    for (_, address) in top {
        if let Some(id) = super::searcher::fast_u64(searcher, address, "response_id")? {
            ids.push(id as i32);
        }
    }
    Ok(ids)
}
