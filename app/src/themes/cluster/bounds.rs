//! Hamerly's bounds (2010) for the assignment step of spherical k-means: each row keeps an
//! upper bound on its distance to its own centroid and a lower bound on its distance to
//! every other, so that once centroids settle most rows are skipped without computing a
//! single cosine. The distance is the Euclidean one between unit vectors,
//! √(2 − 2 cos), so the nearest centroid is the one of highest cosine (as `kmeans::assign`
//! chooses) and the triangle inequality holds. Bounds carry a small margin for `f32`
//! rounding; the labels are those a full assignment gives.

use super::dense::{Dense, dot, products};

/// Slack on every bound, for rounding in the `f32` cosines.
const MARGIN: f32 = 2e-3;

/// The distance between unit vectors of cosine `cos`.
fn distance(cos: f32) -> f32 {
    (2.0 - 2.0 * cos).max(0.0).sqrt()
}

/// A row's label and bounds.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// Its centroid.
    pub label: usize,
    /// At least its distance to its centroid.
    upper: f32,
    /// At most its distance to any other centroid.
    lower: f32,
}

/// The label and exact bounds of a row whose cosines to the centroids are `cosines`.
fn nearest(cosines: impl Iterator<Item = f32>) -> Row {
    let (mut best, mut best_cos, mut second_cos) = (0, f32::NEG_INFINITY, f32::NEG_INFINITY);
    for (c, s) in cosines.enumerate() {
        if s > best_cos {
            second_cos = best_cos;
            (best, best_cos) = (c, s);
        } else if s > second_cos {
            second_cos = s;
        }
    }
    Row {
        label: best,
        upper: distance(best_cos) + MARGIN,
        lower: if second_cos.is_finite() {
            distance(second_cos) - MARGIN
        } else {
            f32::INFINITY
        },
    }
}

/// Every row's nearest centroid, computed in full (one matrix product).
pub fn start(x: &Dense, centroids: &Dense) -> Vec<Row> {
    if centroids.rows == 0 {
        return vec![nearest(std::iter::empty()); x.rows];
    }
    products(x, centroids)
        .data
        .chunks_exact(centroids.rows)
        .map(|cosines| nearest(cosines.iter().copied()))
        .collect()
}

/// Half the distance from each centroid to its nearest other centroid, less the margin.
fn halfway(centroids: &Dense) -> Vec<f32> {
    (0..centroids.rows)
        .map(|a| {
            let nearest = (0..centroids.rows)
                .filter(|&b| b != a)
                .map(|b| distance(dot(centroids.row(a), centroids.row(b))))
                .fold(f32::INFINITY, f32::min);
            nearest / 2.0 - MARGIN
        })
        .collect()
}

/// Assigns every row again to `centroids`, computing cosines only for rows whose bounds do
/// not prove their label (one matrix product of those rows); returns whether any label
/// changed.
pub fn reassign(x: &Dense, centroids: &Dense, rows: &mut [Row]) -> bool {
    let s = halfway(centroids);
    let doubtful: Vec<usize> = (0..rows.len())
        .filter(|&r| rows[r].upper > s[rows[r].label].max(rows[r].lower))
        .collect();
    if doubtful.is_empty() || centroids.rows == 0 {
        return false;
    }
    let cosines = products(&x.select(&doubtful), centroids);
    let mut changed = false;
    for (&r, cosines) in doubtful
        .iter()
        .zip(cosines.data.chunks_exact(centroids.rows))
    {
        let row = &mut rows[r];
        row.upper = distance(cosines[row.label]) + MARGIN;
        if row.upper <= s[row.label].max(row.lower) {
            continue;
        }
        let before = row.label;
        *row = nearest(cosines.iter().copied());
        changed |= row.label != before;
    }
    changed
}

/// Loosens the bounds after the centroids moved from `old` to `new`.
pub fn moved(old: &Dense, new: &Dense, rows: &mut [Row]) {
    let shift: Vec<f32> = (0..old.rows)
        .map(|c| distance(dot(old.row(c), new.row(c))) + MARGIN)
        .collect();
    let (mut first, mut second) = (0, usize::MAX);
    for (c, &d) in shift.iter().enumerate().skip(1) {
        if d > shift[first] {
            (second, first) = (first, c);
        } else if second == usize::MAX || d > shift[second] {
            second = c;
        }
    }
    let largest = |label: usize| match label == first {
        true => shift.get(second).copied().unwrap_or(0.0),
        false => shift[first],
    };
    for row in rows {
        row.upper += shift[row.label];
        row.lower -= largest(row.label);
    }
}

/// The cosine of each row to its centroid.
pub fn cosines(x: &Dense, centroids: &Dense, rows: &[Row]) -> Vec<f32> {
    rows.iter()
        .enumerate()
        .map(|(r, row)| dot(x.row(r), centroids.row(row.label)))
        .collect()
}
