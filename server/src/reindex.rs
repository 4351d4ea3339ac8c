//! `ordet reindex`: rebuilds the search index from the database without downtime. The new
//! index is built beside the one in use and swapped in when complete. When a server holds the
//! index, the rebuild is asked of its indexer through the outbox and this command waits for it;
//! otherwise this process builds it itself.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use app::entities::index_outbox;
use app::search::index::SearchIndex;
use app::search::indexer::{self, Indexer};
use sea_orm::EntityTrait;

use crate::config::Config;
use crate::startup::open_database;

/// How long to wait for a running server's indexer before giving up.
const WAIT: Duration = Duration::from_secs(30 * 60);

/// Rebuilds the index; prints how many responses it holds and how long it took.
pub async fn run(config: &Config) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    let root = config.data_dir.join("index");
    let started = Instant::now();
    let request = indexer::request_rebuild(&db).await?;
    let Some(_lock) = indexer::lock(&root).context("locking ORDET_DATA_DIR/index")? else {
        println!("A running server holds the index; its indexer rebuilds it now.");
        wait_for(&db, request).await?;
        println!(
            "Rebuilt by the server in {:.1} s.",
            started.elapsed().as_secs_f64()
        );
        return Ok(());
    };
    let (index, _) = SearchIndex::open(&root).context("opening ORDET_DATA_DIR/index")?;
    let index = Arc::new(index);
    index.remove_other_generations();
    let applied = Indexer::new(db, index.clone()).catch_up().await?;
    let documents = index.searcher().num_docs();
    println!(
        "Rebuilt the search index: {documents} responses, {applied} outbox rows applied, in {:.1} s.",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn wait_for(db: &sea_orm::DatabaseConnection, request: i64) -> anyhow::Result<()> {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        let row = index_outbox::Entity::find_by_id(request).one(db).await?;
        if row.is_none_or(|r| r.processed_at.is_some()) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    anyhow::bail!("the server's indexer did not finish the rebuild within 30 minutes")
}
