//! Document vectors of a hearing's responses, read from the tantivy index.
//! TEMPORARY STUB until the clustering branch lands (interface only).

use tantivy::Searcher;

use crate::search::schema::Fields;

/// A sparse vector.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseVec {
    /// Term ids, ascending.
    pub indices: Vec<u32>,
    /// Weights.
    pub values: Vec<f32>,
}

/// Vectors.
#[derive(Clone, Debug, Default)]
pub struct DocVectors {
    /// Response ids.
    pub ids: Vec<i32>,
    /// Weighted rows.
    pub rows: Vec<SparseVec>,
    /// Raw counts.
    pub counts: Vec<SparseVec>,
    /// Vocabulary.
    pub terms: Vec<(String, String)>,
}

impl DocVectors {
    /// Reads.
    pub fn read(
        _searcher: &Searcher,
        _fields: &Fields,
        _hearing_id: i32,
        ids: &[i32],
    ) -> tantivy::Result<Self> {
        Ok(DocVectors {
            ids: ids.to_vec(),
            rows: vec![SparseVec::default(); ids.len()],
            counts: vec![SparseVec::default(); ids.len()],
            terms: Vec::new(),
        })
    }

    /// Analyser and text of term `t`.
    pub fn term_key(&self, t: u32) -> (String, String) {
        self.terms[t as usize].clone()
    }
}
