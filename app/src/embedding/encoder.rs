//! The encoder: BERT (post-layer-norm) over a batch of token sequences, run with `candle`;
//! its matrices stay 4-bit (`QMatMul` multiplies ggml's `Q4_0` blocks directly).
//!
//! A batch is its sequences padded to the longest: the linear layers see every row at once,
//! attention is masked to each sequence's own tokens, pooling averages over them alone.

use candle_core::quantized::{GgmlDType, ggml_file::qtensor_from_ggml};
use candle_core::{Device, Tensor};

use super::ModelError;
use super::file::{BLOCK, BLOCK_BYTES, ModelFile, Shape, Storage};

/// A linear layer: its weights (stored 4-bit, decoded once), transposed, and its bias.
struct Linear {
    weight_t: Tensor,
    bias: Tensor,
}

impl Linear {
    fn load(file: &ModelFile, name: &str, rows: usize, cols: usize) -> Result<Linear, ModelError> {
        let (entry, bytes) = file.tensor(&format!("{name}.w"))?;
        if entry.storage != Storage::Q4_0 || entry.elements != rows * cols {
            return Err(ModelError::Format(format!(
                "{name}.w: not {rows}×{cols} Q4_0"
            )));
        }
        let weight = qtensor_from_ggml(GgmlDType::Q4_0, bytes, vec![rows, cols], &Device::Cpu)?;
        Ok(Linear {
            weight_t: weight.dequantize(&Device::Cpu)?.t()?.contiguous()?,
            bias: vector(file, &format!("{name}.b"))?,
        })
    }

    fn forward(&self, x: &Tensor) -> Result<Tensor, ModelError> {
        Ok(x.matmul(&self.weight_t)?.broadcast_add(&self.bias)?)
    }
}

/// A layer norm's scale and shift.
struct Norm {
    weight: Tensor,
    bias: Tensor,
}

impl Norm {
    fn load(file: &ModelFile, name: &str) -> Result<Norm, ModelError> {
        Ok(Norm {
            weight: vector(file, &format!("{name}.w"))?,
            bias: vector(file, &format!("{name}.b"))?,
        })
    }

    fn forward(&self, x: &Tensor, epsilon: f32) -> Result<Tensor, ModelError> {
        Ok(candle_nn::ops::layer_norm(
            x,
            &self.weight,
            &self.bias,
            epsilon,
        )?)
    }
}

struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
    attention_out: Linear,
    attention_norm: Norm,
    expand: Linear,
    contract: Linear,
    output_norm: Norm,
}

impl Layer {
    fn load(file: &ModelFile, i: usize, shape: &Shape) -> Result<Layer, ModelError> {
        let (h, ff) = (shape.hidden, shape.feed_forward);
        let name = |part: &str| format!("l{i}.{part}");
        Ok(Layer {
            query: Linear::load(file, &name("q"), h, h)?,
            key: Linear::load(file, &name("k"), h, h)?,
            value: Linear::load(file, &name("v"), h, h)?,
            attention_out: Linear::load(file, &name("ao"), h, h)?,
            attention_norm: Norm::load(file, &name("aln"))?,
            expand: Linear::load(file, &name("fi"), ff, h)?,
            contract: Linear::load(file, &name("fo"), h, ff)?,
            output_norm: Norm::load(file, &name("oln"))?,
        })
    }
}

/// The loaded encoder.
pub struct Encoder {
    shape: Shape,
    /// The word embeddings, still 4-bit: one row of `hidden` values per piece.
    words: Vec<u8>,
    positions: Tensor,
    token_type: Tensor,
    embedding_norm: Norm,
    layers: Vec<Layer>,
}

impl Encoder {
    /// The encoder stored in `file`.
    pub fn load(file: &ModelFile) -> Result<Encoder, ModelError> {
        let shape = file.shape;
        let (entry, words) = file.tensor("emb.word")?;
        if entry.storage != Storage::Q4_0 || entry.elements != shape.vocabulary * shape.hidden {
            return Err(ModelError::Format("emb.word: unexpected size".into()));
        }
        let table = |name: &str, rows: usize| -> Result<Tensor, ModelError> {
            Ok(Tensor::from_vec(
                file.floats(name)?,
                (rows, shape.hidden),
                &Device::Cpu,
            )?)
        };
        Ok(Encoder {
            shape,
            words: words.to_vec(),
            positions: table("emb.pos", shape.positions)?,
            token_type: table("emb.type", shape.token_types)?.narrow(0, 0, 1)?,
            embedding_norm: Norm::load(file, "emb.ln")?,
            layers: (0..shape.layers)
                .map(|i| Layer::load(file, i, &shape))
                .collect::<Result<_, _>>()?,
        })
    }

    /// How many numbers a token's state has.
    pub fn dimensions(&self) -> usize {
        self.shape.hidden
    }

    /// The longest sequence it takes, `<s>` and `</s>` included.
    pub fn max_tokens(&self) -> usize {
        self.shape.positions
    }

    /// The mean of each sequence's last hidden states (not normalised). The sequences are
    /// run together, each padded to the longest (padding is neither attended to nor pooled):
    /// give them sorted by length so little is padded.
    pub fn pooled(&self, sequences: &[Vec<u32>]) -> Result<Vec<Vec<f32>>, ModelError> {
        let batch = Batch::of(sequences);
        let mut x = self.embed(sequences, batch.len)?;
        let mask = batch.attention_mask()?;
        for layer in &self.layers {
            x = self.layer(layer, &x, &batch, &mask)?;
        }
        let x = x.reshape((batch.count, batch.len, self.shape.hidden))?;
        let keep = batch.pooling_weights()?;
        let pooled = x.broadcast_mul(&keep)?.sum(1)?;
        Ok(pooled.to_vec2::<f32>()?)
    }

