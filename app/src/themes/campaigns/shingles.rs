//! Words, word shingles and their hashes, and the Jaccard similarity of two shingle sets.
//!
//! Words come from the product's [`plain`](crate::search::analysis::plain) analyser
//! (lower-cased, æ/ø/å written ae/oe/aa, accents folded), so "Københavns" and "koebenhavns"
//! are the same word here as in search. Hashes are fixed functions of the bytes (no random
//! seed), so every run on every machine gives the same shingles.

use tantivy::tokenizer::{TextAnalyzer, TokenStream};

/// A folded word of a text: its hash and where it stands in the original text (bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Word {
    /// [`word_hash`] of the folded word.
    pub hash: u64,
    /// Byte offset of the word's first character in the original text.
    pub from: usize,
    /// Byte offset just after the word in the original text.
    pub to: usize,
}

/// The multiplier of the byte-chunk hash (an odd 64-bit constant).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Murmur3's 64-bit finaliser: every input bit affects every output bit.
pub(super) fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

/// A deterministic 64-bit hash of a folded word: eight bytes at a time, little-endian.
pub(super) fn word_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    for chunk in bytes.chunks(8) {
        let mut buf = [0u8; 8];
        buf[..chunk.len()].copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(buf))
            .wrapping_mul(K)
            .rotate_left(31);
    }
    mix(h)
}

/// The folded words of `text`, appended to `out` (cleared first).
pub(super) fn words(analyser: &mut TextAnalyzer, text: &str, out: &mut Vec<Word>) {
    out.clear();
    let mut stream = analyser.token_stream(text);
    while let Some(token) = stream.next() {
        out.push(Word {
            hash: word_hash(&token.text),
            from: token.offset_from,
            to: token.offset_to,
        });
    }
}

/// The hash of every run of `size` consecutive words, in text order, into `out` (cleared
/// first); none when there are fewer words than `size`.
pub(super) fn shingle_hashes(words: &[Word], size: usize, out: &mut Vec<u64>) {
    out.clear();
    out.extend(words.windows(size.max(1)).map(|window| {
        let h = window.iter().fold(size as u64, |h, word| {
            (h ^ word.hash).wrapping_mul(K).rotate_left(29)
        });
        mix(h)
    }));
}

/// What a shingle set keeps of a shingle hash: 32 bits. Two different shingles of a pair
/// of 150-word texts share a value with probability about 150² / 2³² ≈ 5 · 10⁻⁶, so the
/// Jaccard similarity of these sets is the exact one for all practical purposes, at half the
/// memory of 64-bit values.
pub(super) fn set_value(shingle: u64) -> u32 {
    (shingle >> 32) as u32
}

/// The sorted, deduplicated set of `shingles`' [`set_value`]s, into `out` (cleared first).
pub(super) fn shingle_set(shingles: &[u64], out: &mut Vec<u32>) {
    out.clear();
    out.extend(shingles.iter().map(|&h| set_value(h)));
    out.sort_unstable();
    out.dedup();
}

/// Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, deduplicated sets (0 when both are
/// empty).
pub(super) fn jaccard(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f32 / (a.len() + b.len() - common) as f32
}

/// Whether two sets can reach Jaccard `threshold` at all: |A ∩ B| / |A ∪ B| is at most
/// min / max of their sizes.
pub(super) fn sizes_allow(a: usize, b: usize, threshold: f32) -> bool {
    let (small, large) = if a < b { (a, b) } else { (b, a) };
    large > 0 && small as f32 >= threshold * large as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analysis::plain;

    fn set_of(text: &str, size: usize) -> Vec<u32> {
        let (mut w, mut s, mut set) = (Vec::new(), Vec::new(), Vec::new());
        words(&mut plain(), text, &mut w);
        shingle_hashes(&w, size, &mut s);
        shingle_set(&s, &mut set);
        set
    }

    #[test]
    fn folding_makes_spellings_meet() {
        assert_eq!(
            set_of("Københavns Kommune ÆNDRER sin politik", 3),
            set_of("koebenhavns kommune aendrer sin politik", 3)
        );
    }

    #[test]
    fn word_order_matters_within_a_shingle() {
        assert_ne!(set_of("a b c", 3), set_of("c b a", 3));
        assert_eq!(set_of("a b c", 3).len(), 1);
    }

    #[test]
    fn fewer_words_than_a_shingle_give_no_shingles() {
        assert!(set_of("Enig.", 3).is_empty());
        assert!(set_of("", 3).is_empty());
    }

    #[test]
    fn hashes_are_fixed() {
        // A changed constant would silently change every campaign; this pins them.
        assert_eq!(word_hash("bolig"), word_hash("bolig"));
        assert_ne!(word_hash("bolig"), word_hash("boliger"));
        assert_ne!(word_hash(""), word_hash("a"));
        assert_eq!(mix(0), 0);
    }

    #[test]
    fn jaccard_of_sets() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[1, 2], &[1, 2]), 1.0);
        assert_eq!(jaccard(&[], &[]), 0.0);
        assert_eq!(jaccard(&[1], &[]), 0.0);
        assert!(sizes_allow(10, 20, 0.5));
        assert!(!sizes_allow(9, 20, 0.5));
    }
}
