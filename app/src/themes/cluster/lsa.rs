//! Latent semantic analysis: a randomized truncated SVD of the TF-IDF matrix (Halko,
//! Martinsson and Tropp 2011, algorithm 4.4 with power iterations), then the documents'
//! coordinates on the top singular directions.
//!
//! For the sparse n × d matrix A and l = r + 10 columns, subspace iteration on AᵀA from a
//! random start: Z = orth(Ω) (Ω uniform in [-1, 1], d × l), then `power` times
//! Z = orth(Aᵀ (A Z)). With Y = A Z, the l × l matrix Zᵀ Aᵀ Y = W Λ Wᵀ (Jacobi rotations);
//! the right singular vectors are V = Z W and a document's coordinates its row of A V (= U Σ),
//! cut to the r largest singular values. Only d × l matrices are orthonormalised (Cholesky
//! QR in `f64`, the last basis twice), so the cost grows with n only through the sparse
//! products (Aᵀ as its own compressed columns, so that each feature's row is one sum); the
//! dense steps are matrix products ([`super::dense::multiply`]).

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rayon::prelude::*;

use super::dense::{Dense, View, add_scaled, multiply};
use crate::themes::vectors::SparseVec;

/// Extra random directions beyond the wanted rank.
const OVERSAMPLE: usize = 10;

/// The documents `rows` (over `dims` features) as coordinates on at most `rank` singular
/// directions. Deterministic for a given `seed`.
pub fn project(rows: &[&SparseVec], dims: usize, rank: usize, power: usize, seed: u64) -> Dense {
    let l = (rank + OVERSAMPLE).min(rows.len()).min(dims);
    if l == 0 {
        return Dense::zeros(rows.len(), 0);
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let mut z = Dense::zeros(dims, l);
    z.data
        .iter_mut()
        .for_each(|x| *x = rng.random_range(-1.0..1.0));
    orthonormalise(&mut z, if power == 0 { 2 } else { 1 });
    let columns = Columns::of(rows, dims);
    for step in 1..=power {
        z = columns.times(&times(rows, &z));
        orthonormalise(&mut z, if step == power { 2 } else { 1 });
    }
    let y = times(rows, &z);
    let zt_at_y = crossed(&z, &columns.times(&y));
    let (_, vectors) = super::jacobi::eigen(&zt_at_y, l);
    let keep = rank.min(l);
    let z64 = wide(&z.data);
    let v = multiply(
        View::rows_of(&z64, dims, l),
        View::rows_of(&vectors, l, l).left(keep),
    );
    times(rows, &narrow(dims, keep, &v))
}

/// `f32` values as `f64`.
fn wide(values: &[f32]) -> Vec<f64> {
    values.iter().map(|&x| f64::from(x)).collect()
}

/// `f64` values as a `rows × cols` matrix of `f32`.
fn narrow(rows: usize, cols: usize, values: &[f64]) -> Dense {
    Dense {
        rows,
        cols,
        data: values.iter().map(|&x| x as f32).collect(),
    }
}

/// Pᵀ Q in `f64` for two d × l matrices, l × l row-major, made exactly symmetric.
fn crossed(p: &Dense, q: &Dense) -> Vec<f64> {
    let l = p.cols;
    let (p64, q64) = (wide(&p.data), wide(&q.data));
    let mut out = multiply(
        View::rows_of(&p64, p.rows, l).t(),
        View::rows_of(&q64, q.rows, q.cols),
    );
    for a in 0..l {
        for b in 0..a {
            let mean = (out[a * l + b] + out[b * l + a]) / 2.0;
            out[a * l + b] = mean;
            out[b * l + a] = mean;
        }
    }
    out
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

/// The sparse rows' columns: for each feature, the rows holding it and their values, in row
/// order (Aᵀ in the same compressed form as A).
struct Columns {
    /// Feature j's entries are `starts[j]..starts[j + 1]`.
    starts: Vec<usize>,
    rows: Vec<usize>,
    values: Vec<f32>,
}

impl Columns {
    fn of(rows: &[&SparseVec], dims: usize) -> Self {
        let mut starts = vec![0usize; dims + 1];
        for row in rows {
            row.indices
                .iter()
                .for_each(|&t| starts[t as usize + 1] += 1);
        }
        for j in 0..dims {
            starts[j + 1] += starts[j];
        }
        let mut next = starts.clone();
        let mut columns = Columns {
            rows: vec![0; starts[dims]],
            values: vec![0.0; starts[dims]],
            starts,
        };
        for (i, row) in rows.iter().enumerate() {
            for (&t, &v) in row.indices.iter().zip(&row.values) {
                let at = &mut next[t as usize];
                (columns.rows[*at], columns.values[*at]) = (i, v);
                *at += 1;
            }
        }
        columns
    }

    /// Aᵀ × Y for a dense Y with a row per row of A: each feature's row summed in row order.
    fn times(&self, y: &Dense) -> Dense {
        let mut out = Dense::zeros(self.starts.len() - 1, y.cols);
        if y.cols == 0 {
            return out;
        }
        out.data
            .par_chunks_mut(y.cols)
            .enumerate()
            .for_each(|(j, target)| {
                for k in self.starts[j]..self.starts[j + 1] {
                    add_scaled(target, y.row(self.rows[k]), self.values[k]);
                }
            });
        out
    }
}

/// Mᵀ M, l × l row-major, for M the d × l matrix `m` (in `f64`); exactly symmetric.
fn gram(m: &[f64], l: usize) -> Vec<f64> {
    let view = View::rows_of(m, m.len() / l, l);
    let mut g = multiply(view.t(), view);
    for a in 0..l {
        for b in 0..a {
            g[a * l + b] = g[b * l + a];
        }
    }
    g
}

/// Makes the columns of `m` orthonormal by `passes` Cholesky QRs in `f64`; dependent columns
/// become zero. One pass leaves the columns orthonormal up to about κ² · ε (κ the condition
/// number of `m`): each power step starts from orthonormal columns, so κ is at most
/// (σ₁/σₗ)² and one pass is orthonormal to far below `f32`'s precision; the basis the
/// singular vectors are read from takes a second pass (CholeskyQR2, Fukaya et al. 2014).
fn orthonormalise(m: &mut Dense, passes: usize) {
    let l = m.cols;
    if l == 0 || m.rows == 0 {
        return;
    }
    let mut q = wide(&m.data);
    for _ in 0..passes {
        let r_inv = inverse_cholesky(gram(&q, l), l);
        q = multiply(View::rows_of(&q, m.rows, l), View::rows_of(&r_inv, l, l));
    }
    *m = narrow(m.rows, l, &q);
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
