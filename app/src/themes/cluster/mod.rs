//! Clustering of document vectors (spherical k-means, k chosen automatically).
//! TEMPORARY STUB until the clustering branch lands (interface only).

use super::vectors::SparseVec;

/// Settings.
#[derive(Clone, Debug, Default)]
pub struct Settings {}

/// A clustering.
#[derive(Clone, Debug, Default)]
pub struct Clustering {
    /// Labels.
    pub labels: Vec<usize>,
    /// Clusters.
    pub k: usize,
}

/// Clusters.
pub fn cluster(rows: &[SparseVec], _dims: usize, _k: Option<usize>, _s: &Settings) -> Clustering {
    Clustering {
        labels: vec![0; rows.len()],
        k: usize::from(!rows.is_empty()),
    }
}
