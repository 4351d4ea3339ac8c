//! The last-day surge: residents on many addresses submitting through the proxy at a steady
//! pace, each retrying on a proxy error with the same `Idempotency-Key` (as the form and a
//! careful API client do), and the outcome of every submission as the resident saw it.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use serde::Deserialize;
use serde_json::json;

/// What to send.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Where residents connect (nginx).
    pub base: String,
    /// The hearing.
    pub slug: String,
    /// How many submissions.
    pub submissions: usize,
    /// From how many client addresses (127.0.1.1, 127.0.1.2, …).
    pub clients: usize,
    /// Spread over this long; zero sends as fast as `concurrency` allows.
    pub spread: Duration,
    /// At most this many in flight at once.
    pub concurrency: usize,
    /// Marks this run's texts and e-mail addresses.
    pub run: String,
}

/// How one submission ended.
#[derive(Clone, Debug)]
pub enum Ending {
    /// 202: stored, with its svarnummer.
    Accepted { svarnummer: String },
    /// Refused by Ordet (status and body): 429, 422, …
    Refused { status: u16, body: String },
    /// Still failing after every retry (the proxy's 502 or the connection).
    GaveUp { last: String },
}

/// One submission, as the resident experienced it.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// Its index in the plan.
    pub n: usize,
    /// The word only this submission's text contains (searched for afterwards).
    pub marker: String,
    /// The resident's e-mail address (the verification mail goes there).
    pub email: String,
    /// How it ended.
    pub ending: Ending,
    /// Requests sent (1 without retries).
    pub attempts: u32,
    /// From the first request to the final answer.
    pub latency: Duration,
    /// When the final answer came.
    pub answered_at: SystemTime,
}

#[derive(Deserialize)]
struct Submitted {
    svarnummer: String,
}

/// Tries per submission; a process restart takes a few seconds.
const TRIES: u32 = 40;

/// Sends the plan; returns every outcome, in plan order.
pub async fn run(plan: &Plan) -> anyhow::Result<Vec<Outcome>> {
    let clients = clients(plan.clients)?;
    let gate = Arc::new(tokio::sync::Semaphore::new(plan.concurrency.max(1)));
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(plan.submissions);
    for n in 0..plan.submissions {
        let client = clients[n % clients.len()].clone();
        let plan = plan.clone();
        let gate = gate.clone();
        let due = started + spread_at(&plan, n);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until(due.into()).await;
            let _permit = gate.acquire_owned().await;
            submit(&client, &plan, n).await
        }));
    }
    let mut outcomes = Vec::with_capacity(tasks.len());
    for task in tasks {
        outcomes.push(task.await?);
    }
    Ok(outcomes)
}

/// Sends as fast as `plan.concurrency` residents can for `duration` (each sends its next
/// submission when the last was answered); returns every outcome.
pub async fn run_for(plan: &Plan, duration: Duration) -> anyhow::Result<Vec<Outcome>> {
    let clients = clients(plan.clients)?;
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for worker in 0..plan.concurrency.max(1) {
        let client = clients[worker % clients.len()].clone();
        let (plan, next) = (plan.clone(), next.clone());
        workers.spawn(async move {
            let mut outcomes = Vec::new();
            while started.elapsed() < duration {
                let n = next.fetch_add(1, Ordering::Relaxed);
                outcomes.push(submit(&client, &plan, n).await);
            }
            outcomes
        });
    }
    let mut outcomes = Vec::new();
    while let Some(done) = workers.join_next().await {
        outcomes.extend(done?);
    }
    outcomes.sort_by_key(|o| o.n);
    Ok(outcomes)
}

fn spread_at(plan: &Plan, n: usize) -> Duration {
    let steps = u32::try_from(plan.submissions.max(1)).unwrap_or(u32::MAX);
    plan.spread / steps * u32::try_from(n).unwrap_or(u32::MAX)
}

/// One HTTP client per address, bound to 127.0.1.x (all of 127/8 is loopback on Linux).
fn clients(count: usize) -> anyhow::Result<Vec<reqwest::Client>> {
    (0..count.max(1))
        .map(|i| {
            let host = u8::try_from(i % 250 + 1)?;
            let third = 1 + u8::try_from(i / 250)?;
            let address = IpAddr::V4(Ipv4Addr::new(127, 0, third, host));
            Ok(reqwest::Client::builder()
                .local_address(address)
                .timeout(Duration::from_secs(60))
                .build()?)
        })
        .collect()
}

/// The marker word of submission `n`: letters only, so every analyser keeps it whole.
pub fn marker(run: &str, n: usize) -> String {
    let mut word = format!("surge{run}");
    let mut rest = n;
    for _ in 0..4 {
        word.push(char::from(b'a' + u8::try_from(rest % 26).unwrap_or(0)));
        rest /= 26;
    }
    word.push_str("zq");
    word
}

async fn submit(client: &reqwest::Client, plan: &Plan, n: usize) -> Outcome {
    let marker = marker(&plan.run, n);
    let email = format!("beboer-{}-{n}@surge.example.dk", plan.run);
    let body = json!({
        "kind": "resident",
        "name": format!("Beboer {n}"),
        "email": email,
        "postal_code": "2200",
        "stance": "none",
        "publish_name": false,
        "text": format!("Det er vigtigt med danskundervisning tæt på jobbet. Reference {marker}."),
    });
    let url = format!("{}/api/v1/hearings/{}/responses", plan.base, plan.slug);
    let key = format!("surge-{}-{n}", plan.run);
    let first = Instant::now();
    let mut attempts = 0;
    let ending = loop {
        attempts += 1;
        let sent = client
            .post(&url)
            .header("Idempotency-Key", &key)
            .header("Accept-Language", "da")
            .json(&body)
            .send()
            .await;
        let retry = match sent {
            Ok(response) => match response.status().as_u16() {
                202 => match response.json::<Submitted>().await {
                    Ok(s) => {
                        break Ending::Accepted {
                            svarnummer: s.svarnummer,
                        };
                    }
                    Err(error) => format!("202 without a receipt: {error}"),
                },
                status @ (502..=504) => format!("{status} from the proxy"),
                status => {
                    let body = response.text().await.unwrap_or_default();
                    break Ending::Refused { status, body };
                }
            },
            Err(error) => format!("connection: {error}"),
        };
        if attempts >= TRIES {
            break Ending::GaveUp { last: retry };
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    Outcome {
        n,
        marker,
        email,
        ending,
        attempts,
        latency: first.elapsed(),
        answered_at: SystemTime::now(),
    }
}

/// The p-th percentile (0–100) of `values`, in milliseconds.
pub fn percentile(values: &mut [Duration], p: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort();
    let rank = (p / 100.0 * (values.len() - 1) as f64).round() as usize;
    values[rank.min(values.len() - 1)].as_secs_f64() * 1000.0
}
