//! Themes (issue 7): Ordet's clustering against the scikit-learn baseline, in one run.
//!
//! `make bench-themes`, or `cargo bench -p server --bench themes`. Printed, never asserted:
//! 1. The labelled Stack Overflow titles (20,000 English short texts, 20 tags; see
//!    `shared/data/README.md`) indexed as English responses into a RAM index through the
//!    indexer's `Writer`, vectors read from the index, clustered with k = 20 given and with
//!    k chosen: NMI, ARI, V-measure, k, and seconds for index, vectors and clustering.
//! 2. `cluster_baseline.py` (TF-IDF + k-means, 10 restarts, 3 seeds) on the same file, and
//!    the ratios. A missing Python or scikit-learn leaves the row out and says why.
//! 3. 100,000 synthetic Danish responses (six topics, `themes::cluster::synthetic`) indexed
//!    the same way, then vectors and clustering timed (target < 10 s).
//! 4. Themes from meaning (`meaning.rs`, issue 22): the titles clustered on their sentence
//!    vectors; the demo generator's responses in four languages through both pipelines (how
//!    many non-Danish responses land in the theme of their subject); the model's memory,
//!    embedding rate and clustering time at 10,000 and 100,000 vectors.
//!
//! Options: `--data DIR` (default `ORDET_BENCH_DATA`, else `../shared/data` beside the
//! workspace), `--python PATH` (default `ORDET_PYTHON`, else `python3`), `--synthetic N`
//! (default 100000; 0 skips it), `--no-baseline`, `--no-meaning` (part 4), `--demo N` (demo
//! responses generated for part 4, default 3000), `--titles-meaning N` (titles embedded in
//! part 4, default all; 0 skips); and, to measure other clustering settings
//! than the defaults, `--restarts N`, `--sample N`, `--finalists N`, `--lsa-dims N` (0: none), `--lsa-power N`.

#[path = "themes/baseline.rs"]
mod baseline;
#[path = "themes/meaning.rs"]
mod meaning;
#[path = "themes/pipeline.rs"]
mod pipeline;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use app::search::document::IndexDoc;
use app::themes::cluster::{Settings, synthetic};
use chrono::{TimeZone, Utc};

use pipeline::Run;

/// The hearing every benchmark document belongs to.
const HEARING: i32 = 1;

struct Options {
    data: PathBuf,
    python: String,
    synthetic: usize,
    baseline: bool,
    seeds: u64,
    settings: Settings,
    meaning: bool,
    demo: usize,
    titles_meaning: usize,
}

fn options() -> Result<Options> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut o = Options {
        data: std::env::var_os("ORDET_BENCH_DATA")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("../shared/data")),
        python: std::env::var("ORDET_PYTHON").unwrap_or_else(|_| "python3".into()),
        synthetic: 100_000,
        baseline: true,
        seeds: 5,
        settings: Settings::default(),
        meaning: true,
        demo: 3000,
        titles_meaning: usize::MAX,
    };
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    while let Some(arg) = args.next() {
        let mut value = || args.next().context(format!("{arg} needs a value"));
        match arg.as_str() {
            "--data" => o.data = PathBuf::from(value()?),
            "--python" => o.python = value()?,
            "--synthetic" => o.synthetic = value()?.replace('_', "").parse()?,
            "--no-baseline" => o.baseline = false,
            "--no-meaning" => o.meaning = false,
            "--demo" => o.demo = value()?.replace('_', "").parse()?,
            "--titles-meaning" => o.titles_meaning = value()?.replace('_', "").parse()?,
            "--seeds" => o.seeds = value()?.parse()?,
            "--restarts" => o.settings.restarts = value()?.parse()?,
            "--sample" => o.settings.sample = value()?.parse()?,
            "--finalists" => o.settings.finalists = value()?.parse()?,
            "--lsa-dims" => o.settings.lsa_dims = value()?.parse()?,
            "--lsa-power" => o.settings.lsa_power = value()?.parse()?,
            _ => anyhow::bail!("unknown argument {arg}"),
        }
    }
    Ok(o)
}

/// The labelled titles as English documents (ids 1.. in file order) and their labels.
fn titles(path: &Path) -> Result<(Vec<IndexDoc>, Vec<usize>)> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut names: Vec<String> = Vec::new();
    let (mut docs, mut labels) = (Vec::new(), Vec::new());
    for (line, id) in text.lines().skip(1).zip(1..) {
        let (label, title) = line.split_once('\t').context("a line without a tab")?;
        let position = names.iter().position(|n| n == label).unwrap_or_else(|| {
            names.push(label.to_owned());
            names.len() - 1
        });
        labels.push(position);
        docs.push(doc(id, "en", title));
    }
    Ok((docs, labels))
}

