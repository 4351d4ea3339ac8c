//! Themes from meaning: each response's sentence vector ([`crate::embedding`]), so that a
//! response joins the theme it is about in whatever language it is written.
//!
//! A vector is made once per text and model and kept in `response_vector`; a run makes the
//! missing ones (new responses, changed text, another model) and reads the rest. Long texts
//! (a letter with its attachments) are read by their opening and their most central sentences.
//! The model is optional: without it, or when it fails, themes are computed from the words
//! (TF-IDF) as before, and the themes page says so ([`SentenceModel::status`]).

use std::collections::HashMap;
use std::sync::Arc;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

use super::cluster;
use super::input::Response;
use super::vectors::{DocVectors, SparseVec};
use crate::embedding::{Embedder, Role, SentenceModel};
use crate::entities::response_vector;

/// A response's sentence vector and the language it is written in (`""`: not detected).
#[derive(Clone, Debug, PartialEq)]
pub struct Meant {
    /// The unit vector the model made.
    pub vector: Vec<f32>,
    /// The language detected at intake.
    pub language: String,
    /// SHA-256 of the text it was made from (a later call reuses it while the text is the same).
    pub text_sha256: String,
}

/// Sentence vectors by response id.
pub type Vectors = HashMap<i32, Meant>;

/// How many responses of a language weigh as much as the whole hearing's mean when that
/// language's own mean is taken out ([`rows`]).
const LANGUAGE_PRIOR: f32 = 10.0;

/// A text longer than this (characters) is read by its opening and central sentences.
const LONG: usize = 1_500;
/// Responses embedded (and stored) at a time.
const CHUNK: usize = 64;

/// The sentence vector of every response of `responses` (hearing `hearing_id`): those in
/// `known` (an earlier call's answer) or kept for the same text and model read, the others
/// made and kept. `None` without a model, or when it failed (logged): the run clusters the
/// words then.
pub async fn vectors(
    db: &DatabaseConnection,
    model: &SentenceModel,
    hearing_id: i32,
    responses: &[Response],
    known: Option<&Vectors>,
) -> Result<Option<Vectors>, sea_orm::DbErr> {
    let model = model.clone();
    let Ok(Some(model)) = tokio::task::spawn_blocking(move || model.get()).await else {
        return Ok(None);
    };
    let mut found: HashMap<i32, (Vec<f32>, String)> = HashMap::new();
    let mut unknown = Vec::new();
    for r in responses {
        let text = text_of(&r.text);
        let sha = hex::encode(Sha256::digest(text.as_bytes()));
        match known.and_then(|k| k.get(&r.id)) {
            Some(m) if m.text_sha256 == sha => {
                found.insert(r.id, (m.vector.clone(), sha));
            }
            _ => unknown.push((r.id, sha, text)),
        }
    }
    let kept = kept(
        db,
        hearing_id,
        known.map(|_| unknown.iter().map(|(id, _, _)| *id)),
    )
    .await?;
    let mut missing = Vec::new();
    for (id, sha, text) in unknown {
        match kept.get(&id) {
            Some(row) if row.model == model.name() && row.text_sha256 == sha => {
                match decode(&row.vector) {
                    v if v.len() == model.dimensions() => {
                        found.insert(id, (v, sha));
                    }
                    _ => missing.push((id, sha, text)),
                }
            }
            _ => missing.push((id, sha, text)),
        }
    }
    for chunk in missing.chunks(CHUNK) {
        match embed(&model, chunk).await {
            Some(made) => {
                store(db, hearing_id, model.name(), chunk, &made).await?;
                let shas = chunk.iter().map(|(id, sha, _)| (*id, sha.clone()));
                found.extend(shas.zip(made).map(|((id, sha), v)| (id, (v, sha))));
            }
            None => return Ok(None),
        }
    }
    Ok(Some(
        responses
            .iter()
            .filter_map(|r| {
                let (vector, text_sha256) = found.remove(&r.id)?;
                let language = r.language.clone().unwrap_or_default();
                Some((
                    r.id,
                    Meant {
                        vector,
                        language,
                        text_sha256,
                    },
                ))
            })
            .collect(),
    ))
}

