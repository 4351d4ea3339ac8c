//! Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations.

/// Sweeps before giving up (convergence is quadratic; 10 is usually plenty).
const MAX_SWEEPS: usize = 60;

/// The eigen-decomposition of the symmetric n × n matrix `a` (row-major): eigenvalues in
/// decreasing order, and the eigenvectors as the columns of a row-major n × n matrix, in
/// the same order.
pub fn eigen(a: &[f64], n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut a = a.to_vec();
    let mut v = vec![0.0f64; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    let total: f64 = a.iter().map(|x| x * x).sum();
    for _ in 0..MAX_SWEEPS {
        let off: f64 = (0..n)
            .flat_map(|p| (0..n).filter(move |&q| q != p).map(move |q| (p, q)))
            .map(|(p, q)| a[p * n + q].powi(2))
            .sum();
        if off <= total * 1e-22 || off == 0.0 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                rotate(&mut a, &mut v, n, p, q);
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&x, &y| a[y * n + y].total_cmp(&a[x * n + x]).then(x.cmp(&y)));
    let values = order.iter().map(|&i| a[i * n + i]).collect();
    let mut vectors = vec![0.0f64; n * n];
    for (c, &i) in order.iter().enumerate() {
        for r in 0..n {
            vectors[r * n + c] = v[r * n + i];
        }
    }
    (values, vectors)
}

/// One rotation zeroing a[p][q] (Numerical Recipes' stable form).
fn rotate(a: &mut [f64], v: &mut [f64], n: usize, p: usize, q: usize) {
    let apq = a[p * n + q];
    if apq == 0.0 {
        return;
    }
    let theta = (a[q * n + q] - a[p * n + p]) / (2.0 * apq);
    let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
    let t = if theta == 0.0 { 1.0 } else { t };
    let c = 1.0 / (t * t + 1.0).sqrt();
    let s = t * c;
    for k in 0..n {
        let (akp, akq) = (a[k * n + p], a[k * n + q]);
        a[k * n + p] = c * akp - s * akq;
        a[k * n + q] = s * akp + c * akq;
    }
    for k in 0..n {
        let (apk, aqk) = (a[p * n + k], a[q * n + k]);
        a[p * n + k] = c * apk - s * aqk;
        a[q * n + k] = s * apk + c * aqk;
    }
    for k in 0..n {
        let (vkp, vkq) = (v[k * n + p], v[k * n + q]);
        v[k * n + p] = c * vkp - s * vkq;
        v[k * n + q] = s * vkp + c * vkq;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symmetric_matrix_is_diagonalised() {
        // Eigenvalues of [[2,1,0],[1,2,1],[0,1,2]]: 2+√2, 2, 2-√2.
        let a = [2.0, 1.0, 0.0, 1.0, 2.0, 1.0, 0.0, 1.0, 2.0];
        let (values, vectors) = eigen(&a, 3);
        let expected = [2.0 + 2f64.sqrt(), 2.0, 2.0 - 2f64.sqrt()];
        for (v, e) in values.iter().zip(expected) {
            assert!((v - e).abs() < 1e-10, "{v} vs {e}");
        }
        for c in 0..3 {
            for r in 0..3 {
                let av: f64 = (0..3).map(|k| a[r * 3 + k] * vectors[k * 3 + c]).sum();
                assert!((av - values[c] * vectors[r * 3 + c]).abs() < 1e-10);
            }
        }
    }
}
