//! Search (issue 6): Ordet's tantivy index against PostgreSQL full-text search, on the same
//! synthetic responses, in one run.
//!
//! `make bench-search`, or `cargo bench -p server --bench search -- 100000` (N responses,
//! default 100,000; 10000 and 1000000 are the other sizes of the issue). The corpus is
//! generated from a fixed seed: Danish responses to an integration policy (employment and
//! internships, schools and bilingual pupils, housing and vulnerable areas, discrimination,
//! associations and volunteers, economy, …) with inflections and compounds, some in English,
//! Arabic and Turkish, each labelled with what it is about.
//!
//! Printed, never asserted, for each engine:
//! - indexing throughput (responses/s; tantivy: `Writer::apply` in batches of 1,000 plus the
//!   commit; PostgreSQL: multi-row INSERTs into a table with a generated
//!   `to_tsvector('danish', body)` column and its GIN index, plus `VACUUM ANALYZE`) and the
//!   index's size;
//! - page latency p50/p99 over 20 fixed queries, each run once to warm up and then 20 times
//!   (5 times from 500,000 responses): tantivy's `searcher::run` (10 hits, total, every facet)
//!   plus `service::snippets`; PostgreSQL's 10 best by `ts_rank` with `ts_headline`;
//! - facet latency: the same queries' facet counts (tantivy: `run` without snippets;
//!   PostgreSQL: `GROUP BY GROUPING SETS` over kind, section, language, stance), and facets
//!   with a kind filter and no text;
//! - recall@10 (relevant among the first 10 / min(10, relevant)) and recall over every match,
//!   against the labels; per query, for tantivy with compounds split against the vocabulary
//!   and for the same index built with Snowball stems only (the baseline line).
//!
//! `ORDET_BENCH_SHOW='<query>'` (one of the 20, as written) also prints that query's first 10
//! hits from each engine, marked relevant or not, with their labels and text.
//!
//! PostgreSQL is the server at `ORDET_BENCH_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432`); the database `ordet_bench_search` is dropped and
//! created on each run. Both engines run warm, one query at a time.

#[path = "search/corpus.rs"]
mod corpus;
#[path = "search/danish.rs"]
mod danish;
#[path = "search/engine.rs"]
mod engine;
#[path = "search/other.rs"]
mod other;
#[path = "search/postgres.rs"]
mod postgres;
#[path = "search/queries.rs"]
mod queries;
#[path = "search/report.rs"]
mod report;

use std::time::Instant;

use anyhow::Result;

use corpus::Corpus;
use queries::{QUERIES, Query};
use report::{QueryLine, Row, Samples, mb};

/// A figure per query and setting: (hits, recall@10, recall over all, precision over all).
type Figures = (usize, f64, f64, f64);

/// What was measured of tantivy beyond its row of the table.
struct Ours {
    row: Row,
    /// Page latency of the index without compound splitting.
    without: Samples,
    /// Indexing rate and size of the index without compound splitting.
    without_rate: (f64, String),
    /// Recall figures with and without compound splitting.
    on: Vec<Figures>,
    off: Vec<Figures>,
    /// Matches of `bolig type:forening` and `bolig type:association`.
    kind_values: (usize, usize),
}

