//! Ordet's search (`app::search`) on the corpus: the index on disk in a temporary directory,
//! built through the indexer's own `Writer` as a rebuild does (the vocabulary learned from every
//! response first, then the documents in batches), searched through `searcher::run` with
//! snippets from `service::snippets`, as the public search page does. The baseline index is the
//! same without compound splitting (Snowball stems only).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Result;
use app::search::Search;
use app::search::index::{SearchIndex, Writer};
use app::search::query::FieldName;
use app::search::schema::Scope;
use app::search::searcher::{self, Found, Request, Sort};
use app::search::service;

use super::corpus::{Corpus, HEARING};

/// Documents handed to the writer at a time (as the indexer's batches).
const BATCH: usize = 1000;

/// The built index and what building it took.
pub struct Tantivy {
    /// The index, as request handlers hold it.
    pub search: Search,
    /// Kept alive so background merges finish and apply, as in the server.
    _writer: Writer,
    _dir: tempfile::TempDir,
    /// From the first document to the end of the commit.
    pub index_time: Duration,
    /// Segments right after the commit.
    pub segments_at_commit: usize,
    /// Segments once background merges settled, and the time that took.
    pub segments: usize,
    /// Time from the commit until merges settled.
    pub merge_wait: Duration,
    /// Bytes of the index directory once merges settled.
    pub size: u64,
}

/// Indexes the corpus into a new on-disk index, splitting compounds or not (`decompound`), and
/// waits until background merges settle.
pub fn build(corpus: &Corpus, decompound: bool) -> Result<Tantivy> {
    let dir = tempfile::tempdir()?;
    let (index, _) = SearchIndex::open_with(dir.path(), decompound)?;
    let generation = index.current();
    let started = Instant::now();
    let mut writer = generation.writer()?;
    writer.learn(&corpus.docs);
    generation.vocabularies.mark_built();
    for batch in corpus.docs.chunks(BATCH) {
        writer.apply(&index.fields, batch, &[])?;
    }
    writer.commit()?;
    let index_time = started.elapsed();
    generation.reload()?;
    let segments_at_commit = index.searcher().segment_readers().len();
    let settle = Instant::now();
    let mut last = (segments_at_commit, dir_size(dir.path()));
    let mut stable = 0;
    while stable < 4 && settle.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(500));
        generation.reload()?;
        let now = (
            index.searcher().segment_readers().len(),
            dir_size(dir.path()),
        );
        stable = if now == last { stable + 1 } else { 0 };
        last = now;
    }
    let search = Search::new(index);
    Ok(Tantivy {
        search,
        _writer: writer,
        _dir: dir,
        index_time,
        segments_at_commit,
        segments: last.0,
        merge_wait: settle.elapsed(),
        size: last.1,
    })
}

/// Bytes of every file under `dir`.
pub fn dir_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

fn request(text: &str, filters: BTreeMap<FieldName, Vec<String>>, limit: usize) -> Request {
    Request {
        hearing_id: HEARING,
        scope: Scope::Public,
        text: text.to_owned(),
        filters,
        sort: Sort::Relevance,
        offset: 0,
        limit,
    }
}

impl Tantivy {
    /// One search: `limit` hits, the total and every facet's counts.
    pub fn run(&self, text: &str, limit: usize) -> Result<Found> {
        let request = request(text, BTreeMap::new(), limit);
        let index = &self.search.index;
        Ok(searcher::run(&index.searcher(), &index.fields, &request)?)
    }

    /// What a results page needs: the first 10 hits, total, facets, and a snippet of each
    /// hit cut from its text (the server reads the text from the database).
    pub fn page(&self, corpus: &Corpus, text: &str) -> Result<Vec<i32>> {
        let found = self.run(text, 10)?;
        let texts: Vec<(Option<String>, String)> = found
            .hits
            .iter()
            .map(|h| {
                let lang = corpus.labels[h.response_id as usize - 1].lang;
                (Some(lang.to_owned()), corpus.text(h.response_id).to_owned())
            })
            .collect();
        let snippets = service::snippets(&self.search, Scope::Public, &found, &texts);
        std::hint::black_box(snippets);
        Ok(found.hits.iter().map(|h| h.response_id).collect())
    }

    /// Every match of `text` (for recall over all matches).
    pub fn matches(&self, text: &str) -> Result<Vec<i32>> {
        let total = self.run(text, 1)?.total;
        let found = self.run(text, total.max(1))?;
        Ok(found.hits.iter().map(|h| h.response_id).collect())
    }

    /// No text, one kind filtered on: the newest 10, and every facet (the kind facet counted
    /// without its own filter).
    pub fn filtered_facets(&self, kind: &str) -> Result<Found> {
        let filters = BTreeMap::from([(FieldName::Kind, vec![kind.to_owned()])]);
        let index = &self.search.index;
        let request = request("", filters, 10);
        Ok(searcher::run(&index.searcher(), &index.fields, &request)?)
    }
}
