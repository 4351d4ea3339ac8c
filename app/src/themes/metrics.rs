//! How well a grouping agrees with known labels: NMI, ARI, V-measure.
//!
//! The definitions are scikit-learn's (`normalized_mutual_info_score` with its default
//! arithmetic normalisation, `adjusted_rand_score`, `homogeneity_completeness_v_measure`),
//! including their limit cases, so figures can be compared with the Python baseline. Labels
//! are any numbers; only which items share one matters.

use std::collections::HashMap;

/// Homogeneity, completeness and their harmonic mean, the V-measure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VMeasure {
    /// 1 when each predicted group holds members of one true class only.
    pub homogeneity: f64,
    /// 1 when each true class lies within one predicted group.
    pub completeness: f64,
    /// The harmonic mean of the two (equal to NMI with arithmetic normalisation).
    pub v: f64,
}

/// Every figure at once.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scores {
    /// Normalised mutual information (arithmetic mean of the entropies).
    pub nmi: f64,
    /// Adjusted Rand index.
    pub ari: f64,
    /// Homogeneity, completeness, V-measure.
    pub v: VMeasure,
}

/// NMI, ARI and V-measure of `labels_pred` against `labels_true` (same length).
pub fn scores(labels_true: &[usize], labels_pred: &[usize]) -> Scores {
    Scores {
        nmi: nmi(labels_true, labels_pred),
        ari: ari(labels_true, labels_pred),
        v: v_measure(labels_true, labels_pred),
    }
}

/// The counts of each (true, predicted) pair and of each label on either side.
struct Contingency {
    n: f64,
    cells: HashMap<(usize, usize), f64>,
    rows: HashMap<usize, f64>,
    cols: HashMap<usize, f64>,
}

impl Contingency {
    fn new(labels_true: &[usize], labels_pred: &[usize]) -> Self {
        assert_eq!(
            labels_true.len(),
            labels_pred.len(),
            "labels of equal length"
        );
        let mut c = Contingency {
            n: labels_true.len() as f64,
            cells: HashMap::new(),
            rows: HashMap::new(),
            cols: HashMap::new(),
        };
        for (&t, &p) in labels_true.iter().zip(labels_pred) {
            *c.cells.entry((t, p)).or_default() += 1.0;
            *c.rows.entry(t).or_default() += 1.0;
            *c.cols.entry(p).or_default() += 1.0;
        }
        c
    }

    /// Mutual information in nats (summed in a fixed order).
    fn mutual_information(&self) -> f64 {
        let mut keys: Vec<&(usize, usize)> = self.cells.keys().collect();
        keys.sort_unstable();
        let n = self.n;
        let mi: f64 = keys
            .into_iter()
            .map(|&(t, p)| {
                let c = self.cells[&(t, p)];
                c / n * (c * n / (self.rows[&t] * self.cols[&p])).ln()
            })
            .sum();
        mi.max(0.0)
    }
}

/// Shannon entropy (nats) of a distribution given by counts summing to `n`.
fn entropy(counts: &HashMap<usize, f64>, n: f64) -> f64 {
    let mut counts: Vec<f64> = counts.values().copied().collect();
    counts.sort_by(f64::total_cmp);
    counts
        .iter()
        .filter(|&&c| c > 0.0)
        .map(|&c| -(c / n) * (c / n).ln())
        .sum()
}

/// Normalised mutual information, arithmetic normalisation: MI / ((H(true) + H(pred)) / 2).
/// 1.0 when both sides put everything in one group (or there is nothing); 0.0 when MI is 0.
pub fn nmi(labels_true: &[usize], labels_pred: &[usize]) -> f64 {
    let c = Contingency::new(labels_true, labels_pred);
    if c.rows.len() == c.cols.len() && c.rows.len() <= 1 {
        return 1.0;
    }
    let mi = c.mutual_information();
    if mi == 0.0 {
        return 0.0;
    }
    let mean = (entropy(&c.rows, c.n) + entropy(&c.cols, c.n)) / 2.0;
    mi / mean
}

