//! Themes from meaning (issue 22) beside themes from words, in the same run:
//! 1. the demo generator's labelled responses (Danish, English, Arabic, Turkish; seven
//!    subjects; campaign letters left out, since a campaign is one voice): per pipeline, NMI
//!    against the subjects and the share of non-Danish responses placed in the theme of their
//!    subject (a theme's subject: the one most of its Danish members have);
//! 2. the Stack Overflow titles clustered on their sentence vectors, k = 20 given and chosen;
//! 3. the model: memory once loaded, responses and tokens embedded per second, and the time
//!    to cluster 10,000 and 100,000 sentence vectors (the measured vectors repeated with a
//!    little noise: clustering's cost depends on how many rows, not on where they came from).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use app::embedding::{Embedder, Role};
use app::search::document::IndexDoc;
use app::themes::cluster::{Clustering, cluster};
use app::themes::meaning;
use app::themes::metrics::scores;
use app::themes::vectors::{self, VectorSettings};
use server::demo_responses::{self, Lang, Subject};

use super::pipeline;

/// The loaded model and what loading it cost.
pub struct Model {
    pub embedder: Embedder,
    pub load: Duration,
    pub resident_mb: f64,
}

/// Loads the installed model (`make setup` puts it there), measuring time and memory.
pub fn load() -> Result<Model> {
    let path = std::env::var_os("ORDET_EMBEDDING_MODEL")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(app::embedding::installed_path);
    let before = resident_mb();
    let started = Instant::now();
    let embedder = Embedder::load(&path)
        .with_context(|| format!("the model at {} (run `make setup`)", path.display()))?;
    Ok(Model {
        load: started.elapsed(),
        resident_mb: resident_mb() - before,
        embedder,
    })
}

/// This process's resident memory, MB.
fn resident_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Vectors of `texts` as a theme run makes them, and the time and tokens it took.
pub fn embed(model: &Model, texts: &[String]) -> Result<(Vec<Vec<f32>>, Duration, usize)> {
    let read: Vec<String> = texts.iter().map(|t| meaning::text_of(t)).collect();
    let refs: Vec<&str> = read.iter().map(String::as_str).collect();
    let tokens = refs
        .iter()
        .map(|t| model.embedder.tokens(t, Role::Query).len())
        .sum();
    let started = Instant::now();
    let vectors = model.embedder.embed(&refs, Role::Query)?;
    Ok((vectors, started.elapsed(), tokens))
}

/// Clusters sentence vectors (each text's language in `languages`) as a theme run does.
pub fn cluster_meaning(
    vectors: &[Vec<f32>],
    languages: &[&str],
    k: Option<usize>,
) -> (Clustering, Duration) {
    let refs: Vec<(&[f32], &str)> = vectors
        .iter()
        .zip(languages)
        .map(|(v, l)| (v.as_slice(), *l))
        .collect();
    let started = Instant::now();
    let rows = meaning::rows(&refs);
    let dims = refs.first().map_or(0, |(v, _)| v.len());
    let c = cluster(&rows, dims, k, &meaning::settings());
    (c, started.elapsed())
}

/// Part 1: the demo generator's responses in four languages, both pipelines.
pub fn demo(model: &Model, n: usize, seed: u64) -> Result<(Vec<Vec<f32>>, Vec<&'static str>)> {
    let all = demo_responses::generate(seed, n);
    let picked: Vec<_> = all.iter().filter(|s| s.campaign.is_none()).collect();
    let subjects: Vec<usize> = picked.iter().map(|s| subject_index(s.subject)).collect();
    let languages: Vec<Lang> = picked.iter().map(|s| s.language).collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    languages
        .iter()
        .for_each(|l| *count.entry(l.code()).or_default() += 1);
    println!(
        "\n== Themes across languages: {} demo responses (seed {seed}; campaign letters left out), {count:?} ==",
        picked.len()
    );
    let docs: Vec<IndexDoc> = picked
        .iter()
        .zip(1..)
        .map(|(s, id)| super::doc(id, s.language.code(), &s.text))
        .collect();
    let indexed = pipeline::index(&docs)?;
    let started = Instant::now();
    let v = vectors::read(
        &indexed.index.searcher(),
        &indexed.index.fields,
        super::HEARING,
        None,
        &VectorSettings::default(),
    )?;
    let words = cluster(
        &v.rows,
        v.dims(),
        None,
        &app::themes::cluster::Settings::default(),
    );
    let words_time = started.elapsed();
    let texts: Vec<String> = picked.iter().map(|s| s.text.clone()).collect();
    let (embedded, embed_time, tokens) = embed(model, &texts)?;
    let codes: Vec<&'static str> = languages.iter().map(|l| l.code()).collect();
    let (by_meaning, cluster_time) = cluster_meaning(&embedded, &codes, None);
    println!(
        "{:<28} {:>4} {:>6} {:>22} {:>10}",
        "pipeline", "k", "NMI", "non-Danish placed right", "seconds"
    );
    for (name, c, seconds) in [
        ("words (TF-IDF), today", &words, words_time.as_secs_f64()),
        (
            "meaning (sentence vectors)",
            &by_meaning,
            (embed_time + cluster_time).as_secs_f64(),
        ),
    ] {
        let nmi = scores(&subjects, &c.labels).nmi;
        let (right, of) = placed_right(&c.labels, &subjects, &languages);
        println!(
            "{name:<28} {:>4} {nmi:>6.3} {:>13.1} % ({right}/{of}) {seconds:>10.2}",
            c.k,
            100.0 * right as f64 / of.max(1) as f64
        );
    }
    println!(
        "embedding: {} responses ({tokens} tokens) in {:.2} s: {:.0} responses/s, {:.0} tokens/s; clustering {:.2} s",
        texts.len(),
        embed_time.as_secs_f64(),
        texts.len() as f64 / embed_time.as_secs_f64(),
        tokens as f64 / embed_time.as_secs_f64(),
        cluster_time.as_secs_f64()
    );
    println!("target: non-Danish placed right ≥ 80 %; embedding ≥ 200 responses/s");
    Ok((embedded, codes))
}

