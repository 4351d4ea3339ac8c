//! Ordet's pipeline on a corpus, each step timed: the RAM index through the indexer's
//! `Writer`, vectors read from it (`themes::vectors::read`), clustering
//! (`themes::cluster::cluster`), scores against the labels (`themes::metrics`).

use std::time::{Duration, Instant};

use anyhow::Result;
use app::search::document::IndexDoc;
use app::search::index::SearchIndex;
use app::themes::cluster::{Settings, cluster};
use app::themes::metrics::{Scores, scores};
use app::themes::vectors::{self, DocVectors, VectorSettings};

/// Documents handed to the writer at a time (as the indexer's batches).
const BATCH: usize = 1000;

/// An indexed corpus and the time indexing took.
pub struct Indexed {
    /// The index in RAM.
    pub index: SearchIndex,
    /// Writer, commit and reload.
    pub time: Duration,
}

/// One clustering run's figures.
pub struct Run {
    /// Groups found.
    pub k: usize,
    /// Against the labels.
    pub scores: Scores,
    /// Reading the vectors from the index.
    pub vectors: Duration,
    /// Clustering them.
    pub cluster: Duration,
    /// Rows and features.
    pub shape: (usize, usize),
}

/// Indexes `docs` into a new RAM index.
pub fn index(docs: &[IndexDoc]) -> Result<Indexed> {
    let index = SearchIndex::in_ram()?;
    let started = Instant::now();
    let mut writer = index.current().writer()?;
    for batch in docs.chunks(BATCH) {
        writer.apply(&index.fields, batch, &[])?;
    }
    writer.commit()?;
    index.current().reload()?;
    Ok(Indexed {
        index,
        time: started.elapsed(),
    })
}

/// Vectors of hearing `hearing_id`, clustered into `k` groups (or a chosen number).
pub fn run(indexed: &Indexed, hearing_id: i32, k: Option<usize>, truth: &[usize]) -> Result<Run> {
    let started = Instant::now();
    let v: DocVectors = vectors::read(
        &indexed.index.searcher(),
        &indexed.index.fields,
        hearing_id,
        None,
        &VectorSettings::default(),
    )?;
    let vectors_time = started.elapsed();
    let started = Instant::now();
    let c = cluster(&v.rows, v.dims(), k, &Settings::default());
    let cluster_time = started.elapsed();
    // Response ids are 1.. in corpus order, so row i is document i.
    Ok(Run {
        k: c.k,
        scores: scores(truth, &c.labels),
        vectors: vectors_time,
        cluster: cluster_time,
        shape: (v.len(), v.dims()),
    })
}
