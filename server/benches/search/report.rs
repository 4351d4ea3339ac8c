//! Latency samples and the printed tables.

use std::time::Duration;

/// Latencies in milliseconds, each with the index of its query.
#[derive(Default)]
pub struct Samples(Vec<(usize, f64)>);

impl Samples {
    /// Adds the latency of one run of query `query`.
    pub fn push(&mut self, query: usize, d: Duration) {
        self.0.push((query, d.as_secs_f64() * 1000.0));
    }

    /// The latencies of query `query` only.
    pub fn of(&self, query: usize) -> Samples {
        Samples(
            self.0
                .iter()
                .filter(|(q, _)| *q == query)
                .copied()
                .collect(),
        )
    }

    /// The `q`-quantile (nearest rank), in milliseconds.
    pub fn p(&self, q: f64) -> f64 {
        let mut sorted: Vec<f64> = self.0.iter().map(|(_, ms)| *ms).collect();
        sorted.sort_by(f64::total_cmp);
        if sorted.is_empty() {
            return f64::NAN;
        }
        let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
        sorted[rank - 1]
    }
}

/// One engine's figures.
pub struct Row {
    /// The engine.
    pub name: &'static str,
    /// Responses indexed per second.
    pub rate: f64,
    /// The index's size, described.
    pub size: String,
    /// The results page (10 hits with snippets).
    pub page: Samples,
    /// The facet counts of the same queries.
    pub facets: Samples,
    /// Facets with a kind filter and no text.
    pub filtered: Samples,
    /// Mean recall@10 over the fixed queries.
    pub recall10: f64,
    /// Mean recall over every match.
    pub recall_all: f64,
}

/// Prints the engines side by side, then the ratios of the baseline to the first.
pub fn table(rows: &[Row]) {
    println!(
        "{:<22} {:>12} {:>22} {:>9} {:>9} {:>9} {:>9} {:>11} {:>9} {:>10}",
        "engine",
        "indexing/s",
        "size",
        "page p50",
        "page p99",
        "facet p50",
        "facet p99",
        "filter p50",
        "recall@10",
        "recall all"
    );
    for r in rows {
        println!(
            "{:<22} {:>12.0} {:>22} {:>9} {:>9} {:>9} {:>9} {:>11} {:>9.3} {:>10.3}",
            r.name,
            r.rate,
            r.size,
            ms(r.page.p(0.5)),
            ms(r.page.p(0.99)),
            ms(r.facets.p(0.5)),
            ms(r.facets.p(0.99)),
            ms(r.filtered.p(0.5)),
            r.recall10,
            r.recall_all
        );
    }
    let [ours, base] = rows else { return };
    println!();
    println!(
        "{} / {}: page p50 {:.1}×, page p99 {:.1}×, facet p50 {:.1}×, filter-only facets p50 {:.1}×, indexing {:.1}× faster",
        base.name,
        ours.name,
        base.page.p(0.5) / ours.page.p(0.5),
        base.page.p(0.99) / ours.page.p(0.99),
        base.facets.p(0.5) / ours.facets.p(0.5),
        base.filtered.p(0.5) / ours.filtered.p(0.5),
        ours.rate / base.rate,
    );
    println!(
        "  (a PostgreSQL results page with its facets is two statements: page + facet p50 = {}; tantivy's page already has them: {})",
        ms(base.page.p(0.5) + base.facets.p(0.5)),
        ms(ours.page.p(0.5))
    );
}

/// Milliseconds with sensible precision.
pub fn ms(v: f64) -> String {
    if v < 10.0 {
        format!("{v:.2} ms")
    } else if v < 100.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.0} ms")
    }
}

/// Bytes as MB.
pub fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

/// Recall figures of one query for each engine and setting.
pub struct QueryLine {
    /// The query's text.
    pub text: &'static str,
    /// Relevant responses in the corpus.
    pub relevant: usize,
    /// (matches, recall@10, recall over all matches, precision over all matches) with
    /// compounds split, Snowball only, and PostgreSQL.
    pub figures: [(usize, f64, f64, f64); 3],
}

/// Prints recall per query.
pub fn per_query(lines: &[QueryLine]) {
    println!(
        "{:<36} {:>8} | {:>27} | {:>27} | {:>27}",
        "query", "relevant", "tantivy (split)", "tantivy (Snowball only)", "PostgreSQL FTS"
    );
    println!(
        "{:<36} {:>8} | {:>27} | {:>27} | {:>27}",
        "", "", "hits  R@10  R-all  prec", "hits  R@10  R-all  prec", "hits  R@10  R-all  prec"
    );
    for line in lines {
        let cells: Vec<String> = line
            .figures
            .iter()
            .map(|(hits, r10, all, prec)| format!("{hits:>7} {r10:>5.2} {all:>6.3} {prec:>5.2}"))
            .collect();
        println!(
            "{:<36} {:>8} | {:>27} | {:>27} | {:>27}",
            line.text, line.relevant, cells[0], cells[1], cells[2]
        );
    }
}

/// Prints each query's page latency: tantivy with and without compound splitting, PostgreSQL.
pub fn latency_per_query(texts: &[&str], on: &Samples, off: &Samples, pg: &Samples) {
    println!(
        "{:<36} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8}",
        "query (page latency)",
        "split p50",
        "split p99",
        "plain p50",
        "PG p50",
        "PG p99",
        "PG/split"
    );
    for (i, text) in texts.iter().enumerate() {
        let (on, off, pg) = (on.of(i), off.of(i), pg.of(i));
        println!(
            "{:<36} {:>10} {:>10} {:>10} {:>10} {:>10} {:>7.1}×",
            text,
            ms(on.p(0.5)),
            ms(on.p(0.99)),
            ms(off.p(0.5)),
            ms(pg.p(0.5)),
            ms(pg.p(0.99)),
            pg.p(0.5) / on.p(0.5)
        );
    }
}
