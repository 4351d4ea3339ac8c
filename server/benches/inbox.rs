//! Officials at scale (issue 19): the inbox, its filter counts and the themes page on a
//! hearing with N responses (default 100,000), on SQLite and on PostgreSQL, in one run.
//!
//! `make bench-inbox`, or `cargo bench -p server --bench inbox -- 100000`. For each database
//! a fresh migrated database gets the demo hearing and N synthetic responses (`inbox/load.rs`);
//! then each case is called once to warm up (its statements captured by a metric callback on
//! the connection) and timed `--rounds` times (default 100), each round followed by the same
//! captured statements run directly through the connection (`query_all_raw`): the database's
//! own share of the time. Printed, never asserted: statements per call, p50/p99 of both, and
//! the load average. `--explain` prints each case's query plans (SQLite `EXPLAIN QUERY PLAN`,
//! PostgreSQL `EXPLAIN ANALYZE`). `--only sqlite|postgres` runs one database.
//!
//! The cases are what officials open: the inbox's first page, a deep page (offset 49,950),
//! the newest first, filtered by status, tag, section, language with files, duplicates; and
//! the themes page. Each inbox case is `admin_api::filtered`, the function behind
//! `/admin/hearings/{slug}/responses` and `GET /api/v1/admin/hearings/{slug}/responses`: a
//! page of 50 with the counts of every filter.
//!
//! PostgreSQL is the server at `ORDET_BENCH_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432`); the database `ordet_bench_inbox` is dropped and
//! created on each run.

#[path = "inbox/load.rs"]
mod load;
#[path = "inbox/measure.rs"]
mod measure;

use std::time::Instant;

use anyhow::{Context, Result};
use app::auth::{Principal, Role};
use app::response::admin::Filters;
use app::search::Search;
use app::search::index::SearchIndex;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

use measure::{Bench, Case, quantile};

struct Options {
    n: usize,
    rounds: usize,
    explain: bool,
    only: Option<String>,
}

fn options() -> Result<Options> {
    let mut o = Options {
        n: 100_000,
        rounds: 100,
        explain: false,
        only: None,
    };
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => o.rounds = args.next().context("--rounds N")?.parse()?,
            "--explain" => o.explain = true,
            "--only" => o.only = Some(args.next().context("--only sqlite|postgres")?),
            n => o.n = n.replace('_', "").parse().context("N responses")?,
        }
    }
    Ok(o)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn cases(section: &str) -> Vec<Case> {
    let f = |edit: &dyn Fn(&mut Filters)| {
        let mut filters = Filters::default();
        edit(&mut filters);
        Box::new(filters)
    };
    let section = section.to_owned();
    vec![
        Case::Inbox("page 1", Box::default()),
        Case::Inbox("page 1000 (deep)", f(&|x| x.page = Some(1000))),
        Case::Inbox(
            "newest, page 500",
            f(&|x| {
                x.sort = Some("newest".into());
                x.page = Some(500);
            }),
        ),
        Case::Inbox("status=held", f(&|x| x.status = Some("held".into()))),
        Case::Inbox(
            "tag=presse, page 5",
            f(&|x| {
                x.tag = Some("presse".into());
                x.page = Some(5);
            }),
        ),
        Case::Inbox("section", f(&|x| x.section = Some(section.clone()))),
        Case::Inbox(
            "language=en, files",
            f(&|x| {
                x.language = Some("en".into());
                x.has_attachments = Some(true);
            }),
        ),
        Case::Inbox("duplicates", f(&|x| x.duplicate = Some(true))),
        Case::Themes,
        Case::ThemesChanged,
    ]
}

async fn database(kind: &str, dir: &std::path::Path) -> Result<DatabaseConnection> {
    let url = match kind {
        "sqlite" => format!("sqlite://{}/bench.db?mode=rwc", dir.display()),
        _ => {
            let server = std::env::var("ORDET_BENCH_POSTGRES_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
            let admin = Database::connect(format!("{server}/postgres")).await?;
            admin
                .execute_unprepared("DROP DATABASE IF EXISTS ordet_bench_inbox WITH (FORCE)")
                .await?;
            admin
                .execute_unprepared("CREATE DATABASE ordet_bench_inbox")
                .await?;
            format!("{server}/ordet_bench_inbox")
        }
    };
    let config = server::config::Config::from_source(
        |_| None,
        server::config::Overrides {
            database_url: Some(url),
            data_dir: Some(dir.display().to_string()),
            addr: Some("127.0.0.1:0".into()),
        },
    )?;
    let db = server::startup::open_database(&config).await?;
    server::demo::load(&db, server::demo::Dates::Original).await?;
    Ok(db)
}

async fn run(kind: &str, o: &Options) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let db = database(kind, dir.path()).await?;
    let started = Instant::now();
    let loaded = load::load(&db, o.n).await?;
    // PostgreSQL's autovacuum analyses a table after a bulk load; SQLite is never analysed
    // in production, so it is not here either.
    if kind == "postgres" {
        db.execute_unprepared("VACUUM ANALYZE").await?;
    }
    println!(
        "\n== {kind}: {} responses loaded in hearing {} in {:.1} s; load average {} ==",
        o.n,
        loaded.hearing_id,
        started.elapsed().as_secs_f64(),
        load_average()
    );
    let (db, capture) = measure::capturing(db);
    let search = Search::new(SearchIndex::in_ram()?);
    let who = Principal {
        account_id: 1,
        email: "bench@ordet.test".into(),
        name: "Bench".into(),
        roles: vec![(Role::Admin, None)],
    };
    let bench = Bench {
        db: &db,
        capture: &capture,
        search: &search,
        who: &who,
        slug: &loaded.slug,
    };
    println!(
        "{:<22} {:>5} {:>5} {:>9} {:>9} {:>9} {:>9}",
        "case", "items", "stmts", "code p50", "code p99", "SQL p50", "SQL p99"
    );
    let mut worst: f64 = 0.0;
    for case in cases(&loaded.section) {
        let t = match bench.time(&case, o.rounds).await {
            Ok(t) => t,
            Err(error) => {
                println!("{:<22} failed: {error:#}", case.name());
                worst = f64::INFINITY;
                continue;
            }
        };
        let p99 = quantile(&t.code, 0.99);
        if !matches!(case, Case::ThemesChanged) {
            worst = worst.max(p99);
        }
        println!(
            "{:<22} {:>5} {:>5} {:>9.2} {:>9.2} {:>9.2} {:>9.2}",
            case.name(),
            t.items,
            t.statements,
            quantile(&t.code, 0.5),
            p99,
            quantile(&t.direct, 0.5),
            quantile(&t.direct, 0.99),
        );
        if o.explain {
            measure::explain(&db, &bench.statements(&case).await?).await?;
        }
    }
    println!(
        "target: p99 < 100 ms for a page of 50 with counts and the themes page (worst p99 {worst:.1} ms: {}); load average {}",
        if worst < 100.0 { "met" } else { "missed" },
        load_average()
    );
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let o = options()?;
    for kind in ["sqlite", "postgres"] {
        if o.only.as_deref().is_none_or(|only| only == kind) {
            run(kind, &o).await?;
        }
    }
    Ok(())
}
