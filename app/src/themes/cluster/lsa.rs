//! Latent semantic analysis: a randomized truncated SVD of the TF-IDF matrix (Halko,
//! Martinsson and Tropp 2011, algorithm 4.4 with power iterations), then the documents'
//! coordinates on the top singular directions.
//!
//! For the sparse n × d matrix A and l = r + 10 columns: Y = A Ω (Ω uniform in [-1, 1]),
//! then `power` times orthonormalise Y, Z = Aᵀ Y, orthonormalise Z, Y = A Z; Q = orth(Y),
//! Z = Aᵀ Q and the l × l matrix Zᵀ Z = W Λ Wᵀ by Jacobi rotations. The right singular
//! vectors are V = Z W Λ^-½, and a document's coordinates are its row of A V (= U Σ), cut to
//! the r largest singular values. Orthonormalisation is Cholesky QR, twice, in `f64`.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rayon::prelude::*;

use super::dense::{Dense, add_scaled};
use crate::themes::vectors::SparseVec;

/// Extra random directions beyond the wanted rank.
const OVERSAMPLE: usize = 10;
/// Fixed work split of row-parallel sums, so results do not depend on the thread count.
const CHUNKS: usize = 16;

/// The documents `rows` (over `dims` features) as coordinates on at most `rank` singular
/// directions. Deterministic for a given `seed`.
pub fn project(rows: &[&SparseVec], dims: usize, rank: usize, power: usize, seed: u64) -> Dense {
    let l = (rank + OVERSAMPLE).min(rows.len()).min(dims);
    if l == 0 {
        return Dense::zeros(rows.len(), 0);
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let mut omega = Dense::zeros(dims, l);
    omega
        .data
        .iter_mut()
        .for_each(|x| *x = rng.random_range(-1.0..1.0));
    let mut y = times(rows, &omega);
    for _ in 0..power {
        orthonormalise(&mut y);
        let mut z = transposed_times(rows, dims, &y);
        orthonormalise(&mut z);
        y = times(rows, &z);
    }
    orthonormalise(&mut y);
    let z = transposed_times(rows, dims, &y);
    let (values, vectors) = super::jacobi::eigen(&gram(&z), l);
    let keep = rank.min(l);
    let mut v = Dense::zeros(dims, keep);
    for c in 0..keep {
        let sigma = values[c].max(0.0).sqrt();
        if sigma <= f64::EPSILON {
            continue;
        }
        for j in 0..dims {
            let s: f64 = (0..l)
                .map(|m| f64::from(z.data[j * l + m]) * vectors[m * l + c])
                .sum();
            v.data[j * keep + c] = (s / sigma) as f32;
        }
    }
    times(rows, &v)
}

/// A × M for the sparse rows A and a dense M (its rows are A's columns).
fn times(rows: &[&SparseVec], m: &Dense) -> Dense {
    let mut out = Dense::zeros(rows.len(), m.cols);
    if m.cols == 0 {
        return out;
    }
    out.data
        .par_chunks_mut(m.cols)
        .zip(rows.par_iter())
        .for_each(|(target, row)| {
            for (&t, &v) in row.indices.iter().zip(&row.values) {
                add_scaled(target, m.row(t as usize), v);
            }
        });
    out
}

/// Aᵀ × Y for the sparse rows A (over `dims` columns) and a dense Y with a row per row of A.
fn transposed_times(rows: &[&SparseVec], dims: usize, y: &Dense) -> Dense {
    let chunk = rows.len().div_ceil(CHUNKS).max(1);
    let parts: Vec<Dense> = rows
        .par_chunks(chunk)
        .enumerate()
        .map(|(c, part)| {
            let mut acc = Dense::zeros(dims, y.cols);
            for (i, row) in part.iter().enumerate() {
                let source = y.row(c * chunk + i);
                for (&t, &v) in row.indices.iter().zip(&row.values) {
                    add_scaled(acc.row_mut(t as usize), source, v);
                }
            }
            acc
        })
        .collect();
    let mut out = Dense::zeros(dims, y.cols);
    for part in parts {
        add_scaled(&mut out.data, &part.data, 1.0);
    }
    out
}

/// Mᵀ M in `f64`, l × l row-major.
fn gram(m: &Dense) -> Vec<f64> {
    let l = m.cols;
    let chunk = m.rows.div_ceil(CHUNKS).max(1);
    let parts: Vec<Vec<f64>> = m
        .data
        .par_chunks(chunk * l.max(1))
        .map(|block| {
            let mut g = vec![0.0f64; l * l];
            for row in block.chunks_exact(l) {
                for a in 0..l {
                    let x = f64::from(row[a]);
                    for b in a..l {
                        g[a * l + b] += x * f64::from(row[b]);
                    }
                }
            }
            g
        })
        .collect();
    let mut g = vec![0.0f64; l * l];
    for part in parts {
        g.iter_mut().zip(&part).for_each(|(a, b)| *a += b);
    }
    for a in 0..l {
        for b in 0..a {
            g[a * l + b] = g[b * l + a];
        }
    }
    g
}

/// Makes the columns of `m` orthonormal (Cholesky QR, twice); dependent columns become zero.
fn orthonormalise(m: &mut Dense) {
    for _ in 0..2 {
        let r_inv = inverse_cholesky(gram(m), m.cols);
        let l = m.cols;
        m.data.par_chunks_mut(l.max(1)).for_each(|row| {
            let source: Vec<f64> = row.iter().map(|&x| f64::from(x)).collect();
            for (c, target) in row.iter_mut().enumerate() {
                let s: f64 = (0..=c).map(|a| source[a] * r_inv[a * l + c]).sum();
                *target = s as f32;
            }
        });
    }
}

/// R⁻¹ for the Cholesky factor Rᵀ R = G (upper triangular, row-major); a pivot too small
/// (a dependent column) gives a zero column.
fn inverse_cholesky(mut g: Vec<f64>, l: usize) -> Vec<f64> {
    let scale = (0..l).map(|i| g[i * l + i]).fold(0.0f64, f64::max);
    let tiny = scale * 1e-12;
    // Upper factor R in place: R[i][j] for j ≥ i.
    for i in 0..l {
        let pivot = g[i * l + i] - (0..i).map(|k| g[k * l + i].powi(2)).sum::<f64>();
        let r = if pivot > tiny { pivot.sqrt() } else { 0.0 };
        g[i * l + i] = r;
        for j in i + 1..l {
            let s = g[i * l + j] - (0..i).map(|k| g[k * l + i] * g[k * l + j]).sum::<f64>();
            g[i * l + j] = if r > 0.0 { s / r } else { 0.0 };
        }
    }
    // Back substitution for R⁻¹, column by column of the identity.
    let mut inv = vec![0.0f64; l * l];
    for c in 0..l {
        for i in (0..=c).rev() {
            let r = g[i * l + i];
            if r == 0.0 {
                continue;
            }
            let rhs = if i == c { 1.0 } else { 0.0 };
            let s: f64 = (i + 1..=c).map(|k| g[i * l + k] * inv[k * l + c]).sum();
            inv[i * l + c] = (rhs - s) / r;
        }
    }
    inv
}