/// How many of the non-Danish responses are in a group whose Danish members are mostly of
/// their subject, and how many non-Danish responses there are.
fn placed_right(labels: &[usize], subjects: &[usize], languages: &[Lang]) -> (usize, usize) {
    let mut danish: HashMap<usize, HashMap<usize, usize>> = HashMap::new();
    for ((label, subject), lang) in labels.iter().zip(subjects).zip(languages) {
        if *lang == Lang::Da {
            *danish
                .entry(*label)
                .or_default()
                .entry(*subject)
                .or_default() += 1;
        }
    }
    let subject_of = |label: usize| {
        danish.get(&label).and_then(|counts| {
            counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(s, _)| *s)
        })
    };
    let others: Vec<usize> = (0..labels.len())
        .filter(|&i| languages[i] != Lang::Da)
        .collect();
    let right = others
        .iter()
        .filter(|&&i| subject_of(labels[i]) == Some(subjects[i]))
        .count();
    (right, others.len())
}

fn subject_index(subject: Subject) -> usize {
    Subject::WEIGHTED
        .iter()
        .position(|(s, _)| *s == subject)
        .expect("every subject is weighted")
}

/// Part 2: the Stack Overflow titles on their sentence vectors.
pub fn titles(model: &Model, titles: &[String], truth: &[usize]) -> Result<()> {
    if titles.is_empty() {
        return Ok(());
    }
    let (embedded, embed_time, tokens) = embed(model, titles)?;
    println!(
        "sentence vectors of {} titles ({tokens} tokens) in {:.1} s ({:.0} titles/s)",
        titles.len(),
        embed_time.as_secs_f64(),
        titles.len() as f64 / embed_time.as_secs_f64()
    );
    for (name, k) in [
        ("meaning, k = 20 given", Some(20)),
        ("meaning, k chosen", None),
    ] {
        let english = vec!["en"; embedded.len()];
        let (c, time) = cluster_meaning(&embedded, &english, k);
        let s = scores(truth, &c.labels);
        println!(
            "{name:<24} {:>4} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>8} {:>8.2} {:>8.2}",
            c.k,
            s.nmi,
            s.ari,
            s.v.homogeneity,
            s.v.completeness,
            s.v.v,
            "",
            embed_time.as_secs_f64(),
            time.as_secs_f64()
        );
    }
    Ok(())
}

/// Part 3: clustering time at `sizes` rows, from `measured` vectors repeated with noise.
pub fn scale(model: &Model, (measured, languages): (&[Vec<f32>], &[&str]), sizes: &[usize]) {
    println!(
        "\n== The model: loaded in {:.2} s, {:.0} MB resident ==",
        model.load.as_secs_f64(),
        model.resident_mb
    );
    for &n in sizes {
        let rows: Vec<Vec<f32>> = (0..n)
            .map(|i| noisy(&measured[i % measured.len()], i))
            .collect();
        let codes: Vec<&str> = (0..n).map(|i| languages[i % languages.len()]).collect();
        let (c, time) = cluster_meaning(&rows, &codes, None);
        println!(
            "clustering {n} sentence vectors, k chosen ({}): {:.2} s",
            c.k,
            time.as_secs_f64()
        );
    }
}

/// `v` with a small deterministic perturbation (seeded by `i`).
fn noisy(v: &[f32], i: usize) -> Vec<f32> {
    let mut state = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    v.iter()
        .map(|x| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            x + ((state % 2001) as f32 / 1000.0 - 1.0) * 0.01
        })
        .collect()
}