/// The kept vectors of hearing `hearing_id` (only of the responses `only`, when given), by
/// response.
async fn kept(
    db: &DatabaseConnection,
    hearing_id: i32,
    only: Option<impl Iterator<Item = i32>>,
) -> Result<HashMap<i32, response_vector::Model>, sea_orm::DbErr> {
    let mut query =
        response_vector::Entity::find().filter(response_vector::Column::HearingId.eq(hearing_id));
    if let Some(ids) = only {
        let ids: Vec<i32> = ids.collect();
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        query = query.filter(response_vector::Column::ResponseId.is_in(ids));
    }
    let rows = query.all(db).await?;
    Ok(rows.into_iter().map(|row| (row.response_id, row)).collect())
}

/// The vectors of `chunk`'s texts, or `None` when the model failed (logged).
async fn embed(model: &Arc<Embedder>, chunk: &[(i32, String, String)]) -> Option<Vec<Vec<f32>>> {
    let model = model.clone();
    let texts: Vec<String> = chunk.iter().map(|(_, _, text)| text.clone()).collect();
    let made = tokio::task::spawn_blocking(move || {
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        model.embed(&texts, Role::Query)
    })
    .await;
    let error = match made {
        Ok(Ok(vectors)) => return Some(vectors),
        Ok(Err(error)) => error.to_string(),
        Err(error) => error.to_string(),
    };
    tracing::error!(%error, "sentence vectors failed: themes from words");
    None
}