/// Homogeneity, completeness and V-measure (β = 1).
pub fn v_measure(labels_true: &[usize], labels_pred: &[usize]) -> VMeasure {
    let c = Contingency::new(labels_true, labels_pred);
    if c.n == 0.0 {
        return VMeasure {
            homogeneity: 1.0,
            completeness: 1.0,
            v: 1.0,
        };
    }
    let h_true = entropy(&c.rows, c.n);
    let h_pred = entropy(&c.cols, c.n);
    let mi = c.mutual_information();
    let homogeneity = if h_true == 0.0 { 1.0 } else { mi / h_true };
    let completeness = if h_pred == 0.0 { 1.0 } else { mi / h_pred };
    let v = if homogeneity + completeness == 0.0 {
        0.0
    } else {
        2.0 * homogeneity * completeness / (homogeneity + completeness)
    };
    VMeasure {
        homogeneity,
        completeness,
        v,
    }
}

/// Adjusted Rand index: pair agreement corrected for chance; 1.0 for identical groupings
/// (and for the limit cases scikit-learn calls perfect), about 0 for random ones.
pub fn ari(labels_true: &[usize], labels_pred: &[usize]) -> f64 {
    let c = Contingency::new(labels_true, labels_pred);
    let n = labels_true.len();
    let (classes, groups) = (c.rows.len(), c.cols.len());
    if (classes == groups && (classes <= 1 || classes == n)) || n <= 1 {
        return 1.0;
    }
    let pairs = |x: f64| x * (x - 1.0) / 2.0;
    let index: f64 = c.cells.values().map(|&x| pairs(x)).sum();
    let sum_rows: f64 = c.rows.values().map(|&x| pairs(x)).sum();
    let sum_cols: f64 = c.cols.values().map(|&x| pairs(x)).sum();
    let expected = sum_rows * sum_cols / pairs(c.n);
    let max = (sum_rows + sum_cols) / 2.0;
    if max == expected {
        return 1.0;
    }
    (index - expected) / (max - expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-6, "{a} != {b}");
    }

    #[test]
    fn identical_groupings_score_one_whatever_the_numbers() {
        let t = [0, 0, 1, 1, 2, 2];
        let p = [5, 5, 3, 3, 9, 9];
        let s = scores(&t, &p);
        close(s.nmi, 1.0);
        close(s.ari, 1.0);
        close(s.v.v, 1.0);
    }

    // Expected values from scikit-learn 1.9.1:
    // normalized_mutual_info_score([0,0,0,1,1,1],[0,0,1,1,2,2]) = 0.5158037429793889
    // adjusted_rand_score(...) = 0.24242424242424243
    // homogeneity_completeness_v_measure(...) = (0.6666666666666669, 0.420619835714305,
    // 0.5158037429793889)
    #[test]
    fn a_split_and_a_mix_match_scikit_learn() {
        let t = [0, 0, 0, 1, 1, 1];
        let p = [0, 0, 1, 1, 2, 2];
        let s = scores(&t, &p);
        close(s.nmi, 0.515_803_742_979_388_9);
        close(s.ari, 0.242_424_242_424_242_43);
        close(s.v.homogeneity, 0.666_666_666_666_666_9);
        close(s.v.completeness, 0.420_619_835_714_305);
        close(s.v.v, 0.515_803_742_979_388_9);
    }

    // scikit-learn: nmi([0,1,2,0,3,4,5,1],[1,1,0,0,2,2,2,2]) = 0.49999999999999983,
    // ari = -0.12903225806451613.
    #[test]
    fn worse_than_chance_is_negative_ari() {
        let t = [0, 1, 2, 0, 3, 4, 5, 1];
        let p = [1, 1, 0, 0, 2, 2, 2, 2];
        close(nmi(&t, &p), 0.5);
        close(ari(&t, &p), -0.129_032_258_064_516_13);
    }

    #[test]
    fn limit_cases_follow_scikit_learn() {
        close(nmi(&[], &[]), 1.0);
        close(nmi(&[1, 1, 1], &[0, 0, 0]), 1.0);
        close(nmi(&[0, 1, 2], &[0, 0, 0]), 0.0);
        close(ari(&[0, 1, 2], &[0, 1, 2]), 1.0);
        close(ari(&[7], &[3]), 1.0);
        let v = v_measure(&[0, 1, 2], &[0, 0, 0]);
        close(v.homogeneity, 0.0);
        close(v.completeness, 1.0);
        close(v.v, 0.0);
    }
}
