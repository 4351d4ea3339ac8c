//! Clustering of document vectors (spherical k-means, k chosen automatically).
//!
//! [`cluster`] takes L2-normalised TF-IDF rows ([`crate::themes::vectors`]) and:
//! 1. projects them onto their top [`Settings::lsa_dims`] singular directions (LSA, a
//!    randomized truncated SVD, [`lsa`]) when there are more features than that, and
//!    normalises the projected rows again;
//! 2. chooses k when none is given ([`choose`]: silhouette over a grid on a sample);
//! 3. runs spherical k-means ([`kmeans`]) from greedy k-means++ seeds, [`Settings::restarts`]
//!    times (side by side, each with a generator seeded from [`Settings::seed`]'s) on a
//!    fixed-seed sample of at most [`Settings::sample`] rows, keeps the restart of
//!    best objective (the [`Settings::finalists`] best, each refined on all rows, when the
//!    sample is not everything) and refines its centroids with Lloyd iterations over all rows;
//!    the assignment step skips the rows Hamerly's bounds prove stay ([`bounds`]);
//! 4. numbers the clusters by decreasing size.
//!
//! Why LSA: on the Stack Overflow titles (20,000 short texts, 20 labels; a Python prototype of
//! this pipeline, k = 20, best objective of 5 restarts, two seeds) spherical k-means on the
//! raw TF-IDF rows reached NMI 0.562–0.576; after LSA to 50 / 100 / 200 / 300 dimensions
//! 0.615–0.631 / 0.639–0.671 / 0.649–0.674 / 0.611–0.634 (100 with 16 restarts: 0.696).
//! Short texts share few words; the SVD puts words that occur with the same words close
//! together. 100 dimensions also keep k-means cheap (dense 100-d rows). This Rust pipeline
//! measured NMI 0.672 (k = 20) against the scikit-learn baseline's 0.612 in the same run
//! (`server/benches/themes.rs`, docs/BENCHMARKS.md).
//!
//! The dense steps are matrix products ([`dense::multiply`], the `gemm` crate's kernels).
//! Everything is deterministic: the random draws come from [`Settings::seed`], parallel sums
//! are split in fixed chunks or by blocks of a product's result, and ties break towards the
//! smallest index.

mod bounds;
mod choose;
mod dense;
mod jacobi;
mod kmeans;
mod lsa;
pub mod synthetic;
#[cfg(test)]
pub(crate) mod tests;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::index;

use crate::themes::vectors::SparseVec;
use dense::Dense;

/// How clustering runs. The defaults are what the benchmark measured.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Seed of every random draw.
    pub seed: u64,
    /// k-means restarts; the one of best objective is kept.
    pub restarts: usize,
    /// Lloyd iterations at most per run.
    pub max_iterations: usize,
    /// Dimensions after LSA (0: no LSA).
    pub lsa_dims: usize,
    /// Power iterations of the randomized SVD.
    pub lsa_power: usize,
    /// Restarts run on at most this many rows; the best are then refined on all of them.
    pub sample: usize,
    /// How many of the sample's best restarts are refined on every row; the one of best
    /// objective over every row is kept.
    pub finalists: usize,
    /// Automatic k: at most this many groups (officials cannot read more themes).
    pub max_k: usize,
    /// Automatic k: a group should have at least this many rows on average.
    pub min_group: usize,
    /// Automatic k: the silhouette is measured on at most this many rows.
    pub choice_sample: usize,
    /// Automatic k: restarts per candidate k.
    pub choice_restarts: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            seed: 20_261_127,
            restarts: 10,
            max_iterations: 50,
            lsa_dims: 100,
            lsa_power: 4,
            sample: 5_000,
            finalists: 1,
            max_k: 30,
            min_group: 3,
            choice_sample: 2_000,
            choice_restarts: 2,
        }
    }
}

/// A grouping of rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clustering {
    /// Group of each row, `0..k`: group 0 is the largest (ties: the one whose first row
    /// comes first).
    pub labels: Vec<usize>,
    /// Number of groups (0 only for no rows).
    pub k: usize,
}

