//! The proof of `make deploy-test`: a surge through the proxy with one process killed and
//! restarted in the middle, then the counts — every acknowledged submission stored exactly
//! once, every verification mail and receipt sent once, every confirmed response searchable
//! in every process, the committee's digest sent once.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::ensure;

use crate::cluster::{Cluster, Options};
use crate::load::{self, Ending, Outcome, Plan};
use crate::{checks, mailbox};

/// The demo hearing, open today.
pub const SLUG: &str = "integrationspolitik-2011-2014";

/// What to do.
#[derive(Clone, Debug)]
pub struct Proof {
    /// The deployment.
    pub cluster: Options,
    /// Submissions, client addresses and how long they are spread over.
    pub submissions: usize,
    pub clients: usize,
    pub spread: Duration,
}

/// Runs the proof; an error says which count was wrong.
pub async fn run(proof: &Proof) -> anyhow::Result<()> {
    let mut cluster = Cluster::start(proof.cluster.clone()).await?;
    let result = surge_and_check(&mut cluster, proof).await;
    if result.is_err() {
        eprintln!("{}", cluster.log_tails());
    }
    let stopped = cluster.stop().await;
    result?;
    stopped
}

async fn surge_and_check(cluster: &mut Cluster, proof: &Proof) -> anyhow::Result<()> {
    let run = run_name();
    let plan = Plan {
        base: cluster.proxy_url(),
        slug: SLUG.into(),
        submissions: proof.submissions,
        clients: proof.clients,
        spread: proof.spread,
        concurrency: 256,
        run: run.clone(),
    };
    println!(
        "surge: {} submissions from {} addresses over {:?} through nginx to {} process(es) on {:?}",
        plan.submissions,
        plan.clients,
        plan.spread,
        cluster.nodes.len(),
        proof.cluster.backend
    );
    let started = Instant::now();
    let load = tokio::spawn(async move { load::run(&plan).await });
    // A quarter in, the committee gets a digest recipient: every scheduler sees it due.
    tokio::time::sleep(proof.spread / 4).await;
    let digest_to = format!("udvalg-{run}@kk.example.dk");
    checks::add_digest_recipient(&cluster.db().await?, SLUG, &digest_to).await?;
    tokio::time::sleep(proof.spread / 4).await;
    println!("  {:?}: SIGKILL process 0", started.elapsed());
    cluster.kill(0)?;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let took = cluster.restart(0).await?;
    println!(
        "  {:?}: process 0 ready again ({took:?} after start)",
        started.elapsed()
    );
    let outcomes = load.await??;
    println!("  {:?}: every submission answered", started.elapsed());
    let accepted = summarize(&outcomes)?;
    let stored = checks::stored_markers(&cluster.db().await?, &format!("surge{run}")).await?;
    count_storage(&outcomes, &stored)?;
    let mails = wait_for_mails(cluster, &accepted, |m| m.verify_token.is_some()).await?;
    count_once(&mails, &accepted, "verification mail")?;
    let lags = checks::confirm_all(cluster, SLUG, &mails, &accepted).await?;
    let receipts = wait_for_mails(cluster, &accepted, |m| m.verify_token.is_none()).await?;
    count_once(&receipts, &accepted, "receipt")?;
    checks::searchable_everywhere(cluster, SLUG, &accepted).await?;
    report_lag(lags, cluster.nodes.len());
    checks::digest_sent_once(cluster, &digest_to).await?;
    // A minute later still: nothing went out a second time meanwhile.
    let late: Vec<mailbox::Mail> = mailbox::read(&cluster.maildir)?;
    let (verifications, receipts): (Vec<_>, Vec<_>) = late
        .into_iter()
        .filter(|m| accepted.contains_key(&m.to))
        .partition(|m| m.verify_token.is_some());
    count_once(
        &verifications,
        &accepted,
        "verification mail (a minute later)",
    )?;
    count_once(&receipts, &accepted, "receipt (a minute later)")?;
    Ok(())
}

/// Letters only: the marker words must stay one token for every analyser.
fn run_name() -> String {
    (0..5)
        .map(|_| char::from(b'a' + rand::random::<u8>() % 26))
        .collect()
}

