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

/// `a · bᵀ`: the dot product of every row of `a` with every row of `b`, an `a.rows × b.rows`
/// matrix. k-means' assignments and its seeding's candidate distances are such products
/// (`dot` row by row was compiled for SSE2 only and read `a` once per row of `b`).
pub fn products(a: &Dense, b: &Dense) -> Dense {
    Dense {
        rows: a.rows,
        cols: b.rows,
        data: multiply(a.view(), b.view().t()),
    }
}

/// The scalars [`multiply`] takes (`f32`, `f64`).
pub trait Real: Copy + 'static {
    /// 0.
    const ZERO: Self;
    /// 1.
    const ONE: Self;
}

impl Real for f32 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
}

impl Real for f64 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
}

/// A matrix read from a slice: element (i, j) is `data[i × row_step + j × col_step]`.
#[derive(Clone, Copy, Debug)]
pub struct View<'a, T> {
    data: &'a [T],
    rows: usize,
    cols: usize,
    row_step: usize,
    col_step: usize,
}

impl<'a, T> View<'a, T> {
    /// The `rows × cols` matrix stored row after row in `data`.
    pub fn rows_of(data: &'a [T], rows: usize, cols: usize) -> Self {
        assert_eq!(data.len(), rows * cols, "a {rows} × {cols} matrix");
        View {
            data,
            rows,
            cols,
            row_step: cols,
            col_step: 1,
        }
    }

    /// The first `cols` columns.
    pub fn left(self, cols: usize) -> Self {
        assert!(cols <= self.cols, "{cols} of {} columns", self.cols);
        View { cols, ..self }
    }

    /// The transpose (nothing is copied).
    pub fn t(self) -> Self {
        View {
            rows: self.cols,
            cols: self.rows,
            row_step: self.col_step,
            col_step: self.row_step,
            ..self
        }
    }
}

impl Dense {
    /// This matrix as a [`View`].
    pub fn view(&self) -> View<'_, f32> {
        View::rows_of(&self.data, self.rows, self.cols)
    }
}

/// `a × b`, row-major (`a.rows × b.cols`), as one matrix product of the `gemm` crate: its
/// AVX-512, AVX2+FMA or SSE kernel is picked at run time and large products are split over
/// rayon's threads (by blocks of the result, so the sums do not depend on the thread count).
pub fn multiply<T: Real>(a: View<'_, T>, b: View<'_, T>) -> Vec<T> {
    assert_eq!(
        a.cols, b.rows,
        "a {}-column matrix times a {}-row one",
        a.cols, b.rows
    );
    let mut out = vec![T::ZERO; a.rows * b.cols];
    if out.is_empty() || a.cols == 0 {
        return out;
    }
    for m in [&a, &b] {
        let last = (m.rows - 1) * m.row_step + (m.cols - 1) * m.col_step;
        assert!(last < m.data.len(), "a view beyond its slice");
    }
    let step = |n: usize| isize::try_from(n).expect("a matrix fits in memory");
    // SAFETY: `out` holds `a.rows × b.cols` elements, written row-major (row step `b.cols`,
    // column step 1); every element the two views name is inside its slice (the last one,
    // at (rows − 1, cols − 1), is checked above, and steps are not negative); `out` is new,
    // so it overlaps neither. `read_dst` is false: `out`'s zeros are not read.
    unsafe {
        gemm::gemm(
            a.rows,
            b.cols,
            a.cols,
            out.as_mut_ptr(),
            1,
            step(b.cols),
            false,
            a.data.as_ptr(),
            step(a.col_step),
            step(a.row_step),
            b.data.as_ptr(),
            step(b.col_step),
            step(b.row_step),
            T::ZERO,
            T::ONE,
            false,
            false,
            false,
            gemm::Parallelism::Rayon(0),
        );
    }
    out
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

#[cfg(test)]
mod tests {
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    use super::*;

    fn random(rows: usize, cols: usize, rng: &mut StdRng) -> Dense {
        let data = (0..rows * cols)
            .map(|_| rng.random_range(-1.0..1.0))
            .collect();
        Dense { rows, cols, data }
    }

    #[test]
    fn products_are_the_dot_products_of_every_pair_of_rows() {
        let mut rng = StdRng::seed_from_u64(1);
        for (m, n, cols) in [
            (1, 1, 1),
            (7, 3, 5),
            (37, 20, 100),
            (300, 6, 33),
            (5, 130, 17),
        ] {
            let (a, b) = (random(m, cols, &mut rng), random(n, cols, &mut rng));
            let p = products(&a, &b);
            assert_eq!((p.rows, p.cols), (m, n));
            for i in 0..m {
                for j in 0..n {
                    let want = dot(a.row(i), b.row(j));
                    let got = p.row(i)[j];
                    assert!(
                        (want - got).abs() < 1e-4,
                        "{m}×{n}×{cols} at ({i}, {j}): {got} ≠ {want}"
                    );
                }
            }
        }
    }

    #[test]
    fn products_of_nothing_are_empty_or_zero() {
        assert_eq!(
            products(&Dense::zeros(0, 4), &Dense::zeros(3, 4))
                .data
                .len(),
            0
        );
        assert_eq!(
            products(&Dense::zeros(2, 0), &Dense::zeros(3, 0)).data,
            vec![0.0; 6]
        );
    }
}