fn main() -> Result<()> {
    let n: usize = match std::env::args().skip(1).find(|a| !a.starts_with('-')) {
        Some(arg) => arg.replace('_', "").parse()?,
        None => 100_000,
    };
    let rounds = if n >= 500_000 { 5 } else { 20 };
    let server = std::env::var("ORDET_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());

    let started = Instant::now();
    let corpus = corpus::generate(n);
    let chars: usize = corpus.docs.iter().map(|d| d.private_text.len()).sum();
    let words: usize = corpus
        .docs
        .iter()
        .map(|d| d.private_text.split(' ').count())
        .sum();
    println!(
        "{n} responses generated in {:.1} s: {} of text, {:.0} words per response on average; load average {}",
        started.elapsed().as_secs_f64(),
        mb(chars as u64),
        words as f64 / n as f64,
        load_average()
    );
    let relevant: Vec<usize> = QUERIES
        .iter()
        .map(|q| queries::relevant_count(&corpus, q))
        .collect();

    let ours = measure_tantivy(&corpus, rounds, &relevant)?;
    println!("PostgreSQL: loading …");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (base, pg) = runtime.block_on(baseline(&server, &corpus, rounds, &relevant))?;
    print_report(n, rounds, &relevant, ours, base, &pg);
    Ok(())
}

fn measure_tantivy(corpus: &Corpus, rounds: usize, relevant: &[usize]) -> Result<Ours> {
    println!("tantivy: indexing …");
    let tantivy = engine::build(corpus, true)?;
    report_build("tantivy", &tantivy);
    println!("tantivy without compound splitting: indexing …");
    let plain = engine::build(corpus, false)?;
    report_build("tantivy without compound splitting", &plain);
    let mut on = Vec::new();
    let mut off = Vec::new();
    for (q, relevant) in QUERIES.iter().zip(relevant) {
        for (name, engine, into) in [
            ("split", &tantivy, &mut on),
            ("Snowball only", &plain, &mut off),
        ] {
            let page = engine.page(corpus, q.text)?;
            show(corpus, q, name, &page);
            let all = engine.matches(q.text)?;
            into.push(figures(corpus, q, *relevant, &page, &all));
        }
    }
    let (recall10, recall_all) = mean_recall(&on);
    let rate = |t: &engine::Tantivy| corpus.docs.len() as f64 / t.index_time.as_secs_f64();
    let row = Row {
        name: "tantivy (Ordet)",
        rate: rate(&tantivy),
        size: mb(tantivy.size),
        page: timed(rounds, |q| tantivy.page(corpus, q.text))?,
        facets: timed(rounds, |q| tantivy.run(q.text, 10))?,
        filtered: timed(rounds, |_| tantivy.filtered_facets("association"))?,
        recall10,
        recall_all,
    };
    Ok(Ours {
        row,
        without: timed(rounds, |q| plain.page(corpus, q.text))?,
        without_rate: (rate(&plain), mb(plain.size)),
        on,
        off,
        kind_values: (
            tantivy.run("bolig type:forening", 10)?.total,
            tantivy.run("bolig type:association", 10)?.total,
        ),
    })
}

fn report_build(name: &str, t: &engine::Tantivy) {
    println!(
        "{name}: {:.1} s to index and commit; {} segments at commit, {} after {:.1} s of merging; {}; peak memory so far {}",
        t.index_time.as_secs_f64(),
        t.segments_at_commit,
        t.segments,
        t.merge_wait.as_secs_f64(),
        mb(t.size),
        peak_memory()
    );
}

/// The process's peak resident memory (VmHWM).
fn peak_memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map(|v| v.trim().to_owned())
        .unwrap_or_default()
}

fn print_report(
    n: usize,
    rounds: usize,
    relevant: &[usize],
    ours: Ours,
    base: Row,
    pg: &[Figures],
) {
    println!();
    println!(
        "== Search benchmark: {n} responses, {} queries × {rounds} rounds, one at a time, warm; load average {} ==",
        QUERIES.len(),
        load_average()
    );
    let rows = [ours.row, base];
    report::table(&rows);
    let (recall10, recall_all) = mean_recall(&ours.off);
    println!(
        "tantivy without compound splitting (Snowball stems only): indexing {:.0}/s, {}, page p50 {}, p99 {}; recall@10 {recall10:.3}, recall all {recall_all:.3}",
        ours.without_rate.0,
        ours.without_rate.1,
        report::ms(ours.without.p(0.5)),
        report::ms(ours.without.p(0.99)),
    );
    println!("peak memory of the benchmark process: {}", peak_memory());
    println!();
    let lines: Vec<QueryLine> = QUERIES
        .iter()
        .enumerate()
        .map(|(i, q)| QueryLine {
            text: q.text,
            relevant: relevant[i],
            figures: [ours.on[i], ours.off[i], pg[i]],
        })
        .collect();
    report::per_query(&lines);
    println!();
    let texts: Vec<&str> = QUERIES.iter().map(|q| q.text).collect();
    report::latency_per_query(&texts, &rows[0].page, &ours.without, &rows[1].page);
    println!();
    println!("Compound words (recall@10 / recall over all matches / precision over all matches):");
    let cell = |f: Figures| format!("{:.2} / {:.3} / {:.2}", f.1, f.2, f.3);
    for (i, q) in QUERIES.iter().enumerate().filter(|(_, q)| q.compound) {
        println!(
            "  {:<14} split {}   Snowball only {}   PostgreSQL {}",
            q.text,
            cell(ours.on[i]),
            cell(ours.off[i]),
            cell(pg[i])
        );
    }
    println!();
    let (forening, association) = ours.kind_values;
    println!(
        "Note: `bolig type:forening` finds {forening} responses, `bolig type:association` {association}: \
         the kind filter takes the stored English value only."
    );
}

