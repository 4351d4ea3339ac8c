//! Claimed rows: two extraction workers on one database extract every file exactly once; a
//! stopping process hands back its claimed files and mail; a dead process's claim runs out.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use app::attachment::FileKind;
use app::attachment::worker::{Extract, Extractor, hand_back};
use app::blob::Storage;
use app::clock::{SharedClock, SystemClock};
use app::entities::{attachment, mail_outbox};
use app::instance::Instance;
use app::jobs::Job;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use tokio::sync::Notify;

use super::{job, until_count};
use crate::digest::on_both;
use crate::helpers::{Backend, bare_database, count};

/// A stand-in for `ordet extract-text`: writes the file it was given to `log`, waits
/// `delay`, prints a text.
fn extractor(dir: &Path, log: &Path, delay: &str) -> Extractor {
    let script = dir.join("extractor");
    let body = format!(
        "#!/bin/sh\necho \"$4\" >> {}\nsleep {delay}\necho \"tekst fra $4\"\n",
        log.display()
    );
    std::fs::write(&script, body).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    Extractor {
        program: script,
        timeout: Duration::from_secs(20),
    }
}

/// `n` text files waiting for extraction, not yet tied to a response.
async fn waiting_files(db: &DatabaseConnection, n: usize) {
    for i in 0..n {
        attachment::ActiveModel {
            response_id: Set(None),
            filename: Set(format!("bilag-{i}.txt")),
            content_type: Set(FileKind::Txt.content_type().into()),
            size_bytes: Set(10),
            sha256: Set(format!("{i:064x}")),
            extraction_state: Set("pending".parse().unwrap()),
            extraction_attempts: Set(0),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
}

/// Starts an extraction worker as `job`'s process.
fn worker(job: &Job, storage: &Storage, extractor: &Extractor) -> tokio::task::JoinHandle<()> {
    let nudge = Arc::new(Notify::new());
    let extract = Extract {
        storage: storage.clone(),
        extractor: extractor.clone(),
        nudge,
    };
    tokio::spawn(app::jobs::worker::run(job.clone(), extract))
}

async fn stop(job: &Job, worker: tokio::task::JoinHandle<()>) {
    job.stop.cancel();
    tokio::time::timeout(Duration::from_secs(5), worker)
        .await
        .expect("the worker stops when told")
        .unwrap();
}

fn logged(log: &Path) -> Vec<String> {
    let mut lines: Vec<String> = std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

on_both!(
    two_processes_extract_each_waiting_file_exactly_once,
    two_extractors
);
async fn two_extractors(backend: Backend) {
    let bare = bare_database(backend).await;
    waiting_files(&bare.db, 12).await;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("extracted.log");
    let extractor = extractor(dir.path(), &log, "0.1");
    let storage = Storage::new(dir.path(), Default::default()).expect("local store");
    let clock: SharedClock = Arc::new(SystemClock);
    let a = job(&bare.reconnect().await, "a", clock.clone());
    let b = job(&bare.reconnect().await, "b", clock);
    let (first, second) = (
        worker(&a, &storage, &extractor),
        worker(&b, &storage, &extractor),
    );
    until_count(
        &bare.db,
        "attachment WHERE extraction_state = 'extracted'",
        12,
    )
    .await;
    stop(&a, first).await;
    stop(&b, second).await;
    let mut expected: Vec<String> = (0..12)
        .map(|i| {
            let sha = format!("{i:064x}");
            let path = dir.path().join("attachments").join(&sha[..2]).join(&sha);
            path.display().to_string()
        })
        .collect();
    expected.sort();
    assert_eq!(logged(&log), expected, "every file once");
    assert_eq!(
        count(&bare.db, "attachment WHERE extraction_attempts = 1").await,
        12
    );
    assert_eq!(
        count(&bare.db, "attachment WHERE claimed_by IS NOT NULL").await,
        0
    );
    let texts = attachment::Entity::find().all(&bare.db).await.unwrap();
    assert!(texts.iter().all(|row| {
        row.extracted_text
            .as_deref()
            .is_some_and(|text| text.starts_with("tekst fra "))
    }));
}

on_both!(
    a_stopping_process_hands_back_the_files_it_claimed,
    files_handed_back
);
async fn files_handed_back(backend: Backend) {
    let bare = bare_database(backend).await;
    waiting_files(&bare.db, 6).await;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("extracted.log");
    let storage = Storage::new(dir.path(), Default::default()).expect("local store");
    let clock: SharedClock = Arc::new(SystemClock);
    let a = job(&bare.db, "a", clock.clone());
    let hanging = worker(&a, &storage, &extractor(dir.path(), &log, "30"));
    until_count(&bare.db, "attachment WHERE claimed_by = 'a'", 4).await;
    stop(&a, hanging).await;
    assert_eq!(hand_back(&bare.db, &a.instance).await.unwrap(), 4);
    assert_eq!(
        count(&bare.db, "attachment WHERE claimed_by IS NOT NULL").await,
        0
    );
    assert_eq!(
        count(&bare.db, "attachment WHERE extraction_attempts = 0").await,
        6,
        "an attempt cut short by a stop is not counted"
    );
    let quick = dir.path().join("quick");
    std::fs::create_dir(&quick).unwrap();
    let b = job(&bare.db, "b", clock);
    let second = worker(&b, &storage, &extractor(&quick, &log, "0"));
    until_count(
        &bare.db,
        "attachment WHERE extraction_state = 'extracted'",
        6,
    )
    .await;
    stop(&b, second).await;
}

on_both!(
    a_dead_processs_claim_runs_out_and_its_attempt_stays_counted,
    dead_claim
);
async fn dead_claim(backend: Backend) {
    let bare = bare_database(backend).await;
    waiting_files(&bare.db, 2).await;
    let now = Utc::now();
    claimed(&bare.db, "bilag-0.txt", "dead", now - TimeDelta::seconds(1)).await;
    claimed(&bare.db, "bilag-1.txt", "alive", now + TimeDelta::hours(1)).await;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("extracted.log");
    let storage = Storage::new(dir.path(), Default::default()).expect("local store");
    let b = job(&bare.db, "b", Arc::new(SystemClock));
    let running = worker(&b, &storage, &extractor(dir.path(), &log, "0"));
    until_count(
        &bare.db,
        "attachment WHERE extraction_state = 'extracted'",
        1,
    )
    .await;
    // Stopped before the look: what the worker would have taken, it has taken.
    stop(&b, running).await;
    let rows = attachment::Entity::find().all(&bare.db).await.unwrap();
    let by_name = |name: &str| rows.iter().find(|row| row.filename == name).unwrap();
    let (taken, held) = (by_name("bilag-0.txt"), by_name("bilag-1.txt"));
    assert_eq!(
        (taken.extraction_state.as_str(), taken.extraction_attempts),
        ("extracted", 2)
    );
    assert_eq!(
        (held.extraction_state.as_str(), held.claimed_by.as_deref()),
        ("pending", Some("alive")),
        "a live claim is left alone"
    );
}

/// Marks file `name` claimed by `holder` until `until`, one attempt counted.
async fn claimed(db: &DatabaseConnection, name: &str, holder: &str, until: DateTime<Utc>) {
    attachment::Entity::update_many()
        .col_expr(attachment::Column::ClaimedBy, Expr::value(holder))
        .col_expr(attachment::Column::ClaimedUntil, Expr::value(until))
        .col_expr(attachment::Column::ExtractionAttempts, Expr::value(1))
        .filter(attachment::Column::Filename.eq(name))
        .exec(db)
        .await
        .unwrap();
}

on_both!(
    a_stopping_process_hands_back_its_claimed_mail_only,
    mail_handed_back
);
async fn mail_handed_back(backend: Backend) {
    let bare = bare_database(backend).await;
    let now = Utc::now();
    for (i, claimed_by) in [Some("a"), Some("a"), Some("b"), None]
        .into_iter()
        .enumerate()
    {
        mail_outbox::ActiveModel {
            to_addr: Set(format!("modtager{i}@example.dk")),
            subject: Set("Emne".into()),
            body_text: Set("Tekst".into()),
            status: Set(app::vocab::MailStatus::Pending),
            attempts: Set(0),
            next_attempt_at: Set(now + TimeDelta::minutes(5)),
            created_at: Set(now),
            claimed_by: Set(claimed_by.map(str::to_owned)),
            ..Default::default()
        }
        .insert(&bare.db)
        .await
        .unwrap();
    }
    let a = Instance::named("a");
    assert_eq!(
        app::mail::outbox::hand_back(&bare.db, &a, now)
            .await
            .unwrap(),
        2
    );
    let due = mail_outbox::Entity::find()
        .order_by_asc(mail_outbox::Column::Id)
        .all(&bare.db)
        .await
        .unwrap();
    let handed: Vec<bool> = due
        .iter()
        .map(|row| row.claimed_by.is_none() && row.next_attempt_at <= now)
        .collect();
    assert_eq!(handed, [true, true, false, false]);
}