/// Prints how the submissions ended; returns the accepted ones (e-mail → outcome).
fn summarize(outcomes: &[Outcome]) -> anyhow::Result<HashMap<String, Outcome>> {
    let mut latencies: Vec<Duration> = outcomes.iter().map(|o| o.latency).collect();
    let retried = outcomes.iter().filter(|o| o.attempts > 1).count();
    let accepted: HashMap<String, Outcome> = outcomes
        .iter()
        .filter(|o| matches!(o.ending, Ending::Accepted { .. }))
        .map(|o| (o.email.clone(), o.clone()))
        .collect();
    println!(
        "  answered: {} acknowledged (202), {} refused, {} gave up; {retried} needed a retry; \
         latency p50 {:.0} ms, p99 {:.0} ms",
        accepted.len(),
        outcomes
            .iter()
            .filter(|o| matches!(o.ending, Ending::Refused { .. }))
            .count(),
        outcomes
            .iter()
            .filter(|o| matches!(o.ending, Ending::GaveUp { .. }))
            .count(),
        load::percentile(&mut latencies, 50.0),
        load::percentile(&mut latencies, 99.0),
    );
    if let Some(bad) = outcomes
        .iter()
        .find(|o| !matches!(o.ending, Ending::Accepted { .. }))
    {
        let why = match &bad.ending {
            Ending::Refused { status, body } => format!("refused with {status}: {body}"),
            Ending::GaveUp { last } => format!("gave up after {} tries: {last}", bad.attempts),
            Ending::Accepted { .. } => String::new(),
        };
        anyhow::bail!("submission {} was not acknowledged: {why}", bad.n);
    }
    Ok(accepted)
}

/// Every acknowledged submission stored exactly once, nothing stored that was not.
fn count_storage(outcomes: &[Outcome], stored: &HashMap<String, usize>) -> anyhow::Result<()> {
    let lost = outcomes
        .iter()
        .filter(|o| !stored.contains_key(&o.marker))
        .count();
    let duplicated = stored.values().filter(|n| **n > 1).count();
    let acknowledged: std::collections::HashSet<&str> =
        outcomes.iter().map(|o| o.marker.as_str()).collect();
    let unacknowledged = stored
        .keys()
        .filter(|m| !acknowledged.contains(m.as_str()))
        .count();
    println!(
        "  database: acknowledged {}, stored {}, lost {lost}, duplicated {duplicated}, \
         stored without acknowledgement {unacknowledged}",
        outcomes.len(),
        stored.len()
    );
    ensure!(
        lost == 0,
        "{lost} acknowledged submissions are not in the database"
    );
    ensure!(
        duplicated == 0,
        "{duplicated} submissions are stored more than once"
    );
    ensure!(
        unacknowledged == 0,
        "{unacknowledged} stored submissions were never acknowledged"
    );
    Ok(())
}

/// Waits (up to two minutes) until every accepted address has a mail of the kind `which`.
async fn wait_for_mails(
    cluster: &Cluster,
    accepted: &HashMap<String, Outcome>,
    which: impl Fn(&mailbox::Mail) -> bool,
) -> anyhow::Result<Vec<mailbox::Mail>> {
    let started = Instant::now();
    loop {
        let mails: Vec<mailbox::Mail> = mailbox::read(&cluster.maildir)?
            .into_iter()
            .filter(|m| accepted.contains_key(&m.to) && which(m))
            .collect();
        let addresses: std::collections::HashSet<&str> =
            mails.iter().map(|m| m.to.as_str()).collect();
        if addresses.len() == accepted.len() || started.elapsed() > Duration::from_secs(120) {
            return Ok(mails);
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Each accepted address got exactly one message of this kind. The same message (one
/// `Message-ID`) arriving twice is counted apart: SMTP delivers at least once, so a process
/// killed after the server accepted a message and before the database recorded it sends it
/// again; the receiving side sees one message twice, never two messages.
fn count_once(
    mails: &[mailbox::Mail],
    accepted: &HashMap<String, Outcome>,
    what: &str,
) -> anyhow::Result<()> {
    let mut per_address: HashMap<&str, std::collections::HashSet<&str>> = HashMap::new();
    for mail in mails {
        per_address
            .entry(mail.to.as_str())
            .or_default()
            .insert(mail.message_id.as_str());
    }
    let missing = accepted
        .keys()
        .filter(|a| !per_address.contains_key(a.as_str()))
        .count();
    let twice = per_address.values().filter(|ids| ids.len() > 1).count();
    let messages: usize = per_address.values().map(|ids| ids.len()).sum();
    let redelivered = mails.len() - messages;
    println!(
        "  {what}s: {messages} sent, missing {missing}, two different messages to one address \
         {twice}; the same message delivered again after the kill {redelivered}"
    );
    ensure!(
        missing == 0 && twice == 0,
        "{what}s: {missing} missing, {twice} sent twice"
    );
    Ok(())
}

fn report_lag(mut lags: Vec<Duration>, processes: usize) {
    if lags.is_empty() {
        return;
    }
    let which = if processes > 1 {
        "confirmed on process 0, found on the last"
    } else {
        "confirmed, then found"
    };
    let max = lags.iter().max().copied().unwrap_or_default();
    println!(
        "  search lag ({which}): p50 {:.0} ms, max {:.0} ms over {} responses",
        load::percentile(&mut lags, 50.0),
        max.as_secs_f64() * 1000.0,
        lags.len()
    );
}
