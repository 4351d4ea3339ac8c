//! `ordet reindex`: rebuilds the search index from the database without downtime. The request
//! is an index-outbox row every running process follows, so each rebuilds its own index: a
//! new generation beside the one in use, swapped in when complete. When a server writes this
//! configuration's index directory, this command waits until that index has applied the
//! request; otherwise it builds the index itself.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use app::clock::SystemClock;
use app::instance::Instance;
use app::search::index::SearchIndex;
use app::search::indexer::{self, Indexer};

use crate::config::Config;
use crate::startup::open_database;

/// How long to wait for a running server's indexer before giving up.
const WAIT: Duration = Duration::from_secs(30 * 60);

/// Rebuilds the index; prints how many responses it holds and how long it took.
pub async fn run(config: &Config) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    let root = &config.index_dir;
    let started = Instant::now();
    let request = app::search::outbox::request_rebuild(&db, chrono::Utc::now()).await?;
    let instance = Instance::new();
    let Some(_lock) = indexer::lock(root, instance.id()).context("locking ORDET_INDEX_DIR")? else {
        println!("A running server holds the index; its indexer rebuilds it now.");
        wait_for(root, request).await?;
        println!(
            "Rebuilt by the server in {:.1} s.",
            started.elapsed().as_secs_f64()
        );
        return Ok(());
    };
    let (index, _) = SearchIndex::open(root).context("opening ORDET_INDEX_DIR")?;
    let index = Arc::new(index);
    index.remove_other_generations();
    let mut indexer = Indexer::new(db, index.clone(), Arc::new(SystemClock));
    indexer.rebuild_all().await?;
    let applied = indexer.catch_up().await?;
    let documents = index.searcher().num_docs();
    println!(
        "Rebuilt the search index: {documents} responses, {applied} outbox rows applied, in {:.1} s.",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Waits until the index under `root` has applied outbox row `request` (its commits say how
/// far they followed the outbox).
async fn wait_for(root: &Path, request: i64) -> anyhow::Result<()> {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        // A swap under way can make one look fail; the next one sees the new generation.
        let saved = SearchIndex::open_shared(root)
            .ok()
            .and_then(|index| index.current().saved().ok().flatten());
        if saved.is_some_and(|s| s.has_applied(request)) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    anyhow::bail!("the server's indexer did not finish the rebuild within 30 minutes")
}
