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
//!   against the labels; per query, with tantivy's compound sub-field on and off.
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

    println!("tantivy: indexing …");
    let tantivy = engine::build(&corpus)?;
    println!(
        "tantivy: {:.1} s to index and commit; {} segments at commit, {} after {:.1} s of merging",
        tantivy.index_time.as_secs_f64(),
        tantivy.segments_at_commit,
        tantivy.segments,
        tantivy.merge_wait.as_secs_f64()
    );
    let mut ours = Row {
        name: "tantivy (Ordet)",
        rate: n as f64 / tantivy.index_time.as_secs_f64(),
        size: mb(tantivy.size),
        page: timed(rounds, |q| tantivy.page(&corpus, q.text, true))?,
        facets: timed(rounds, |q| tantivy.run(q.text, true, 10))?,
        filtered: timed(rounds, |_| tantivy.filtered_facets("association"))?,
        recall10: 0.0,
        recall_all: 0.0,
    };
    let without = timed(rounds, |q| tantivy.page(&corpus, q.text, false))?;
    let mut on = Vec::new();
    let mut off = Vec::new();
    for (q, relevant) in QUERIES.iter().zip(&relevant) {
        on.push(figures(
            &corpus,
            q,
            *relevant,
            &tantivy.page(&corpus, q.text, true)?,
            &tantivy.matches(q.text, true)?,
        ));
        off.push(figures(
            &corpus,
            q,
            *relevant,
            &tantivy.page(&corpus, q.text, false)?,
            &tantivy.matches(q.text, false)?,
        ));
    }
    let forening = tantivy.run("bolig type:forening", true, 10)?.total;
    let association = tantivy.run("bolig type:association", true, 10)?.total;

    println!("PostgreSQL: loading …");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (base, pg) = runtime.block_on(baseline(&server, &corpus, rounds, &relevant))?;

    let mean = |f: &[Figures], i: usize| -> f64 {
        f.iter()
            .map(|x| if i == 1 { x.1 } else { x.2 })
            .sum::<f64>()
            / f.len() as f64
    };
    ours.recall10 = mean(&on, 1);
    ours.recall_all = mean(&on, 2);
    println!();
    println!(
        "== Search benchmark: {n} responses, {} queries × {rounds} rounds, one at a time, warm; load average {} ==",
        QUERIES.len(),
        load_average()
    );
    let rows = [ours, base];
    report::table(&rows);
    println!(
        "tantivy without the compound sub-field: page p50 {}, p99 {}; recall@10 {:.3}, recall all {:.3}",
        report::ms(without.p(0.5)),
        report::ms(without.p(0.99)),
        mean(&off, 1),
        mean(&off, 2)
    );
    println!();
    let lines: Vec<QueryLine> = QUERIES
        .iter()
        .enumerate()
        .map(|(i, q)| QueryLine {
            text: q.text,
            relevant: relevant[i],
            figures: [on[i], off[i], pg[i]],
        })
        .collect();
    report::per_query(&lines);
    println!();
    let texts: Vec<&str> = QUERIES.iter().map(|q| q.text).collect();
    report::latency_per_query(&texts, &rows[0].page, &without, &rows[1].page);
    println!();
    println!("Compound words (recall@10 / recall over all matches / precision over all matches):");
    for (i, q) in QUERIES.iter().enumerate().filter(|(_, q)| q.compound) {
        let cell = |f: Figures| format!("{:.2} / {:.3} / {:.2}", f.1, f.2, f.3);
        println!(
            "  {:<14} compounds on {}   off {}   PostgreSQL {}",
            q.text,
            cell(on[i]),
            cell(off[i]),
            cell(pg[i])
        );
    }
    println!();
    println!(
        "Note: `bolig type:forening` finds {forening} responses, `bolig type:association` {association}: \
         the kind filter takes the stored English value only."
    );
    Ok(())
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
        let all = pg.matches(q).await?;
        figures_pg.push(figures(corpus, q, *relevant, &hits, &all));
    }
    let mean = |i: usize| -> f64 {
        let sum: f64 = figures_pg
            .iter()
            .map(|f| if i == 1 { f.1 } else { f.2 })
            .sum();
        sum / figures_pg.len() as f64
    };
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
        recall10: mean(1),
        recall_all: mean(2),
    };
    debug_assert_eq!(row.page.len(), rounds * QUERIES.len());
    Ok((row, figures_pg))
}
