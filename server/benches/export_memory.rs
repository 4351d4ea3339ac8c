//! Exporting 100,000 responses with bounded memory, and paging through them in the inbox.
//!
//! `make bench` (or `cargo bench -p server --bench export_memory`; `-- N` for another count)
//! starts Ordet in this process on a fresh SQLite database, writes N synthetic responses
//! (fixed seed), downloads the officials' CSV and XLSX exports and three inbox pages (first,
//! filtered, last) over HTTP, and prints time, size and the process's peak RSS for each. The
//! baseline, measured in the same run, is what loading every response into memory at once (the
//! inbox before it paged in SQL) costs. Peak RSS is
//! reset between phases through /proc/self/clear_refs.

use std::time::Instant;

use app::auth::Role;
use app::auth::accounts::{NewAccount, create};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use server::config::{Config, Overrides};
use server::demo::{self, Dates};
use server::startup::{Application, open_database};

const WORDS: &[&str] = &[
    "integration",
    "beskæftigelse",
    "sprog",
    "skole",
    "tosprogede",
    "elever",
    "bolig",
    "tryghed",
    "foreninger",
    "frivillige",
    "diskrimination",
    "uddannelse",
    "forældre",
    "netværk",
    "job",
    "praktik",
    "kommunen",
    "borgere",
    "lokalområde",
    "fællesskab",
    "indsats",
    "politik",
];

fn peak_rss_mb() -> f64 {
    status_mb("VmHWM:")
}

fn rss_mb() -> f64 {
    status_mb("VmRSS:")
}

fn status_mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn text(rng: &mut StdRng) -> String {
    let words: Vec<&str> = (0..90)
        .map(|_| WORDS[rng.random_range(0..WORDS.len())])
        .collect();
    format!("Kære udvalg. {}.", words.join(" "))
}

async fn fill(db: &DatabaseConnection, hearing_id: i32, n: usize) {
    let mut rng = StdRng::seed_from_u64(42);
    let now = "2026-11-25T12:00:00+00:00";
    for start in (0..n).step_by(1000) {
        let end = (start + 1000).min(n);
        let people: Vec<String> = (start..end)
            .map(|i| format!("({}, 'resident', 'Borger {i}', NULL, NULL, NULL, 'b{i}@example.dk', '2300', false, '{now}')", i + 1))
            .collect();
        let responses: Vec<String> = (start..end)
            .map(|i| {
                let body = text(&mut rng);
                format!(
                    "({id}, {hearing_id}, {id}, {id}, '2010-64452-{id:06}', 'none', '{body}', 'da', 'web', 'published', 'da', '{now}', '{now}', '{now}', '{now}')",
                    id = i + 1
                )
            })
            .collect();
        for sql in [
            format!(
                "INSERT INTO respondent (id, kind, name, organisation, contact_role, cvr, email, postal_code, publish_name, created_at) VALUES {}",
                people.join(",")
            ),
            format!(
                "INSERT INTO response (id, hearing_id, respondent_id, seq, svarnummer, stance, body, language, channel, status, locale, submitted_at, verified_at, published_at, updated_at) VALUES {}",
                responses.join(",")
            ),
        ] {
            // Unprepared: sqlx would otherwise cache every one of these big statements.
            db.execute_unprepared(&sql).await.expect("insert");
        }
    }
}

async fn download(client: &reqwest::Client, url: &str, cookie: &str) -> (usize, f64) {
    let started = Instant::now();
    let mut response = client
        .get(url)
        .header("cookie", cookie)
        .send()
        .await
        .expect("export");
    assert_eq!(response.status(), 200, "{url}");
    let mut bytes = 0;
    while let Some(chunk) = response.chunk().await.expect("body") {
        bytes += chunk.len();
    }
    (bytes, started.elapsed().as_secs_f64())
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::args()
        .filter_map(|a| a.parse().ok())
        .next()
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let overrides = Overrides {
        database_url: Some(format!(
            "sqlite://{}/bench.db?mode=rwc",
            dir.path().display()
        )),
        data_dir: Some(dir.path().display().to_string()),
        addr: Some("127.0.0.1:0".into()),
    };
    let config = Config::from_source(|_| None, overrides).expect("config");
    let db = open_database(&config).await.expect("database");
    demo::load(&db, Dates::Original).await.expect("demo");
    let hearing = app::hearing::store::find_by_slug(&db, demo::SLUG)
        .await
        .unwrap()
        .unwrap();
    let started = Instant::now();
    fill(&db, hearing.id, n).await;
    println!(
        "wrote {n} responses in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let account = NewAccount {
        email: "bench@kk.dk".into(),
        name: "Bench".into(),
        password: Some("en lang nok adgangskode".into()),
        role: Role::Reader,
        hearing_id: None,
    };
    create(&db, account, chrono::Utc::now())
        .await
        .expect("account");
    let app = Application::with_database(&config, db.clone())
        .await
        .expect("app");
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    let login = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&serde_json::json!({"email": "bench@kk.dk", "password": "en lang nok adgangskode"}))
        .send()
        .await
        .expect("login");
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    for format in ["csv", "xlsx"] {
        reset_peak();
        let before = rss_mb();
        let url = format!(
            "{base}/api/v1/admin/hearings/{}/export.{format}",
            demo::SLUG
        );
        let (bytes, seconds) = download(&client, &url, &cookie).await;
        println!(
            "export.{format}: {n} responses, {:.1} MB in {seconds:.1} s; peak RSS {:.0} MB, {:.0} MB above the {before:.0} MB before",
            bytes as f64 / 1e6,
            peak_rss_mb(),
            peak_rss_mb() - before
        );
    }
    let pages = n.div_ceil(50);
    for query in [
        "page=1".to_owned(),
        // Every synthetic respondent is a resident: this filter matches them all.
        "kind=resident&has_attachments=false&page=2".to_owned(),
        format!("page={pages}"),
    ] {
        reset_peak();
        let before = rss_mb();
        let url = format!(
            "{base}/api/v1/admin/hearings/{}/responses?{query}",
            demo::SLUG
        );
        let (bytes, seconds) = download(&client, &url, &cookie).await;
        println!(
            "inbox page ?{query}: 50 of {n} responses with every count, {:.0} KB in {:.0} ms; peak RSS {:.0} MB, {:.0} MB above the {before:.0} MB before",
            bytes as f64 / 1e3,
            seconds * 1e3,
            peak_rss_mb(),
            peak_rss_mb() - before
        );
    }
    reset_peak();
    let before = rss_mb();
    let started = Instant::now();
    let all = app::response::inbox::all(&db, hearing.id)
        .await
        .expect("inbox");
    println!(
        "baseline, every response in memory at once (the inbox before paging; ordet responses): {} rows in {:.1} s; peak RSS {:.0} MB, {:.0} MB above the {before:.0} MB before",
        all.len(),
        started.elapsed().as_secs_f64(),
        peak_rss_mb(),
        peak_rss_mb() - before
    );
}
