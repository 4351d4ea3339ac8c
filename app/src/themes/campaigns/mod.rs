//! Near-duplicate detection: form-letter campaigns (MinHash over word shingles, LSH, exact
//! Jaccard check).
//!
//! Responses that share most of their text form a [`Campaign`]: its members (the signers),
//! one representative text, and for each member what it adds beyond that text. Themes count
//! a campaign as one voice with N signers ([`voices`]), so 5,000 copies cannot drown out 50
//! individual responses.
//!
//! # Pipeline
//!
//! 1. **Words** through the product's [`plain`](crate::search::analysis::plain) analyser
//!    (lower case, æ/ø/å as ae/oe/aa, accents folded; no stemming or stop words, which would
//!    hide edits), each hashed to 64 bits by a fixed function.
//! 2. **Shingles**: every run of [`Settings::shingle_words`] words, hashed; the sorted set of
//!    their 32-bit values is kept for the exact check ([`shingles`]).
//! 3. **MinHash** by one-permutation hashing with optimal densification: one hash per
//!    shingle instead of one per shingle and permutation ([`minhash`]).
//! 4. **LSH**: [`Settings::bands`] bands of [`Settings::rows`] values; responses sharing a
//!    band's key are candidates, verified by the exact Jaccard similarity of their shingle
//!    sets against a few leaders per bucket and joined by union-find ([`lsh`]).
//! 5. **Campaigns**: groups of at least [`Settings::min_members`]; the representative is the
//!    medoid of a sample; each member's similarity to it and its additions ([`additions`]).
//!
//! Steps 1–3 and 5 run in parallel (rayon); 4 sorts each band in parallel and links in one
//! thread, in a fixed order, so the result is the same on every run and machine.
//!
//! # Why these defaults
//!
//! A 150-word letter has 148 three-word shingles. Substituting a word replaces the 3
//! shingles that contain it, inserting one replaces 2 by 3, deleting one 3 by 2. With five
//! edits a copy keeps ≈ 133 shingles and gains ≈ 15: Jaccard 133 / 163 ≈ 0.82 to the
//! original; an added 20-word personal sentence brings it to 133 / 184 ≈ 0.72. Two such
//! copies, edited in different places, still share 118 of 220: ≈ 0.54. Individual responses
//! on the same subject share only stock phrases ("jeg mener at", "i københavns kommune"):
//! below 0.15 in the synthetic hearing of the tests. The [`Settings::threshold`] of 0.5 sits
//! between (two equally long texts at 0.5 share two thirds of their shingles). Longer
//! shingles would make each edit cost more; single words would make every response on the
//! subject alike.
//!
//! With 32 bands of 4 rows (128 hash values) a pair becomes a candidate with probability
//! 1 − (1 − J⁴)³²: 0.003 at J = 0.1, 0.05 at 0.2, 0.56 at 0.4, 0.87 at 0.5, 0.99 at 0.6,
//! 0.9998 at 0.7. A campaign member needs only one partner already in the campaign, and
//! every copy offers one, so members at 0.5 are found; unrelated responses rarely collide,
//! which keeps the exact checks few.
//!
//! Texts of fewer than [`Settings::min_words`] words (default 10) take no part: "Enig." or
//! "Jeg støtter forslaget." written by 40 people are agreements that coincide, not a form
//! letter, and with a handful of shingles one edit already halves the similarity.
//! Exact duplicates of short texts are moderation's duplicates.
//!
//! # Cost
//!
//! Linear in the text: each response is tokenised, hashed and sketched once; each bucket
//! costs at most 4 comparisons per member; a campaign's representative costs 48² comparisons
//! of a sample. Memory: the shingle sets (4 bytes per shingle) and 32 band keys (8 bytes
//! each) per response. `server/benches/campaigns.rs` measures 1,000,000 responses
//! (docs/BENCHMARKS.md).

mod additions;
mod group;
mod lsh;
mod minhash;
mod shingles;
mod sketch;
pub mod synthetic;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

pub use additions::SEPARATOR;

/// How campaigns are found. [`Settings::default`] is tuned for Danish letters of 50–300
/// words; see the module documentation.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Words per shingle (3).
    pub shingle_words: usize,
    /// LSH bands (32); `bands × rows` MinHash values per response.
    pub bands: usize,
    /// MinHash values per band (4).
    pub rows: usize,
    /// Jaccard similarity of shingle sets at which two responses are linked (0.5).
    pub threshold: f32,
    /// Fewest members of a campaign (3).
    pub min_members: usize,
    /// Fewest words a response needs to take part (10; at least `shingle_words`).
    pub min_words: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            shingle_words: 3,
            bands: 32,
            rows: 4,
            threshold: 0.5,
            min_members: 3,
            min_words: 10,
        }
    }
}

impl Settings {
    /// MinHash values per response: `bands × rows`.
    pub fn hashes(&self) -> usize {
        self.bands * self.rows
    }

    /// The settings with every value in its meaningful range (counts at least 1, a campaign
    /// at least 2 members, the threshold in (0, 1]).
    fn effective(&self) -> Settings {
        let shingle_words = self.shingle_words.max(1);
        Settings {
            shingle_words,
            bands: self.bands.max(1),
            rows: self.rows.max(1),
            threshold: self.threshold.clamp(f32::MIN_POSITIVE, 1.0),
            min_members: self.min_members.max(2),
            min_words: self.min_words.max(shingle_words),
        }
    }
}

/// A form-letter campaign: responses that share most of their text.
#[derive(Clone, Debug, PartialEq)]
pub struct Campaign {
    /// The response whose text stands for the campaign (the most typical member).
    pub representative: i32,
    /// Every member, the representative included, by response id.
    pub members: Vec<Member>,
}

impl Campaign {
    /// How many responses signed the campaign.
    pub fn signers(&self) -> usize {
        self.members.len()
    }
}

/// One response of a campaign.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The response.
    pub response_id: i32,
    /// Jaccard similarity of its shingles to the representative's (1 for the representative;
    /// members linked through other members can be below [`Settings::threshold`]).
    pub similarity: f32,
    /// Its words the representative lacks, as written, the runs joined by [`SEPARATOR`];
    /// empty when none.
    pub additions: String,
}

/// The campaigns among `responses` (id, text), largest first, then by representative id.
/// The same input gives the same campaigns on every run and machine.
pub fn detect(responses: &[(i32, &str)], settings: &Settings) -> Vec<Campaign> {
    let settings = settings.effective();
    let sketches = sketch::sketch(responses, &settings);
    let groups = lsh::link(&sketches, &settings);
    let campaigns = group::campaigns(responses, &sketches, groups, &settings);
    tracing::debug!(
        responses = responses.len(),
        campaigns = campaigns.len(),
        members = campaigns.iter().map(Campaign::signers).sum::<usize>(),
        "campaigns detected"
    );
    campaigns
}

/// The voice each campaign member counts as: its campaign's representative. A response
/// absent from the map is a voice of its own.
pub fn voices(campaigns: &[Campaign]) -> HashMap<i32, i32> {
    campaigns
        .iter()
        .flat_map(|c| c.members.iter().map(|m| (m.response_id, c.representative)))
        .collect()
}
