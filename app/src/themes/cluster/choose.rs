//! How many groups: the mean silhouette (Rousseeuw 1987; cosine distance) of a fixed-seed
//! sample clustered with each k of a grid. Its maximum when the curve has one inside the
//! grid; when it still rises at the grid's end — as on short texts, where every further
//! split separates a few near-identical responses a little better — the knee of the curve
//! (Kneedle, Satopää et al. 2011): the k after which more groups add least separation per
//! group.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rayon::prelude::*;

use super::Settings;
use super::dense::{Dense, products};
use super::kmeans;

/// The k to use for the unit rows `x`, between 2 and `max_k` (the caller handles fewer rows).
pub fn choose_k(x: &Dense, max_k: usize, settings: &Settings) -> usize {
    let picked = super::sample(x.rows, settings.choice_sample, settings.seed ^ 0x5eed);
    let sample = x.select(&picked);
    let grid = grid(max_k.min(sample.rows - 1).max(2));
    let similarity = similarities(&sample);
    let curve: Vec<(usize, f64)> = grid
        .par_iter()
        .map(|&k| {
            let mut rng = StdRng::seed_from_u64(settings.seed.wrapping_add(k as u64));
            let fit = kmeans::best_of(
                &sample,
                k,
                settings.choice_restarts,
                settings.max_iterations,
                &mut rng,
            );
            (k, silhouette(&similarity, sample.rows, &fit.labels, k))
        })
        .collect();
    pick(&curve)
}

/// Every k from 2 to 10, then steps of about an eighth, up to `max_k`.
fn grid(max_k: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = 2;
    while k <= max_k {
        out.push(k);
        k += (k / 8).max(1);
    }
    out
}

/// The maximum, or the knee when the maximum is the grid's last point.
fn pick(curve: &[(usize, f64)]) -> usize {
    let best = curve
        .iter()
        .fold(curve[0], |b, &p| if p.1 > b.1 { p } else { b });
    let last = curve[curve.len() - 1];
    if best.0 != last.0 || curve.len() < 4 {
        return best.0;
    }
    knee(curve)
}

/// Kneedle on an increasing curve: the point farthest above the chord from first to last.
fn knee(curve: &[(usize, f64)]) -> usize {
    let (first, last) = (curve[0], curve[curve.len() - 1]);
    let (dx, dy) = ((last.0 - first.0) as f64, last.1 - first.1);
    if dy <= 0.0 {
        return last.0;
    }
    curve
        .iter()
        .map(|&(k, s)| {
            let above = (s - first.1) / dy - (k - first.0) as f64 / dx;
            (k, above)
        })
        .fold(
            (last.0, f64::NEG_INFINITY),
            |b, p| if p.1 > b.1 { p } else { b },
        )
        .0
}

/// Cosine similarities of every pair of rows, n × n.
fn similarities(x: &Dense) -> Vec<f32> {
    products(x, x).data
}

/// The mean silhouette with distance 1 − cosine; a row alone in its cluster scores 0.
pub fn silhouette(similarity: &[f32], n: usize, labels: &[usize], k: usize) -> f64 {
    let mut sizes = vec![0usize; k];
    labels.iter().for_each(|&l| sizes[l] += 1);
    let total: f64 = (0..n)
        .into_par_iter()
        .map(|i| {
            let mut sums = vec![0.0f64; k];
            for (j, &s) in similarity[i * n..(i + 1) * n].iter().enumerate() {
                if j != i {
                    sums[labels[j]] += f64::from((1.0 - s).max(0.0));
                }
            }
            let own = labels[i];
            if sizes[own] <= 1 {
                return 0.0;
            }
            let a = sums[own] / (sizes[own] - 1) as f64;
            let b = (0..k)
                .filter(|&c| c != own && sizes[c] > 0)
                .map(|c| sums[c] / sizes[c] as f64)
                .fold(f64::INFINITY, f64::min);
            if !b.is_finite() || a.max(b) == 0.0 {
                0.0
            } else {
                (b - a) / a.max(b)
            }
        })
        .sum();
    total / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_is_dense_at_first_then_sparser() {
        assert_eq!(grid(2), [2]);
        assert_eq!(grid(6), [2, 3, 4, 5, 6]);
        let g = grid(30);
        assert_eq!(g[..9], [2, 3, 4, 5, 6, 7, 8, 9, 10]);
        assert!(g.len() < 22 && *g.last().unwrap() <= 30);
    }

    #[test]
    fn a_peak_wins_and_a_rising_curve_gives_its_knee() {
        let peak = [(2, 0.1), (3, 0.3), (4, 0.5), (5, 0.2)];
        assert_eq!(pick(&peak), 4);
        let rising = [(2, 0.0), (4, 0.6), (6, 0.8), (8, 0.85), (10, 0.9)];
        assert_eq!(pick(&rising), 4);
    }
}