    /// Word + position + token type embeddings of every token, normalised:
    /// `[sequences × len, hidden]`, the padding rows zero before the norm.
    fn embed(&self, sequences: &[Vec<u32>], len: usize) -> Result<Tensor, ModelError> {
        let h = self.shape.hidden;
        let mut words = Vec::with_capacity(sequences.len() * len * h);
        for seq in sequences {
            for &id in seq {
                self.word_row(id as usize, &mut words)?;
            }
            words.resize(words.len() + (len - seq.len()) * h, 0.0);
        }
        let words = Tensor::from_vec(words, (sequences.len(), len, h), &Device::Cpu)?;
        let x = words
            .broadcast_add(&self.positions.narrow(0, 0, len)?)?
            .broadcast_add(&self.token_type)?
            .reshape((sequences.len() * len, h))?;
        self.embedding_norm.forward(&x, self.shape.epsilon)
    }

    /// Appends the word embedding of piece `id`, decoded from its `Q4_0` blocks: each block an
    /// `f16` scale `d` and 16 bytes whose low halves are values 0–15 and high halves 16–31,
    /// each `(q − 8) · d`.
    fn word_row(&self, id: usize, out: &mut Vec<f32>) -> Result<(), ModelError> {
        let row_bytes = self.shape.hidden / BLOCK * BLOCK_BYTES;
        let row = self
            .words
            .get(id * row_bytes..(id + 1) * row_bytes)
            .ok_or_else(|| ModelError::Format(format!("token {id} outside the vocabulary")))?;
        for block in row.chunks_exact(BLOCK_BYTES) {
            let d = half::f16::from_le_bytes([block[0], block[1]]).to_f32();
            let quants = &block[2..];
            out.extend(quants.iter().map(|q| ((q & 0x0f) as f32 - 8.0) * d));
            out.extend(quants.iter().map(|q| ((q >> 4) as f32 - 8.0) * d));
        }
        Ok(())
    }

    fn layer(
        &self,
        layer: &Layer,
        x: &Tensor,
        b: &Batch,
        mask: &Tensor,
    ) -> Result<Tensor, ModelError> {
        let context = self.attention(layer, x, b, mask)?;
        let eps = self.shape.epsilon;
        let attended = layer.attention_out.forward(&context)?;
        let x = layer.attention_norm.forward(&(x + attended)?, eps)?;
        let inner = layer.expand.forward(&x)?.gelu_erf()?;
        let out = layer.contract.forward(&inner)?;
        layer.output_norm.forward(&(x + out)?, eps)
    }

    /// Multi-head self-attention within each sequence: `[sequences × len, hidden]`.
    fn attention(
        &self,
        layer: &Layer,
        x: &Tensor,
        b: &Batch,
        mask: &Tensor,
    ) -> Result<Tensor, ModelError> {
        let heads = self.shape.heads;
        let head = self.shape.hidden / heads;
        let split = |linear: &Linear| -> Result<Tensor, ModelError> {
            Ok(linear
                .forward(x)?
                .reshape((b.count, b.len, heads, head))?
                .transpose(1, 2)?
                .contiguous()?)
        };
        let (q, k, v) = (
            split(&layer.query)?,
            split(&layer.key)?,
            split(&layer.value)?,
        );
        let scores = (q.matmul(&k.transpose(2, 3)?.contiguous()?)? / (head as f64).sqrt())?;
        let weights = candle_nn::ops::softmax_last_dim(&scores.broadcast_add(mask)?)?;
        let context = weights.matmul(&v)?.transpose(1, 2)?;
        Ok(context.reshape((b.count * b.len, self.shape.hidden))?)
    }
}

/// The shape of a padded batch.
struct Batch {
    /// How many sequences.
    count: usize,
    /// The longest one's length: every one is padded to it.
    len: usize,
    /// Each sequence's own length.
    lengths: Vec<usize>,
}

/// Added to the attention score of a padding position: its weight becomes 0.
const PADDING_SCORE: f32 = -1e9;

impl Batch {
    fn of(sequences: &[Vec<u32>]) -> Batch {
        let lengths: Vec<usize> = sequences.iter().map(Vec::len).collect();
        Batch {
            count: sequences.len(),
            len: lengths.iter().copied().max().unwrap_or(0),
            lengths,
        }
    }

    /// `[count, 1, 1, len]`: 0 for a token, [`PADDING_SCORE`] for padding.
    fn attention_mask(&self) -> Result<Tensor, ModelError> {
        let values = self.per_position(|_| 0.0, PADDING_SCORE);
        Ok(Tensor::from_vec(
            values,
            (self.count, 1, 1, self.len),
            &Device::Cpu,
        )?)
    }

    /// `[count, len, 1]`: `1 / length` for a token, 0 for padding — the mean as a weighted sum.
    fn pooling_weights(&self) -> Result<Tensor, ModelError> {
        let values = self.per_position(|length| 1.0 / length as f32, 0.0);
        Ok(Tensor::from_vec(
            values,
            (self.count, self.len, 1),
            &Device::Cpu,
        )?)
    }

    /// A value per position: `inside(length)` within a sequence, `padding` after it.
    fn per_position(&self, inside: impl Fn(usize) -> f32, padding: f32) -> Vec<f32> {
        let mut out = Vec::with_capacity(self.count * self.len);
        for &length in &self.lengths {
            let inside = inside(length);
            out.extend((0..self.len).map(|i| if i < length { inside } else { padding }));
        }
        out
    }
}

/// Tensor `name`, a vector of `f32`.
fn vector(file: &ModelFile, name: &str) -> Result<Tensor, ModelError> {
    let values = file.floats(name)?;
    let len = values.len();
    Ok(Tensor::from_vec(values, len, &Device::Cpu)?)
}