fn doc(id: i32, language: &str, text: &str) -> IndexDoc {
    IndexDoc {
        response_id: id,
        hearing_id: HEARING,
        version: 1,
        submitted_at: Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap(),
        language: Some(language.into()),
        keywords: Vec::new(),
        names: String::new(),
        private_text: text.to_owned(),
        public_text: None,
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn line(name: &str, run: &Run, index_s: f64) {
    let s = &run.scores;
    println!(
        "{name:<24} {:>4} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>8.2} {:>8.2} {:>8.2} {:>8.2}",
        run.k,
        s.nmi,
        s.ari,
        s.v.homogeneity,
        s.v.completeness,
        s.v.v,
        index_s,
        run.vectors.as_secs_f64(),
        run.cluster.as_secs_f64(),
        run.vectors.as_secs_f64() + run.cluster.as_secs_f64(),
    );
}

fn header() {
    println!(
        "{:<24} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8} {:>8} {:>8}",
        "pipeline",
        "k",
        "NMI",
        "ARI",
        "homog",
        "compl",
        "V",
        "index s",
        "vect s",
        "clust s",
        "v+c s"
    );
}

fn stack_overflow(o: &Options, model: Option<&meaning::Model>) -> Result<()> {
    let tsv = o.data.join("labelled/stackoverflow-titles.tsv");
    let (docs, truth) = titles(&tsv)?;
    println!(
        "== Themes benchmark: {} Stack Overflow titles, {} labels; load average {} ==",
        docs.len(),
        truth.iter().max().map_or(0, |m| m + 1),
        load_average()
    );
    let indexed = pipeline::index(&docs)?;
    let index_s = indexed.time.as_secs_f64();
    let given = pipeline::run(&indexed, HEARING, Some(20), &truth, &o.settings)?;
    let chosen = pipeline::run(&indexed, HEARING, None, &truth, &o.settings)?;
    println!(
        "vectors: {} rows × {} features",
        given.shape.0, given.shape.1
    );
    header();
    line("Ordet, k = 20 given", &given, index_s);
    line("Ordet, k chosen", &chosen, index_s);
    let script = o.data.join("baseline/cluster_baseline.py");
    let outcome = if o.baseline {
        baseline::run(&o.python, &script, &tsv)
    } else {
        Err("--no-baseline".into())
    };
    match outcome {
        Ok(b) => {
            println!(
                "{:<24} {:>4} {:>6.3} {:>6.3} {:>6} {:>6} {:>6.3} {:>8} {:>8} {:>8} {:>8.2}",
                "scikit-learn baseline", 20, b.nmi, b.ari, "", "", b.v, "", "", "", b.seconds
            );
            let ours = given.vectors.as_secs_f64() + given.cluster.as_secs_f64();
            println!(
                "Ordet / baseline (k = 20): NMI ×{:.2}, {:.1}× faster (vectors + clustering; {:.1}× with indexing)",
                given.scores.nmi / b.nmi,
                b.seconds / ours,
                b.seconds / (ours + index_s),
            );
        }
        Err(why) => println!("scikit-learn baseline: no row ({why})"),
    }
    println!(
        "targets: NMI ≥ 0.68 with k given ({:.3}), ≥ 0.60 with k chosen ({:.3}); ≥ 5× faster than the baseline",
        given.scores.nmi, chosen.scores.nmi
    );
    other_seeds(o, &indexed, &truth)?;
    if let Some(model) = model {
        let n = o.titles_meaning.min(docs.len());
        let texts: Vec<String> = docs[..n].iter().map(|d| d.private_text.clone()).collect();
        meaning::titles(model, &texts, &truth[..n])?;
    }
    Ok(())
}

/// NMI with k = 20 given over `--seeds` seeds (the default seed and the next ones): one
/// seed's figure is one draw of the random starts.
fn other_seeds(o: &Options, indexed: &pipeline::Indexed, truth: &[usize]) -> Result<()> {
    if o.seeds <= 1 {
        return Ok(());
    }
    let mut figures = Vec::new();
    for i in 0..o.seeds {
        let settings = Settings {
            seed: o.settings.seed + i,
            ..o.settings.clone()
        };
        let run = pipeline::run(indexed, HEARING, Some(20), truth, &settings)?;
        figures.push((run.scores.nmi, run.vectors + run.cluster));
    }
    let nmi: Vec<f64> = figures.iter().map(|f| f.0).collect();
    let mean = nmi.iter().sum::<f64>() / nmi.len() as f64;
    let worst = nmi.iter().copied().fold(f64::INFINITY, f64::min);
    let best = nmi.iter().copied().fold(0.0, f64::max);
    let seconds: Vec<String> = figures
        .iter()
        .map(|f| format!("{:.2}", f.1.as_secs_f64()))
        .collect();
    let each: Vec<String> = nmi.iter().map(|n| format!("{n:.3}")).collect();
    println!(
        "k = 20 given over {} seeds: NMI mean {mean:.3} (min {worst:.3}, max {best:.3}; {}); vectors + clustering s: {}",
        o.seeds,
        each.join(" "),
        seconds.join(" ")
    );
    Ok(())
}

fn synthetic_run(n: usize, settings: &Settings) -> Result<()> {
    let responses = synthetic::responses(n, 7);
    let truth: Vec<usize> = responses.iter().map(|r| r.label).collect();
    let docs = synthetic::index_docs(&responses, HEARING);
    println!(
        "\n== {n} synthetic Danish responses, 6 topics; load average {} ==",
        load_average()
    );
    let indexed = pipeline::index(&docs)?;
    let index_s = indexed.time.as_secs_f64();
    let chosen = pipeline::run(&indexed, HEARING, None, &truth, settings)?;
    let given = pipeline::run(&indexed, HEARING, Some(6), &truth, settings)?;
    println!(
        "vectors: {} rows × {} features",
        given.shape.0, given.shape.1
    );
    header();
    line("Ordet, k = 6 given", &given, index_s);
    line("Ordet, k chosen", &chosen, index_s);
    let total = chosen.vectors.as_secs_f64() + chosen.cluster.as_secs_f64();
    println!("target: vectors + clustering < 10 s with k chosen ({total:.2} s)");
    Ok(())
}

fn main() -> Result<()> {
    let o = options()?;
    println!("clustering settings: {:?}", o.settings);
    let model = if o.meaning {
        Some(meaning::load()?)
    } else {
        None
    };
    stack_overflow(&o, model.as_ref())?;
    if let Some(model) = &model {
        let (measured, languages) =
            meaning::demo(model, o.demo, server::demo_responses::DEFAULT_SEED)?;
        meaning::scale(model, (&measured, &languages), &[10_000, 100_000]);
    }
    if o.synthetic > 0 {
        synthetic_run(o.synthetic, &o.settings)?;
    }
    Ok(())
}
