//! The proof's reads and clicks: the database's own count of what was stored, confirming
//! every response through its mailed link, search on every process, and the digest.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::{Context, ensure};
use chrono::{Datelike, Utc};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement, Value};

use crate::cluster::Cluster;
use crate::load::Outcome;
use crate::mailbox::{self, Mail};

/// Writes `$1`, `$2`, … for PostgreSQL and `?` for SQLite.
fn statement(db: &DatabaseConnection, sql: &str, values: Vec<Value>) -> Statement {
    let backend = db.get_database_backend();
    let sql = match backend {
        DatabaseBackend::Postgres => sql.to_owned(),
        _ => (1..=values.len())
            .rev()
            .fold(sql.to_owned(), |s, n| s.replace(&format!("${n}"), "?")),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// Gives the hearing a digest recipient and a weekly digest due since midnight today.
pub async fn add_digest_recipient(
    db: &DatabaseConnection,
    slug: &str,
    email: &str,
) -> anyhow::Result<()> {
    let hearing = hearing_id(db, slug).await?;
    let sql = "INSERT INTO digest_recipient (hearing_id, name, email, position) \
               VALUES ($1, $2, $3, 1)";
    let values = vec![hearing.into(), "Udvalgets sekretær".into(), email.into()];
    db.execute_raw(statement(db, sql, values)).await?;
    let weekday = i32::try_from(Utc::now().weekday().number_from_monday())?;
    let sql = "INSERT INTO digest_setting (hearing_id, weekday, hour, lead_days, weekly, updated_at) \
               VALUES ($1, $2, 0, 7, $3, $4)";
    let values = vec![
        hearing.into(),
        weekday.into(),
        true.into(),
        Utc::now().into(),
    ];
    db.execute_raw(statement(db, sql, values)).await?;
    Ok(())
}

async fn hearing_id(db: &DatabaseConnection, slug: &str) -> anyhow::Result<i32> {
    let row = db
        .query_one_raw(statement(
            db,
            "SELECT id FROM hearing WHERE slug = $1",
            vec![slug.into()],
        ))
        .await?
        .context("the demo hearing is missing")?;
    Ok(row.try_get("", "id")?)
}

/// How many stored responses carry each marker word beginning with `prefix`.
pub async fn stored_markers(
    db: &DatabaseConnection,
    prefix: &str,
) -> anyhow::Result<HashMap<String, usize>> {
    let sql = "SELECT body FROM response WHERE body LIKE $1";
    let rows = db
        .query_all_raw(statement(db, sql, vec![format!("%{prefix}%").into()]))
        .await?;
    let mut counts = HashMap::new();
    for row in rows {
        let body: String = row.try_get("", "body")?;
        let word: String = body
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| w.starts_with(prefix))
            .unwrap_or_default()
            .to_owned();
        *counts.entry(word).or_default() += 1;
    }
    Ok(counts)
}

/// Confirms every response through its link: the first fifty straight on process 0, each
/// then timed until the last process finds it (the search lag between processes); the rest
/// through the proxy. Returns the lags.
pub async fn confirm_all(
    cluster: &Cluster,
    slug: &str,
    mails: &[Mail],
    accepted: &HashMap<String, Outcome>,
) -> anyhow::Result<Vec<Duration>> {
    let client = reqwest::Client::new();
    let first = format!("http://127.0.0.1:{}", cluster.nodes[0].port);
    let last = format!(
        "http://127.0.0.1:{}",
        cluster.nodes[cluster.nodes.len() - 1].port
    );
    let mut lags = Vec::new();
    let mut timed = tokio::task::JoinSet::new();
    for (n, mail) in mails.iter().enumerate() {
        let token = mail.verify_token.clone().unwrap_or_default();
        let outcome = &accepted[&mail.to];
        let through = if n < 50 { &first } else { &cluster.proxy_url() };
        confirm(&client, through, &cluster.proxy_url(), &token).await?;
        if n < 50 {
            let (client, last, slug) = (client.clone(), last.clone(), slug.to_owned());
            let (marker, number) = (outcome.marker.clone(), svarnummer(outcome));
            timed.spawn(async move {
                let confirmed = Instant::now();
                found_within(
                    &client,
                    &last,
                    &slug,
                    &marker,
                    &number,
                    Duration::from_secs(30),
                )
                .await
                .map(|()| confirmed.elapsed())
            });
        }
    }
    while let Some(lag) = timed.join_next().await {
        lags.push(lag??);
    }
    println!(
        "  confirmed {} responses through their mailed links",
        mails.len()
    );
    Ok(lags)
}

async fn confirm(
    client: &reqwest::Client,
    base: &str,
    origin: &str,
    token: &str,
) -> anyhow::Result<()> {
    let response = client
        .post(format!("{base}/verify/{token}"))
        .header("Origin", origin)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await?;
    ensure!(
        response.status().is_success(),
        "confirming {token} answered {}",
        response.status()
    );
    Ok(())
}

fn svarnummer(outcome: &Outcome) -> String {
    match &outcome.ending {
        crate::load::Ending::Accepted { svarnummer } => svarnummer.clone(),
        _ => String::new(),
    }
}

/// Polls `base`'s public search until the response numbered `number` is found by `marker`.
async fn found_within(
    client: &reqwest::Client,
    base: &str,
    slug: &str,
    marker: &str,
    number: &str,
    limit: Duration,
) -> anyhow::Result<()> {
    let url = format!("{base}/api/v1/hearings/{slug}/responses?q={marker}");
    let started = Instant::now();
    loop {
        let body = client.get(&url).send().await?.text().await?;
        if body.contains(number) {
            return Ok(());
        }
        ensure!(
            started.elapsed() < limit,
            "{base} did not find response {number} by «{marker}» within {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every confirmed response is found by its marker on every process (each asked directly).
pub async fn searchable_everywhere(
    cluster: &Cluster,
    slug: &str,
    accepted: &HashMap<String, Outcome>,
) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    let started = Instant::now();
    for node in &cluster.nodes {
        let base = format!("http://127.0.0.1:{}", node.port);
        let mut searches = tokio::task::JoinSet::new();
        for outcome in accepted.values() {
            let (client, base, slug) = (client.clone(), base.clone(), slug.to_owned());
            let (marker, number) = (outcome.marker.clone(), svarnummer(outcome));
            searches.spawn(async move {
                found_within(
                    &client,
                    &base,
                    &slug,
                    &marker,
                    &number,
                    Duration::from_secs(30),
                )
                .await
            });
            if searches.len() >= 32 {
                searches.join_next().await.transpose()?.transpose()?;
            }
        }
        while let Some(found) = searches.join_next().await {
            found??;
        }
    }
    println!(
        "  search: all {} confirmed responses found on each of {} process(es) ({:?})",
        accepted.len(),
        cluster.nodes.len(),
        started.elapsed()
    );
    Ok(())
}

/// The digest reaches its recipient once, and no second copy follows within a minute (both
/// schedulers tick every half minute).
pub async fn digest_sent_once(cluster: &Cluster, to: &str) -> anyhow::Result<()> {
    let started = Instant::now();
    let count = || -> anyhow::Result<usize> {
        Ok(mailbox::read(&cluster.maildir)?
            .iter()
            .filter(|m| m.to == to)
            .count())
    };
    while count()? == 0 {
        ensure!(
            started.elapsed() < Duration::from_secs(90),
            "the digest did not arrive"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    tokio::time::sleep(Duration::from_secs(65)).await;
    let sent = count()?;
    println!("  digest: {sent} message(s) to the committee's recipient");
    ensure!(sent == 1, "the digest was sent {sent} times");
    Ok(())
}
