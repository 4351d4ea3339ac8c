//! Spherical k-means on unit rows: each row goes to the centroid of highest cosine, each
//! centroid is the normalised sum of its rows; the objective is the sum of those cosines
//! (Dhillon and Modha 2001). Seeding is greedy k-means++ (as scikit-learn's: 2 + ln k
//! candidates per step, the one that lowers the total distance most), with 1 − cosine as the
//! distance. An emptied cluster takes the row farthest from its own centroid.

use rand::Rng;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rayon::prelude::*;

use super::bounds;
use super::dense::{Dense, add_scaled, normalise, products};

/// Fixed work split of the centroid sums, so results do not depend on the thread count.
const CHUNK_ROWS: usize = 2048;

/// A local optimum of spherical k-means.
#[derive(Clone, Debug)]
pub struct Fit {
    /// Cluster of each row.
    pub labels: Vec<usize>,
    /// Unit centroids, k × cols.
    pub centroids: Dense,
    /// Sum over rows of the cosine to their centroid.
    pub objective: f64,
}

/// Greedy k-means++ seeds: `k` rows of `x` (k ≤ rows). Each step draws its candidates from
/// the current distances, then measures them all in one matrix product.
pub fn seed(x: &Dense, k: usize, rng: &mut StdRng) -> Dense {
    let n = x.rows;
    let mut picked = vec![rng.random_range(0..n)];
    let mut distance: Vec<f32> = distances(x, &picked).into_iter().next().expect("one row");
    let tries = 2 + (k as f64).ln() as usize;
    while picked.len() < k {
        let total: f64 = distance.iter().map(|&d| f64::from(d)).sum();
        let candidates: Vec<usize> = (0..tries)
            .map(|_| match total > 0.0 {
                true => weighted_pick(&distance, total, rng),
                false => rng.random_range(0..n),
            })
            .collect();
        let mut best: Option<(f64, usize, Vec<f32>)> = None;
        let measured = distances(x, &candidates);
        for (candidate, own) in candidates.into_iter().zip(measured) {
            let merged: Vec<f32> = own.iter().zip(&distance).map(|(a, b)| a.min(*b)).collect();
            let sum: f64 = merged.iter().map(|&d| f64::from(d)).sum();
            if best.as_ref().is_none_or(|b| sum < b.0) {
                best = Some((sum, candidate, merged));
            }
        }
        let (_, candidate, merged) = best.expect("at least one try");
        picked.push(candidate);
        distance = merged;
    }
    x.select(&picked)
}

/// For each row `i` of `centres`, 1 − cosine of every row of `x` to row `i`, never below zero.
fn distances(x: &Dense, centres: &[usize]) -> Vec<Vec<f32>> {
    let cosines = products(&x.select(centres), x);
    cosines
        .data
        .chunks_exact(x.rows)
        .map(|row| row.iter().map(|&c| (1.0 - c).max(0.0)).collect())
        .collect()
}

/// An index drawn with probability proportional to `weights` (summing to `total`).
fn weighted_pick(weights: &[f32], total: f64, rng: &mut StdRng) -> usize {
    let mut target = rng.random::<f64>() * total;
    for (i, &w) in weights.iter().enumerate() {
        target -= f64::from(w);
        if target < 0.0 {
            return i;
        }
    }
    weights.iter().rposition(|&w| w > 0.0).unwrap_or(0)
}

/// Lloyd iterations from `centroids` until no row moves or `max_iterations`. The assignment
/// step skips the rows whose bounds prove they stay ([`bounds`]); the labels are those of
/// plain Lloyd iterations.
pub fn lloyd(x: &Dense, mut centroids: Dense, max_iterations: usize) -> Fit {
    let mut rows = bounds::start(x, &centroids);
    for iteration in 1..=max_iterations.max(1) {
        let moved = iteration == 1 || bounds::reassign(x, &centroids, &mut rows);
        if !moved || iteration == max_iterations.max(1) {
            break;
        }
        let labels: Vec<usize> = rows.iter().map(|r| r.label).collect();
        let new = update(
            x,
            &labels,
            || bounds::cosines(x, &centroids, &rows),
            &centroids,
        );
        bounds::moved(&centroids, &new, &mut rows);
        centroids = new;
    }
    let sims = bounds::cosines(x, &centroids, &rows);
    Fit {
        labels: rows.iter().map(|r| r.label).collect(),
        centroids,
        objective: sims.iter().map(|&s| f64::from(s)).sum(),
    }
}

/// New unit centroids from `labels`; an empty cluster takes the worst-placed row left (by
/// `sims`, each row's cosine to its centroid, computed only then).
fn update(x: &Dense, labels: &[usize], sims: impl FnOnce() -> Vec<f32>, old: &Dense) -> Dense {
    let k = old.rows;
    let parts: Vec<(Dense, Vec<usize>)> = (0..x.rows.div_ceil(CHUNK_ROWS))
        .into_par_iter()
        .map(|chunk| {
            let mut sums = Dense::zeros(k, x.cols);
            let mut sizes = vec![0usize; k];
            let end = ((chunk + 1) * CHUNK_ROWS).min(x.rows);
            for r in chunk * CHUNK_ROWS..end {
                add_scaled(sums.row_mut(labels[r]), x.row(r), 1.0);
                sizes[labels[r]] += 1;
            }
            (sums, sizes)
        })
        .collect();
    let mut sums = Dense::zeros(k, x.cols);
    let mut sizes = vec![0usize; k];
    for (part, part_sizes) in parts {
        add_scaled(&mut sums.data, &part.data, 1.0);
        sizes.iter_mut().zip(part_sizes).for_each(|(a, b)| *a += b);
    }
    let mut empty = Vec::new();
    for (c, &size) in sizes.iter().enumerate() {
        if size == 0 || !normalise(sums.row_mut(c)) {
            empty.push(c);
        }
    }
    if !empty.is_empty() {
        let sims = sims();
        let mut worst: Vec<usize> = (0..x.rows).filter(|&r| sizes[labels[r]] > 1).collect();
        worst.sort_by(|&a, &b| sims[a].total_cmp(&sims[b]).then(a.cmp(&b)));
        for (i, c) in empty.into_iter().enumerate() {
            let source = worst.get(i).map_or(old.row(c), |&r| x.row(r));
            sums.row_mut(c).copy_from_slice(source);
        }
    }
    sums
}

/// The best of `restarts` fits of `x` (seeded from `rng`), by objective; ties keep the first.
pub fn best_of(
    x: &Dense,
    k: usize,
    restarts: usize,
    max_iterations: usize,
    rng: &mut StdRng,
) -> Fit {
    ranked(x, k, restarts, max_iterations, rng)
        .into_iter()
        .next()
        .expect("at least one restart")
}

/// `restarts` fits of `x`, best objective first; ties keep their order. Each restart has its
/// own generator, seeded in turn from `rng`, so the restarts run side by side on rayon's
/// threads and the result does not depend on how many there are.
pub fn ranked(
    x: &Dense,
    k: usize,
    restarts: usize,
    max_iterations: usize,
    rng: &mut StdRng,
) -> Vec<Fit> {
    let seeds: Vec<u64> = (0..restarts.max(1)).map(|_| rng.random()).collect();
    let mut fits: Vec<Fit> = seeds
        .into_par_iter()
        .map(|s| {
            let mut own = StdRng::seed_from_u64(s);
            lloyd(x, seed(x, k, &mut own), max_iterations)
        })
        .collect();
    fits.sort_by(|a, b| b.objective.total_cmp(&a.objective));
    fits
}
