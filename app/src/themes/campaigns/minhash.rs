//! MinHash signatures by one-permutation hashing with optimal densification, and the LSH
//! band keys made of them.
//!
//! Classic MinHash evaluates k hash functions on every shingle: k · n operations (128 · 150
//! for a letter). One-permutation hashing (Li, Owen, Zhang 2012) hashes each shingle once,
//! puts it into one of k bins by the hash's high bits and keeps each bin's smallest value:
//! n + k operations, and two sets agree in a bin with probability equal to their Jaccard
//! similarity, as with k permutations. A short text leaves bins empty; optimal densification
//! (Shrivastava 2017) fills an empty bin from another bin chosen by a fixed hash of the
//! bin's number and an attempt counter, so two texts with the same non-empty bins fill them
//! the same way and the estimator keeps MinHash's variance.

use super::shingles::mix;

/// An empty bin (no shingle hashed into it); real values are below 2³².
const EMPTY: u64 = u64::MAX;
/// Attempts at densifying one bin before falling back to the next non-empty bin.
const ATTEMPTS: u64 = 1_024;

/// `x` scaled into `0..n` by multiplication (Lemire's fast range).
fn range(x: u64, n: usize) -> usize {
    (((x >> 32) * n as u64) >> 32) as usize
}

/// The `hashes`-value MinHash signature of a set of shingle hashes, into `signature`
/// (cleared first). `bins` is scratch space. An empty set gives a signature of `EMPTY`s.
pub(super) fn signature(
    shingles: &[u64],
    hashes: usize,
    bins: &mut Vec<u64>,
    signature: &mut Vec<u64>,
) {
    bins.clear();
    bins.resize(hashes, EMPTY);
    for &h in shingles {
        let bin = range(h, hashes);
        bins[bin] = bins[bin].min(h & 0xFFFF_FFFF);
    }
    signature.clear();
    signature.extend_from_slice(bins);
    if shingles.is_empty() {
        return;
    }
    for (i, value) in signature.iter_mut().enumerate() {
        if *value == EMPTY {
            *value = densified(bins, i);
        }
    }
}

/// The value an empty bin `i` borrows: that of the first non-empty bin the fixed sequence
/// of bins for `i` reaches (at least one bin is non-empty).
fn densified(bins: &[u64], i: usize) -> u64 {
    for attempt in 0..ATTEMPTS {
        let j = range(mix(((i as u64) << 32 | attempt) ^ 0x5EED_5EED), bins.len());
        if bins[j] != EMPTY {
            return bins[j];
        }
    }
    (1..=bins.len())
        .map(|step| bins[(i + step) % bins.len()])
        .find(|&v| v != EMPTY)
        .unwrap_or(EMPTY)
}

/// The LSH key of each band of `rows` consecutive signature values, appended to `keys`.
/// The band's number is part of its key.
pub(super) fn band_keys(signature: &[u64], rows: usize, keys: &mut Vec<u64>) {
    for (band, values) in signature.chunks_exact(rows).enumerate() {
        let key = values.iter().fold(mix(band as u64 + 1), |h, &value| {
            mix(h.rotate_left(17) ^ value)
        });
        keys.push(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(set: &[u64], k: usize) -> Vec<u64> {
        let (mut bins, mut out) = (Vec::new(), Vec::new());
        signature(set, k, &mut bins, &mut out);
        out
    }

    fn hashed(range: std::ops::Range<u64>) -> Vec<u64> {
        range.map(mix).collect()
    }

    #[test]
    fn agreement_estimates_jaccard() {
        // |A ∩ B| = 600, |A ∪ B| = 1000: J = 0.6.
        let (a, b) = (sig(&hashed(0..800), 1024), sig(&hashed(200..1000), 1024));
        let agree = a.iter().zip(&b).filter(|(x, y)| x == y).count() as f64 / 1024.0;
        assert!((agree - 0.6).abs() < 0.06, "{agree}");
    }

    #[test]
    fn short_sets_are_densified_consistently() {
        let a = sig(&hashed(0..3), 128);
        assert!(a.iter().all(|&v| v != EMPTY));
        assert_eq!(a, sig(&hashed(0..3), 128));
        let single = sig(&hashed(7..8), 16);
        assert!(single.iter().all(|&v| v == single[0]));
    }

    #[test]
    fn empty_sets_have_empty_signatures() {
        assert!(sig(&[], 8).iter().all(|&v| v == EMPTY));
    }

    #[test]
    fn bands_differ_by_number() {
        let mut keys = Vec::new();
        band_keys(&[1, 1, 1, 1], 2, &mut keys);
        assert_eq!(keys.len(), 2);
        assert_ne!(keys[0], keys[1]);
    }
}
