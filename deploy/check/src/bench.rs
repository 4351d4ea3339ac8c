//! `make bench-surge`: submissions as fast as 64 residents can send them, through nginx, to
//! one and to two processes on PostgreSQL (and one on SQLite), beside the same database's raw
//! commit rate measured in the same run; the response form's latency while it runs; and how
//! long each resident waits for the verification mail. Printed, not asserted.

use std::time::{Duration, Instant, SystemTime};

use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};

use crate::cluster::{Backend, Cluster, Options};
use crate::load::{self, Ending, Plan, percentile};
use crate::mailbox;
use crate::proof::SLUG;

/// Residents sending at once.
const CONCURRENCY: usize = 64;

/// Runs every measurement and prints a table.
pub async fn run(base: Options, seconds: Duration) -> anyhow::Result<()> {
    println!("bench-surge: {CONCURRENCY} residents at once, {seconds:?} per measurement");
    for (backend, processes) in [
        (Backend::Postgres, 1),
        (Backend::Postgres, 2),
        (Backend::Sqlite, 1),
    ] {
        let options = Options {
            backend,
            processes,
            env: unlimited(),
            ..base.clone()
        };
        let cluster = Cluster::start(options).await?;
        let outcome = measure(&cluster, seconds).await;
        cluster.stop().await?;
        outcome?;
    }
    Ok(())
}

/// The bench sends far more than a resident may: the limits are raised for it.
fn unlimited() -> Vec<(String, String)> {
    ["SUBMISSIONS_PER_NETWORK", "SUBMISSIONS_PER_EMAIL"]
        .iter()
        .map(|name| (format!("ORDET_LIMIT_{name}"), "1000000".to_owned()))
        .collect()
}

async fn measure(cluster: &Cluster, seconds: Duration) -> anyhow::Result<()> {
    let db = cluster.db().await?;
    let raw_one = raw_commits(&db, 1, seconds).await?;
    let raw_shaped = raw_commits(&db, 6, seconds).await?;
    let plan = Plan {
        base: cluster.proxy_url(),
        slug: SLUG.into(),
        submissions: 1_000_000,
        clients: 200,
        spread: Duration::ZERO,
        concurrency: CONCURRENCY,
        run: format!("bench{}", rand::random::<u16>()),
    };
    let form = tokio::spawn(form_latencies(cluster.proxy_url(), seconds));
    let started = Instant::now();
    let outcomes = load::run_for(&plan, seconds).await?;
    let elapsed = started.elapsed().as_secs_f64();
    let mut form = form.await??;
    let mut latencies: Vec<Duration> = outcomes.iter().map(|o| o.latency).collect();
    let accepted = outcomes
        .iter()
        .filter(|o| matches!(o.ending, Ending::Accepted { .. }))
        .count();
    let rate = accepted as f64 / elapsed;
    println!(
        "{:?} × {} process(es): {rate:.0} submissions/s ({:.0} % of raw 1-row commits {raw_one:.0}/s, \
         {:.0} % of raw 6-row commits {raw_shaped:.0}/s), latency p50 {:.0} ms p99 {:.0} ms; \
         form page p50 {:.0} ms p99 {:.0} ms ({} loads); {} not accepted",
        cluster_backend(cluster),
        cluster.nodes.len(),
        100.0 * rate / raw_one,
        100.0 * rate / raw_shaped,
        percentile(&mut latencies, 50.0),
        percentile(&mut latencies, 99.0),
        percentile(&mut form, 50.0),
        percentile(&mut form, 99.0),
        form.len(),
        outcomes.len() - accepted
    );
    mail_wait(cluster, &outcomes).await
}

fn cluster_backend(cluster: &Cluster) -> &'static str {
    if cluster.database_url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    }
}

/// Commits per second of `rows` inserts each (a submission writes about six rows), by
/// [`CONCURRENCY`] connections, with the database's own durability settings.
async fn raw_commits(
    db: &DatabaseConnection,
    rows: usize,
    seconds: Duration,
) -> anyhow::Result<f64> {
    let id = if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        "BIGSERIAL PRIMARY KEY"
    } else {
        "INTEGER PRIMARY KEY AUTOINCREMENT"
    };
    db.execute_unprepared(&format!(
        "CREATE TABLE IF NOT EXISTS bench_raw (id {id}, body TEXT NOT NULL, created_at TEXT NOT NULL)"
    ))
    .await?;
    let body = "Det er vigtigt med danskundervisning tæt på jobbet. ".repeat(4);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CONCURRENCY {
        let (db, body) = (db.clone(), body.clone());
        tasks.spawn(async move {
            let mut commits = 0u64;
            while started.elapsed() < seconds {
                let txn = db.begin().await?;
                for _ in 0..rows {
                    let sql = format!(
                        "INSERT INTO bench_raw (body, created_at) VALUES ('{body}', '{}')",
                        chrono::Utc::now().to_rfc3339()
                    );
                    txn.execute_unprepared(&sql).await?;
                }
                txn.commit().await?;
                commits += 1;
            }
            anyhow::Ok(commits)
        });
    }
    let mut commits = 0;
    while let Some(done) = tasks.join_next().await {
        commits += done??;
    }
    Ok(commits as f64 / started.elapsed().as_secs_f64())
}

/// The response form's load times, one load every 100 ms, while the surge runs.
async fn form_latencies(base: String, seconds: Duration) -> anyhow::Result<Vec<Duration>> {
    let client = reqwest::Client::new();
    let url = format!("{base}/hearings/{SLUG}/respond");
    let started = Instant::now();
    let mut latencies = Vec::new();
    while started.elapsed() < seconds {
        let sent = Instant::now();
        let response = client.get(&url).send().await?;
        anyhow::ensure!(
            response.status().is_success(),
            "the form answered {}",
            response.status()
        );
        response.bytes().await?;
        latencies.push(sent.elapsed());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(latencies)
}

/// From the 202 to the verification mail in the resident's inbox (up to three minutes).
async fn mail_wait(cluster: &Cluster, outcomes: &[load::Outcome]) -> anyhow::Result<()> {
    let accepted: std::collections::HashMap<&str, SystemTime> = outcomes
        .iter()
        .filter(|o| matches!(o.ending, Ending::Accepted { .. }))
        .map(|o| (o.email.as_str(), o.answered_at))
        .collect();
    let started = Instant::now();
    let mails = loop {
        let mails = mailbox::read(&cluster.maildir)?;
        if mails.len() >= accepted.len() || started.elapsed() > Duration::from_secs(180) {
            break mails;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    let mut waits: Vec<Duration> = mails
        .iter()
        .filter_map(|m| {
            let answered = accepted.get(m.to.as_str())?;
            Some(m.arrived.duration_since(*answered).unwrap_or_default())
        })
        .collect();
    println!(
        "    verification mail: {} of {} arrived; wait p50 {:.1} s, p99 {:.1} s, max {:.1} s",
        waits.len(),
        accepted.len(),
        percentile(&mut waits, 50.0) / 1000.0,
        percentile(&mut waits, 99.0) / 1000.0,
        waits.iter().max().map_or(0.0, Duration::as_secs_f64),
    );
    Ok(())
}
