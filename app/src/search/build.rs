//! Turns a parsed query into a tantivy query over one scope's text fields. A word matches in
//! whichever analysed field its document's language put the text (each field analyses the
//! word its own way). Compounds need nothing here: the index holds the stems of their known
//! parts at the compound's position ([`super::splitting`]), so the word's one term finds them.

use tantivy::query::{BooleanQuery, EmptyQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TokenizerManager;
use tantivy::{Index, Term};

use super::analysis::{self, DANISH, ENGLISH};
use super::query::{Atom, Parsed};

/// The text part of a query over `fields` (each with the analyser of its queries): every
/// `must` entry, none of `must_not`. `None` when the text asks for nothing (match everything
/// the filters allow).
pub fn text_query(
    index: &Index,
    fields: &[(Field, &'static str)],
    parsed: &Parsed,
) -> Option<Box<dyn Query>> {
    let builder = Builder {
        tokenizers: index.tokenizers(),
        fields,
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for alternatives in &parsed.must {
        let any: Vec<Box<dyn Query>> = alternatives
            .iter()
            .filter_map(|atom| builder.atom(atom))
            .collect();
        match any.len() {
            0 => {}
            1 => clauses.extend(any.into_iter().map(|q| (Occur::Must, q))),
            _ => clauses.push((Occur::Must, Box::new(BooleanQuery::union(any)))),
        }
    }
    let asks_for_text = !clauses.is_empty();
    for atom in &parsed.must_not {
        if let Some(query) = builder.atom(atom) {
            clauses.push((Occur::MustNot, query));
        }
    }
    if !asks_for_text && clauses.is_empty() {
        return None;
    }
    if !asks_for_text {
        clauses.push((Occur::Must, Box::new(tantivy::query::AllQuery)));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

struct Builder<'a> {
    tokenizers: &'a TokenizerManager,
    fields: &'a [(Field, &'static str)],
}

impl Builder<'_> {
    /// The query of one word or phrase; `None` for a stop word, which matches anything.
    fn atom(&self, atom: &Atom) -> Option<Box<dyn Query>> {
        let text = match atom {
            Atom::Word(w) | Atom::Phrase(w) => w.as_str(),
        };
        if matches!(atom, Atom::Word(_)) && self.is_stop_word(text) {
            return None;
        }
        let mut any: Vec<Box<dyn Query>> = Vec::new();
        for (field, analyser) in self.fields {
            any.extend(self.field_query(*field, analyser, text));
        }
        match any.len() {
            0 => Some(Box::new(EmptyQuery)),
            _ => Some(Box::new(BooleanQuery::union(any))),
        }
    }

    /// A word that Danish or English analysis drops.
    fn is_stop_word(&self, word: &str) -> bool {
        [DANISH, ENGLISH]
            .into_iter()
            .any(|name| self.terms(name, word).is_empty())
            && !self.terms(analysis::PLAIN, word).is_empty()
    }

    fn terms(&self, analyser: &str, text: &str) -> Vec<(usize, String)> {
        match self.tokenizers.get(analyser) {
            Some(mut a) => analysis::terms(&mut a, text),
            None => Vec::new(),
        }
    }

    fn field_query(&self, field: Field, analyser: &str, text: &str) -> Option<Box<dyn Query>> {
        let terms: Vec<(usize, Term)> = self
            .terms(analyser, text)
            .into_iter()
            .map(|(pos, t)| (pos, Term::from_field_text(field, &t)))
            .collect();
        match terms.len() {
            0 => None,
            1 => Some(Box::new(TermQuery::new(
                terms[0].1.clone(),
                IndexRecordOption::WithFreqs,
            ))),
            _ => Some(Box::new(PhraseQuery::new_with_offset(terms))),
        }
    }
}
