//! The model's tokenizer: SentencePiece's unigram model over the file's pieces (the
//! `tokenizers` crate's [`Unigram`], Viterbi over the whole text), after the file's own
//! normalisation: each code point mapped (NFKC-like folds, control characters removed), runs
//! of spaces made one, every space SentencePiece's `▁` and one in front.

use std::collections::HashMap;

use tokenizers::Model;
use tokenizers::models::unigram::Unigram;

use super::ModelError;
use super::file::Pieces;

/// SentencePiece's mark for a space.
const SPACE: char = '\u{2581}';

/// Text to the model's token ids.
pub struct Tokenizer {
    unigram: Unigram,
    normalise: HashMap<char, String>,
    /// Id of `<s>`, which starts every sequence.
    pub bos: u32,
    /// Id of `</s>`, which ends it.
    pub eos: u32,
}

impl Tokenizer {
    /// The tokenizer of the file's `pieces`.
    pub fn new(pieces: Pieces) -> Result<Tokenizer, ModelError> {
        let unigram = Unigram::from(pieces.pieces, Some(pieces.unk as usize), false)
            .map_err(|e| ModelError::Format(format!("tokenizer: {e}")))?;
        Ok(Tokenizer {
            unigram,
            normalise: pieces.normalise,
            bos: pieces.bos,
            eos: pieces.eos,
        })
    }

    /// The ids of `text`'s pieces, without `<s>` and `</s>`.
    pub fn pieces(&self, text: &str) -> Vec<u32> {
        let normal = self.normalised(text);
        if normal.chars().all(|c| c == SPACE) {
            return Vec::new();
        }
        match self.unigram.tokenize(&normal) {
            Ok(tokens) => tokens.into_iter().map(|t| t.id).collect(),
            Err(error) => {
                tracing::warn!(%error, "text could not be tokenised");
                Vec::new()
            }
        }
    }

    /// `text` as the model saw its training text.
    pub fn normalised(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 3);
        out.push(SPACE);
        for c in text.chars() {
            match self.normalise.get(&c) {
                Some(to) => to.chars().for_each(|c| push(&mut out, c)),
                None => push(&mut out, c),
            }
        }
        out
    }
}

/// Appends `c`, a space as `▁` and never two in a row.
fn push(out: &mut String, c: char) {
    if c == ' ' || c == SPACE {
        if !out.ends_with(SPACE) {
            out.push(SPACE);
        }
    } else {
        out.push(c);
    }
}