/// Groups `rows` (unit or empty sparse vectors over `dims` features) into `k` groups, or
/// into a number chosen from the data when `k` is `None`. A given `k` is capped at the
/// number of rows with features. Rows without features (no text, or only words outside the
/// vocabulary) cannot be compared with anything: they go to the largest group.
pub fn cluster(
    rows: &[SparseVec],
    dims: usize,
    k: Option<usize>,
    settings: &Settings,
) -> Clustering {
    let full: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].is_empty()).collect();
    if full.is_empty() {
        let k = usize::from(!rows.is_empty());
        return Clustering {
            labels: vec![0; rows.len()],
            k,
        };
    }
    let x = space(rows, &full, dims, settings);
    let k = match k {
        Some(k) => k.clamp(1, full.len()),
        None => automatic_k(&x, settings),
    };
    let labels = fit(&x, k, settings);
    let mut all = vec![usize::MAX; rows.len()];
    for (&row, &label) in full.iter().zip(&labels) {
        all[row] = label;
    }
    by_size(all, k)
}

/// The rows with features as unit dense rows: LSA coordinates, or the TF-IDF values when
/// there are few features.
fn space(rows: &[SparseVec], full: &[usize], dims: usize, settings: &Settings) -> Dense {
    let picked: Vec<&SparseVec> = full.iter().map(|&i| &rows[i]).collect();
    let mut x = if settings.lsa_dims > 0 && dims > settings.lsa_dims {
        lsa::project(
            &picked,
            dims,
            settings.lsa_dims,
            settings.lsa_power,
            settings.seed,
        )
    } else {
        Dense::from_sparse(&picked, dims)
    };
    x.normalise_rows();
    x
}

/// k for `x`: one group when there are too few rows for two of [`Settings::min_group`].
fn automatic_k(x: &Dense, settings: &Settings) -> usize {
    let most = settings.max_k.min(x.rows / settings.min_group.max(1));
    if most < 2 {
        return 1;
    }
    choose::choose_k(x, most, settings)
}

/// Labels of `x` in `k` groups: restarts on a sample, the best refined on every row.
fn fit(x: &Dense, k: usize, settings: &Settings) -> Vec<usize> {
    if k <= 1 {
        return vec![0; x.rows];
    }
    let mut rng = StdRng::seed_from_u64(settings.seed);
    let picked = sample(x.rows, settings.sample.max(k), settings.seed);
    let restarts = settings.restarts;
    if picked.len() == x.rows {
        return kmeans::best_of(x, k, restarts, settings.max_iterations, &mut rng).labels;
    }
    let fits = kmeans::ranked(
        &x.select(&picked),
        k,
        restarts,
        settings.max_iterations,
        &mut rng,
    );
    let mut best: Option<kmeans::Fit> = None;
    for fit in fits.into_iter().take(settings.finalists.max(1)) {
        let refined = kmeans::lloyd(x, fit.centroids, settings.max_iterations);
        if best
            .as_ref()
            .is_none_or(|b| refined.objective > b.objective)
        {
            best = Some(refined);
        }
    }
    best.expect("at least one restart").labels
}

/// At most `size` of the indices `0..n`, ascending, drawn from `seed` (all when n ≤ size).
fn sample(n: usize, size: usize, seed: u64) -> Vec<usize> {
    if n <= size {
        return (0..n).collect();
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let mut picked = index::sample(&mut rng, n, size).into_vec();
    picked.sort_unstable();
    picked
}

/// Renumbers groups by decreasing size (ties: first member first); rows marked `usize::MAX`
/// join group 0.
fn by_size(labels: Vec<usize>, k: usize) -> Clustering {
    let mut sizes = vec![0usize; k];
    let mut first = vec![usize::MAX; k];
    for (row, &label) in labels.iter().enumerate() {
        if label < k {
            sizes[label] += 1;
            first[label] = first[label].min(row);
        }
    }
    let mut order: Vec<usize> = (0..k).filter(|&c| sizes[c] > 0).collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(sizes[c]), first[c]));
    let mut new = vec![0usize; k];
    for (position, &c) in order.iter().enumerate() {
        new[c] = position;
    }
    let labels = labels
        .into_iter()
        .map(|l| if l < k { new[l] } else { 0 })
        .collect();
    Clustering {
        labels,
        k: order.len(),
    }
}