/// Keeps `made` (the vectors of `chunk`), replacing what was kept for those responses.
async fn store(
    db: &DatabaseConnection,
    hearing_id: i32,
    model: &str,
    chunk: &[(i32, String, String)],
    made: &[Vec<f32>],
) -> Result<(), sea_orm::DbErr> {
    let ids = chunk.iter().map(|(id, _, _)| *id);
    let rows = chunk
        .iter()
        .zip(made)
        .map(|((id, sha, _), v)| response_vector::ActiveModel {
            response_id: Set(*id),
            hearing_id: Set(hearing_id),
            model: Set(model.to_owned()),
            text_sha256: Set(sha.clone()),
            vector: Set(encode(v)),
        });
    let txn = crate::db::begin_write(db).await?;
    response_vector::Entity::delete_many()
        .filter(response_vector::Column::ResponseId.is_in(ids))
        .exec(&txn)
        .await?;
    response_vector::Entity::insert_many(rows)
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// What is read of a response's text: all of it when short, else its opening and its most
/// central sentences (a long letter or attachment says what it is about there).
pub fn text_of(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= LONG {
        return text.to_owned();
    }
    let opening: String = text.chars().take(LONG / 2).collect();
    let central = super::central::summarise(text).join(" ");
    format!("{opening} … {central}")
}

fn encode(vector: &[f32]) -> Vec<u8> {
    vector.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn decode(bytes: &[u8]) -> Vec<f32> {
    bytes
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect()
}

/// What the `voices` (rows of `vectors`) are clustered on, with the settings for it: their
/// sentence vectors ([`rows`]) when every voice has one, else their TF-IDF rows, as before.
pub fn space(
    vectors: &DocVectors,
    voices: &[usize],
    meaning: Option<&Vectors>,
) -> (Vec<SparseVec>, usize, cluster::Settings) {
    let found: Option<Vec<(&[f32], &str)>> = meaning.and_then(|m| {
        voices
            .iter()
            .map(|&i| {
                let meant = m.get(&vectors.ids[i])?;
                Some((meant.vector.as_slice(), meant.language.as_str()))
            })
            .collect()
    });
    match found {
        Some(found) if !found.is_empty() => {
            let dims = found[0].0.len();
            (rows(&found), dims, settings())
        }
        _ => {
            let rows = voices.iter().map(|&i| vectors.rows[i].clone()).collect();
            (rows, vectors.terms.len(), cluster::Settings::default())
        }
    }
}

/// Clustering sentence vectors: as the words' clustering, without LSA (the vectors are
/// already dense and few-dimensional).
pub fn settings() -> cluster::Settings {
    cluster::Settings {
        lsa_dims: 0,
        ..cluster::Settings::default()
    }
}

/// Sentence vectors (each with its language) as rows to cluster: each minus the mean of its
/// language, of unit length. The model's vectors share a large common part — any two texts
/// have a cosine near 0.8 — and a part per language (what a text in Arabic shares with every
/// other text in Arabic: its script, its greetings and closings), which would group responses
/// by language before subject. A language's mean is shrunk towards the hearing's mean by its
/// number of responses (`n / (n + LANGUAGE_PRIOR)`), so that three Arabic responses on one
/// subject do not lose that subject with their mean.
pub fn rows(vectors: &[(&[f32], &str)]) -> Vec<SparseVec> {
    let dims = vectors.first().map_or(0, |(v, _)| v.len());
    let overall = mean(vectors.iter().map(|(v, _)| *v), dims);
    let mut by_language: HashMap<&str, Vec<&[f32]>> = HashMap::new();
    for (v, language) in vectors {
        by_language.entry(language).or_default().push(v);
    }
    let centres: HashMap<&str, Vec<f32>> = by_language
        .into_iter()
        .map(|(language, rows)| {
            let own = mean(rows.iter().copied(), dims);
            let weight = rows.len() as f32 / (rows.len() as f32 + LANGUAGE_PRIOR);
            let centre = overall
                .iter()
                .zip(&own)
                .map(|(o, l)| o + weight * (l - o))
                .collect();
            (language, centre)
        })
        .collect();
    vectors
        .iter()
        .map(|(row, language)| {
            let centre = &centres[language];
            let mut values: Vec<f32> = row.iter().zip(centre).map(|(x, m)| x - m).collect();
            let norm = values.iter().map(|v| v * v).sum::<f32>().sqrt();
            if norm > 0.0 {
                values.iter_mut().for_each(|v| *v /= norm);
            }
            SparseVec {
                indices: (0..dims as u32).collect(),
                values,
            }
        })
        .collect()
}

/// The mean of `rows` (each `dims` long).
fn mean<'a>(rows: impl Iterator<Item = &'a [f32]>, dims: usize) -> Vec<f32> {
    let mut sum = vec![0.0f32; dims];
    let mut n = 0usize;
    for row in rows {
        sum.iter_mut().zip(row).for_each(|(s, x)| *s += x);
        n += 1;
    }
    sum.iter_mut().for_each(|s| *s /= n.max(1) as f32);
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_read_by_its_opening_and_central_sentences() {
        let short = "  Skolerne skal have flere lærere.  ";
        assert_eq!(text_of(short), "Skolerne skal have flere lærere.");
        let opening = "Vi har læst udkastet grundigt igennem i foreningen. ".repeat(12);
        let point: String = (1..=30)
            .map(|i| format!("Skolerne skal styrke modersmålsundervisningen for elev {i}. "))
            .collect();
        let long = format!("{opening}{point}");
        let read = text_of(&long);
        assert!(read.chars().count() < long.chars().count() / 2, "{read}");
        assert!(read.starts_with("Vi har læst udkastet"));
        assert!(read.contains("modersmålsundervisningen"), "{read}");
    }

    #[test]
    fn rows_are_centred_and_of_unit_length() {
        let (a, b, c) = ([1.0, 0.9, 0.0], [1.0, 0.7, 0.2], [1.0, 0.8, 0.4]);
        let centred = rows(&[(&a, "da"), (&b, "da"), (&c, "da")]);
        assert_eq!(centred.len(), 3);
        for row in &centred {
            assert_eq!(row.indices, vec![0, 1, 2]);
            assert!((row.norm() - 1.0).abs() < 1e-5, "{row:?}");
            assert!(
                row.values[0].abs() < 1e-6,
                "the shared part is gone: {row:?}"
            );
        }
        assert!(
            centred[0].dot(&centred[1]) < 0.0,
            "near before, apart once centred"
        );
        let same = rows(&[(&a, "da"), (&a, "da")]);
        assert!(same.iter().all(|r| r.values.iter().all(|v| *v == 0.0)));
        assert_eq!(rows(&[]), Vec::<SparseVec>::new());
    }

    #[test]
    fn what_every_text_of_a_language_shares_is_taken_out() {
        // Two subjects (first and second axis), the same in Danish and in Arabic, whose texts
        // also share a large part of their own (the third axis).
        let subject = |s: usize, arabic: bool| -> Vec<f32> {
            let mut v = vec![0.5, 0.5, 0.0];
            v[s] += 0.3;
            if arabic {
                v[2] = 1.5;
            }
            v
        };
        let texts: Vec<(Vec<f32>, &str)> = (0..400)
            .map(|i| (subject(i % 2, i >= 200), if i >= 200 { "ar" } else { "da" }))
            .collect();
        let refs: Vec<(&[f32], &str)> = texts.iter().map(|(v, l)| (v.as_slice(), *l)).collect();
        let centred = rows(&refs);
        let (danish_first, arabic_first, arabic_second) =
            (&centred[0], &centred[200], &centred[201]);
        assert!(
            arabic_first.dot(danish_first) > arabic_first.dot(arabic_second),
            "an Arabic text lies nearer a Danish one on its subject than an Arabic one on another"
        );
    }
}
