//! Every response's shingle set and LSH band keys, computed in parallel in parts of
//! [`PART`] responses and kept in those parts (one allocation per part, not per response;
//! no copy into one large array at the end).

use rayon::prelude::*;
use tantivy::tokenizer::TextAnalyzer;

use super::Settings;
use super::minhash::{band_keys, signature};
use super::shingles::{Word, shingle_hashes, shingle_set, words};
use crate::search::analysis::plain;

/// Responses per part: large enough that a part's work dwarfs scheduling, small enough for
/// two cores to share the work evenly.
const PART: usize = 2_048;

/// The sketches of one part's responses.
struct Part {
    /// Where each response's set starts in `sets`, and where the last ends.
    starts: Vec<u32>,
    /// The responses' sorted shingle sets, one after another.
    sets: Vec<u32>,
    /// `bands` keys per response (zeros for a response too short to take part).
    keys: Vec<u64>,
}

/// Shingle sets and band keys of all responses, by their position in the input.
pub(super) struct Sketches {
    parts: Vec<Part>,
    bands: usize,
}

impl Sketches {
    /// How many responses were sketched.
    pub(super) fn len(&self) -> usize {
        self.parts.iter().map(|p| p.starts.len() - 1).sum()
    }

    /// The sorted shingle set of response `doc` (empty: too short to take part).
    pub(super) fn set(&self, doc: usize) -> &[u32] {
        let part = &self.parts[doc / PART];
        let local = doc % PART;
        &part.sets[part.starts[local] as usize..part.starts[local + 1] as usize]
    }

    /// The key of band `band` of response `doc`.
    pub(super) fn key(&self, doc: usize, band: usize) -> u64 {
        self.parts[doc / PART].keys[(doc % PART) * self.bands + band]
    }
}

/// Sketches `texts` in parallel.
pub(super) fn sketch(texts: &[(i32, &str)], settings: &Settings) -> Sketches {
    let parts = texts
        .par_chunks(PART)
        .map(|chunk| sketch_part(chunk, settings))
        .collect();
    Sketches {
        parts,
        bands: settings.bands,
    }
}

/// Scratch buffers reused for every response of a part.
#[derive(Default)]
struct Scratch {
    words: Vec<Word>,
    shingles: Vec<u64>,
    set: Vec<u32>,
    bins: Vec<u64>,
    signature: Vec<u64>,
}

fn sketch_part(chunk: &[(i32, &str)], settings: &Settings) -> Part {
    let mut analyser = plain();
    let mut scratch = Scratch::default();
    let mut part = Part {
        starts: Vec::with_capacity(chunk.len() + 1),
        sets: Vec::new(),
        keys: Vec::with_capacity(chunk.len() * settings.bands),
    };
    part.starts.push(0);
    for (_, text) in chunk {
        sketch_one(&mut analyser, text, settings, &mut scratch, &mut part);
        let end = u32::try_from(part.sets.len()).expect("a part's sets fit 2³² values");
        part.starts.push(end);
    }
    part.sets.shrink_to_fit();
    part
}

fn sketch_one(
    analyser: &mut TextAnalyzer,
    text: &str,
    settings: &Settings,
    scratch: &mut Scratch,
    part: &mut Part,
) {
    words(analyser, text, &mut scratch.words);
    if scratch.words.len() < settings.min_words {
        part.keys.extend(std::iter::repeat_n(0, settings.bands));
        return;
    }
    shingle_hashes(
        &scratch.words,
        settings.shingle_words,
        &mut scratch.shingles,
    );
    let hashes = settings.bands * settings.rows;
    signature(
        &scratch.shingles,
        hashes,
        &mut scratch.bins,
        &mut scratch.signature,
    );
    band_keys(&scratch.signature, settings.rows, &mut part.keys);
    shingle_set(&scratch.shingles, &mut scratch.set);
    part.sets.extend_from_slice(&scratch.set);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_address_every_response() {
        let text = "en to tre fire fem seks syv otte ni ti elleve tolv";
        let texts: Vec<(i32, &str)> = (0..PART as i32 + 5)
            .map(|i| (i, if i % 2 == 0 { text } else { "Enig." }))
            .collect();
        let settings = Settings::default();
        let sketches = sketch(&texts, &settings);
        assert_eq!(sketches.len(), texts.len());
        assert_eq!(sketches.set(PART + 4).len(), 10);
        assert!(sketches.set(PART + 3).is_empty());
        assert_eq!(sketches.key(0, 3), sketches.key(PART + 4, 3));
    }
}