/// The machine's 1-, 5- and 15-minute load averages: other work running beside the benchmark.
fn load_average() -> String {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    text.split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

fn figures(corpus: &Corpus, q: &Query, relevant: usize, page: &[i32], all: &[i32]) -> Figures {
    let (recall_all, precision) = queries::coverage(corpus, q, all, relevant);
    let recall10 = queries::recall_at_10(corpus, q, page, relevant);
    (all.len(), recall10, recall_all, precision)
}

/// With `ORDET_BENCH_SHOW` set to a query's text: that query's first 10 hits, each marked
/// relevant (+) or not (-), with its labels and text, to read why an engine ranked them so.
fn show(corpus: &Corpus, q: &Query, engine: &str, hits: &[i32]) {
    if std::env::var("ORDET_BENCH_SHOW").ok().as_deref() != Some(q.text) {
        return;
    }
    println!("-- {engine}: first 10 of `{}`", q.text);
    for id in hits.iter().take(10) {
        let label = &corpus.labels[*id as usize - 1];
        let mark = if (q.relevant)(label) { '+' } else { '-' };
        let about = label.subjects();
        println!(
            "{mark} {id:>6} {about:?} aside {:?}: {}",
            label.aside,
            corpus.text(*id)
        );
    }
}

/// Mean recall@10 and mean recall over every match.
fn mean_recall(figures: &[Figures]) -> (f64, f64) {
    let n = figures.len() as f64;
    (
        figures.iter().map(|f| f.1).sum::<f64>() / n,
        figures.iter().map(|f| f.2).sum::<f64>() / n,
    )
}

/// Runs every query once to warm up, then `rounds` times, timing each run.
fn timed<T>(rounds: usize, mut run: impl FnMut(&Query) -> Result<T>) -> Result<Samples> {
    let mut samples = Samples::default();
    for round in 0..=rounds {
        for (i, q) in QUERIES.iter().enumerate() {
            let started = Instant::now();
            std::hint::black_box(run(q)?);
            if round > 0 {
                samples.push(i, started.elapsed());
            }
        }
    }
    Ok(samples)
}

async fn baseline(
    server: &str,
    corpus: &Corpus,
    rounds: usize,
    relevant: &[usize],
) -> Result<(Row, Vec<Figures>)> {
    let pg = postgres::load(server, corpus).await?;
    println!(
        "PostgreSQL: {:.1} s to insert, {:.1} s with VACUUM ANALYZE",
        pg.insert_time.as_secs_f64(),
        pg.load_time.as_secs_f64()
    );
    let (mut page, mut facets, mut filtered) =
        (Samples::default(), Samples::default(), Samples::default());
    for round in 0..=rounds {
        for (i, q) in QUERIES.iter().enumerate() {
            let t = Instant::now();
            pg.page(q).await?;
            let page_time = t.elapsed();
            let t = Instant::now();
            pg.facets(q).await?;
            let facet_time = t.elapsed();
            let t = Instant::now();
            pg.filtered_facets("association").await?;
            if round > 0 {
                page.push(i, page_time);
                facets.push(i, facet_time);
                filtered.push(i, t.elapsed());
            }
        }
    }
    let mut figures_pg = Vec::new();
    for (q, relevant) in QUERIES.iter().zip(relevant) {
        let hits = pg.page(q).await?;
        show(corpus, q, "PostgreSQL", &hits);
        let all = pg.matches(q).await?;
        figures_pg.push(figures(corpus, q, *relevant, &hits, &all));
    }
    let (recall10, recall_all) = mean_recall(&figures_pg);
    let row = Row {
        name: "PostgreSQL FTS",
        rate: corpus.docs.len() as f64 / pg.load_time.as_secs_f64(),
        size: format!(
            "{} GIN, {} all",
            mb(pg.gin_size as u64),
            mb(pg.total_size as u64)
        ),
        page,
        facets,
        filtered,
        recall10,
        recall_all,
    };
    Ok((row, figures_pg))
}
