//! Dense row-major matrices and the few operations clustering needs, in `f32`.

use crate::themes::vectors::SparseVec;

/// A dense matrix, row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct Dense {
    /// Number of rows.
    pub rows: usize,
    /// Number of columns.
    pub cols: usize,
    /// `rows × cols` values, row after row.
    pub data: Vec<f32>,
}

impl Dense {
    /// A matrix of zeros.
    pub fn zeros(rows: usize, cols: usize) -> Self {
        Dense {
            rows,
            cols,
            data: vec![0.0; rows * cols],
        }
    }

    /// The sparse `rows` written out over `cols` columns.
    pub fn from_sparse(rows: &[&SparseVec], cols: usize) -> Self {
        let mut out = Dense::zeros(rows.len(), cols);
        for (i, row) in rows.iter().enumerate() {
            let target = out.row_mut(i);
            for (&t, &v) in row.indices.iter().zip(&row.values) {
                target[t as usize] = v;
            }
        }
        out
    }

    /// Row `i`.
    pub fn row(&self, i: usize) -> &[f32] {
        &self.data[i * self.cols..(i + 1) * self.cols]
    }

    /// Row `i`, to change.
    pub fn row_mut(&mut self, i: usize) -> &mut [f32] {
        &mut self.data[i * self.cols..(i + 1) * self.cols]
    }

    /// The rows `picked`, in that order.
    pub fn select(&self, picked: &[usize]) -> Dense {
        let mut data = Vec::with_capacity(picked.len() * self.cols);
        for &i in picked {
            data.extend_from_slice(self.row(i));
        }
        Dense {
            rows: picked.len(),
            cols: self.cols,
            data,
        }
    }

    /// Scales every row to unit length (a zero row stays zero).
    pub fn normalise_rows(&mut self) {
        if self.cols == 0 {
            return;
        }
        for row in self.data.chunks_exact_mut(self.cols) {
            normalise(row);
        }
    }
}

/// Scales `v` to unit length; returns whether it was not zero.
pub fn normalise(v: &mut [f32]) -> bool {
    let norm = dot(v, v).sqrt();
    if norm > 0.0 && norm.is_finite() {
        v.iter_mut().for_each(|x| *x /= norm);
        true
    } else {
        false
    }
}

/// The dot product, in eight lanes so the compiler can vectorise it.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut lanes = [0.0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for ((lane, p), q) in lanes.iter_mut().zip(x).zip(y) {
            *lane += p * q;
        }
    }
    lanes.iter().sum::<f32>() + tail
}

/// `acc += scale × v`.
pub fn add_scaled(acc: &mut [f32], v: &[f32], scale: f32) {
    for (a, x) in acc.iter_mut().zip(v) {
        *a += scale * x;
    }
}
