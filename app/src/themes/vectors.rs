//! Document vectors of a hearing's responses, read from the tantivy index.
//!
//! The index already holds every response's analysed terms (stop words out, stemmed, folded),
//! so nothing is analysed twice: [`read`] walks the inverted index of the analysed text fields
//! (`text_da`, `text_en`, `text_plain`, `officials_da`; not the names) of the documents officials
//! search, segment by segment,
//! term by term, and collects each selected document's term frequencies. A term of another
//! field is another feature. Weights are scikit-learn's `TfidfVectorizer(sublinear_tf=True)`:
//! (1 + ln tf) × (ln((1 + n) / (1 + df)) + 1), L2-normalised, with df counted over the
//! selected documents only; terms in fewer than [`VectorSettings::min_df`] documents, in more
//! than [`VectorSettings::max_df_share`] of them (boilerplate) and purely numeric terms are
//! left out. Below [`VectorSettings::min_docs_for_bounds`] documents neither bound applies, so
//! a hearing of one or three responses still has vectors.
//!
//! The raw counts over the whole vocabulary are kept, so [`DocVectors::select`] (a theme's
//! responses, to cluster again) and [`DocVectors::merge`] (a campaign's members as one row)
//! weigh again with document frequencies of their own rows.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use tantivy::postings::Postings;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, SegmentReader, TERMINATED};

use crate::search::schema::Fields;

/// A sparse vector: ascending indices, one value each.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseVec {
    /// Feature ids, strictly ascending.
    pub indices: Vec<u32>,
    /// The value of each feature in `indices`.
    pub values: Vec<f32>,
}

impl SparseVec {
    /// How many features are stored.
    pub fn nnz(&self) -> usize {
        self.indices.len()
    }

    /// Whether no feature is stored.
    pub fn is_empty(&self) -> bool {
        self.indices.is_empty()
    }

    /// The Euclidean norm.
    pub fn norm(&self) -> f32 {
        self.values.iter().map(|v| v * v).sum::<f32>().sqrt()
    }

    /// The dot product with another sparse vector.
    pub fn dot(&self, other: &SparseVec) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < self.nnz() && j < other.nnz() {
            match self.indices[i].cmp(&other.indices[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.values[i] * other.values[j];
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }
}

/// One feature: a term as one analyser made it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term {
    /// The analyser of the field it comes from (`ordet_da`, `ordet_en`, `ordet_plain`).
    pub analyser: &'static str,
    /// The analysed text (a stem, lower-cased and folded).
    pub text: String,
}

/// Which terms become features.
#[derive(Clone, Debug, PartialEq)]
pub struct VectorSettings {
    /// A term must occur in at least this many documents.
    pub min_df: u32,
    /// A term in more than this share of the documents is boilerplate and left out.
    pub max_df_share: f32,
    /// Below this many documents every term counts (no `min_df`, no `max_df_share`).
    pub min_docs_for_bounds: usize,
}

impl Default for VectorSettings {
    fn default() -> Self {
        VectorSettings {
            min_df: 2,
            max_df_share: 0.5,
            min_docs_for_bounds: 20,
        }
    }
}

/// Documents as TF-IDF vectors over one vocabulary.
#[derive(Clone, Debug)]
pub struct DocVectors {
    /// Response ids, ascending; row `i` is response `ids[i]`.
    pub ids: Vec<i32>,
    /// L2-normalised TF-IDF rows (an empty row: no term of the vocabulary).
    pub rows: Vec<SparseVec>,
    /// Raw term counts, same term ids as `rows`.
    pub counts: Vec<SparseVec>,
    /// The vocabulary, ascending: term id `t` is `terms[t]`.
    pub terms: Vec<Term>,
    /// Documents containing each term (over these rows).
    pub df: Vec<u32>,
    settings: VectorSettings,
    source: Arc<Source>,
    /// The source rows summed into each row.
    parts: Vec<Vec<u32>>,
}

/// What was read from the index: counts over every term found, before any bound.
#[derive(Debug)]
struct Source {
    terms: Vec<Term>,
    counts: Vec<Vec<(u32, u32)>>,
}

/// Vectors of `responses` of `hearing_id`, with the default settings (a theme run's, a split's).
pub fn of_responses(
    searcher: &Searcher,
    fields: &Fields,
    hearing_id: i32,
    responses: &[super::input::Response],
) -> tantivy::Result<DocVectors> {
    let ids: Vec<i32> = responses.iter().map(|r| r.id).collect();
    read(
        searcher,
        fields,
        hearing_id,
        Some(&ids),
        &VectorSettings::default(),
    )
}

/// Vectors of the live documents of `hearing_id` (only `responses`, when given).
pub fn read(
    searcher: &Searcher,
    fields: &Fields,
    hearing_id: i32,
    responses: Option<&[i32]>,
    settings: &VectorSettings,
) -> tantivy::Result<DocVectors> {
    let wanted: Option<HashSet<i32>> = responses.map(|r| r.iter().copied().collect());
    let docs = selected_docs(searcher, hearing_id, wanted.as_ref())?;
    let mut reader = Reader::new(docs.len());
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let rows = segment_rows(&docs, ord, segment.max_doc());
        let danish = (fields.officials_da, crate::search::analysis::DANISH);
        for (field, analyser) in fields.text.analysed().into_iter().chain([danish]) {
            reader.walk(segment, field, analyser, &rows)?;
        }
    }
    let source = Arc::new(reader.finish());
    let rows = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.1, vec![i as u32]))
        .collect();
    Ok(DocVectors::weigh(source, rows, settings.clone()))
}

