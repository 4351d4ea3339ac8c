//! From raw counts to TF-IDF rows: document frequencies over the rows at hand, the bounds,
//! the weights; and the subsets and merges that weigh again.

use std::collections::HashSet;
use std::sync::Arc;

use super::{DocVectors, Source, SparseVec, VectorSettings, sorted_row};

impl DocVectors {
    /// The row of each response id.
    pub fn row_of(&self) -> std::collections::HashMap<i32, usize> {
        self.ids
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect()
    }

    /// Weighs `rows` (response id, source rows summed into it), sorted by id.
    pub(super) fn weigh(
        source: Arc<Source>,
        mut rows: Vec<(i32, Vec<u32>)>,
        settings: VectorSettings,
    ) -> DocVectors {
        rows.sort_by_key(|r| r.0);
        let full: Vec<Vec<(u32, u32)>> = rows.iter().map(|(_, p)| sum(&source, p)).collect();
        let n = full.len();
        let mut df_all = vec![0u32; source.terms.len()];
        for row in &full {
            for &(t, _) in row {
                df_all[t as usize] += 1;
            }
        }
        let (low, high) = bounds(n, &settings);
        let mut new_id = vec![u32::MAX; df_all.len()];
        let (mut terms, mut df) = (Vec::new(), Vec::new());
        for (t, &d) in df_all.iter().enumerate() {
            if d >= low && d <= high {
                new_id[t] = terms.len() as u32;
                terms.push(source.terms[t].clone());
                df.push(d);
            }
        }
        let idf: Vec<f32> = df
            .iter()
            .map(|&d| ((1.0 + n as f64) / (1.0 + f64::from(d))).ln() as f32 + 1.0)
            .collect();
        let counts: Vec<SparseVec> = full.iter().map(|r| kept(r, &new_id)).collect();
        let weighted = counts.iter().map(|c| tf_idf(c, &idf)).collect();
        let (ids, parts) = rows.into_iter().unzip();
        DocVectors {
            ids,
            rows: weighted,
            counts,
            terms,
            df,
            settings,
            source,
            parts,
        }
    }

    /// The rows of `ids` only (others, and ids not here, are left out), weighed again over
    /// them: for clustering inside one theme.
    pub fn select(&self, ids: &[i32]) -> DocVectors {
        let wanted: HashSet<i32> = ids.iter().copied().collect();
        let rows = self
            .ids
            .iter()
            .zip(&self.parts)
            .filter(|(id, _)| wanted.contains(id))
            .map(|(&id, parts)| (id, parts.clone()))
            .collect();
        DocVectors::weigh(self.source.clone(), rows, self.settings.clone())
    }

    /// Each group of ids becomes one row, under its smallest id present here, with the
    /// members' counts added; weighed again. Ids in no group keep their rows. A campaign's
    /// members are merged this way so they count as one voice.
    pub fn merge(&self, groups: &[Vec<i32>]) -> DocVectors {
        let position = |id: &i32| self.ids.binary_search(id).ok();
        let mut merged = vec![false; self.ids.len()];
        let mut rows = Vec::new();
        for group in groups {
            let mut members: Vec<usize> = group.iter().filter_map(position).collect();
            members.sort_unstable();
            members.dedup();
            members.retain(|&m| !merged[m]);
            let Some(&first) = members.first() else {
                continue;
            };
            let mut parts = Vec::new();
            for &m in &members {
                merged[m] = true;
                parts.extend_from_slice(&self.parts[m]);
            }
            rows.push((self.ids[first], parts));
        }
        for (i, done) in merged.iter().enumerate() {
            if !done {
                rows.push((self.ids[i], self.parts[i].clone()));
            }
        }
        DocVectors::weigh(self.source.clone(), rows, self.settings.clone())
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The number of features (the vocabulary's size).
    pub fn dims(&self) -> usize {
        self.terms.len()
    }
}

/// The smallest and largest document frequency a feature may have among `n` documents.
fn bounds(n: usize, settings: &VectorSettings) -> (u32, u32) {
    let n32 = u32::try_from(n).unwrap_or(u32::MAX);
    if n < settings.min_docs_for_bounds {
        return (1, n32);
    }
    let high = (f64::from(settings.max_df_share) * n as f64).floor() as u32;
    (settings.min_df, high.max(settings.min_df))
}

/// The counts of source rows `parts`, added.
fn sum(source: &Source, parts: &[u32]) -> Vec<(u32, u32)> {
    match parts {
        [one] => source.counts[*one as usize].clone(),
        _ => sorted_row(
            parts
                .iter()
                .flat_map(|&p| source.counts[p as usize].iter().copied()),
        ),
    }
}

/// The counts of kept features, renumbered (the order is kept: ids grow with old ids).
fn kept(row: &[(u32, u32)], new_id: &[u32]) -> SparseVec {
    let mut out = SparseVec::default();
    for &(t, c) in row {
        let id = new_id[t as usize];
        if id != u32::MAX {
            out.indices.push(id);
            out.values.push(c as f32);
        }
    }
    out
}

/// Sublinear tf × idf, L2-normalised.
fn tf_idf(counts: &SparseVec, idf: &[f32]) -> SparseVec {
    let mut values: Vec<f32> = counts
        .indices
        .iter()
        .zip(&counts.values)
        .map(|(&t, &c)| (1.0 + c.ln()) * idf[t as usize])
        .collect();
    let norm = values.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        values.iter_mut().for_each(|v| *v /= norm);
    }
    SparseVec {
        indices: counts.indices.clone(),
        values,
    }
}