/// (segment ordinal, response id, doc) of the selected live documents, by response id.
fn selected_docs(
    searcher: &Searcher,
    hearing_id: i32,
    wanted: Option<&HashSet<i32>>,
) -> tantivy::Result<Vec<(u32, i32, u32)>> {
    let mut out = Vec::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let hearings = segment.fast_fields().u64("hearing_id")?;
        let ids = segment.fast_fields().u64("response_id")?;
        let officials = segment.fast_fields().u64("officials")?;
        for doc in segment.doc_ids_alive() {
            if hearings.first(doc) != Some(hearing_id as u64) || officials.first(doc) != Some(1) {
                continue;
            }
            let Some(id) = ids.first(doc).map(|id| id as i32) else {
                continue;
            };
            if wanted.is_none_or(|w| w.contains(&id)) {
                out.push((ord as u32, id, doc));
            }
        }
    }
    out.sort_by_key(|&(ord, id, doc)| (id, ord, doc));
    out.dedup_by_key(|d| d.1);
    Ok(out)
}

/// Row of each doc of segment `ord` (`u32::MAX`: not selected).
fn segment_rows(docs: &[(u32, i32, u32)], ord: usize, max_doc: u32) -> Vec<u32> {
    let mut rows = vec![u32::MAX; max_doc as usize];
    for (row, &(o, _, doc)) in docs.iter().enumerate() {
        if o as usize == ord {
            rows[doc as usize] = row as u32;
        }
    }
    rows
}

/// Term counts gathered while walking the postings.
struct Reader {
    interned: HashMap<(&'static str, Vec<u8>), u32>,
    counts: Vec<Vec<(u32, u32)>>,
}

impl Reader {
    fn new(rows: usize) -> Self {
        Reader {
            interned: HashMap::new(),
            counts: vec![Vec::new(); rows],
        }
    }

    /// Adds the counts of `field`'s terms in the selected docs of `segment`.
    fn walk(
        &mut self,
        segment: &SegmentReader,
        field: tantivy::schema::Field,
        analyser: &'static str,
        rows: &[u32],
    ) -> tantivy::Result<()> {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted.terms().stream()?;
        while stream.advance() {
            if is_numeric(stream.key()) {
                continue;
            }
            let mut postings = inverted
                .read_postings_from_terminfo(stream.value(), IndexRecordOption::WithFreqs)?;
            let mut term = None;
            let mut doc = postings.doc();
            while doc != TERMINATED {
                let row = rows[doc as usize];
                if row != u32::MAX {
                    let id = *term.get_or_insert_with(|| self.intern(analyser, stream.key()));
                    self.counts[row as usize].push((id, postings.term_freq()));
                }
                doc = postings.advance();
            }
        }
        Ok(())
    }

    fn intern(&mut self, analyser: &'static str, key: &[u8]) -> u32 {
        let next = self.interned.len() as u32;
        *self
            .interned
            .entry((analyser, key.to_vec()))
            .or_insert(next)
    }

    /// The counts with term ids in the vocabulary's sorted order.
    fn finish(self) -> Source {
        let mut terms: Vec<(Term, u32)> = self
            .interned
            .into_iter()
            .map(|((analyser, key), id)| {
                let text = String::from_utf8_lossy(&key).into_owned();
                (Term { analyser, text }, id)
            })
            .collect();
        terms.sort();
        let mut new_id = vec![0u32; terms.len()];
        for (position, (_, old)) in terms.iter().enumerate() {
            new_id[*old as usize] = position as u32;
        }
        let counts = self
            .counts
            .into_iter()
            .map(|row| sorted_row(row.into_iter().map(|(t, c)| (new_id[t as usize], c))))
            .collect();
        let terms = terms.into_iter().map(|(t, _)| t).collect();
        Source { terms, counts }
    }
}

/// Whether a term is a number only (years, amounts, case numbers).
fn is_numeric(key: &[u8]) -> bool {
    std::str::from_utf8(key).is_ok_and(|s| s.chars().all(char::is_numeric))
}

/// (term, count) pairs sorted by term, counts of a repeated term added.
fn sorted_row(pairs: impl Iterator<Item = (u32, u32)>) -> Vec<(u32, u32)> {
    let mut row: Vec<(u32, u32)> = pairs.collect();
    row.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(row.len());
    for (t, c) in row {
        match out.last_mut() {
            Some(last) if last.0 == t => last.1 += c,
            _ => out.push((t, c)),
        }
    }
    out
}

#[cfg(test)]
mod tests;
mod texts;
mod weigh;
