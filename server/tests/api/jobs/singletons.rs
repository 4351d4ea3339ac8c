//! Jobs one process at a time runs (the publisher, the digest scheduler, reminders): with two
//! processes on one database, one holds the job's lease and does every tick; the other takes
//! over when the holder stops or dies.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::clock::{ManualClock, SharedClock, SystemClock};
use app::jobs::worker::run;
use app::jobs::{Job, Schedule, WorkError, Worker};
use app::response::publish::Publisher;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, Set};
use tokio::sync::Notify;

use super::{holder_of, job, until_count};
use crate::digest::{BASE, add_recipients, copenhagen, on_both};
use crate::helpers::{Backend, DEMO, bare_database, count, until};

/// A leased worker ticking every 20 ms that writes down which process ran each tick.
struct Ticks {
    me: String,
    log: Arc<Mutex<Vec<String>>>,
    /// Under the lease `test.ticks`; else in every process.
    leased: bool,
}

impl Worker for Ticks {
    fn name(&self) -> &'static str {
        "test.ticks"
    }

    fn schedule(&self) -> Schedule {
        let period = Duration::from_millis(20);
        match self.leased {
            true => Schedule::leased(period),
            false => Schedule::Everywhere { period },
        }
    }

    async fn run_once(&mut self, _: &Job, _: DateTime<Utc>) -> Result<usize, WorkError> {
        self.log.lock().unwrap().push(self.me.clone());
        Ok(1)
    }
}

/// Runs [`Ticks`] as `job`'s process.
fn ticking(job: &Job, log: &Arc<Mutex<Vec<String>>>) -> tokio::task::JoinHandle<()> {
    let me = job.instance.id().to_owned();
    let log = log.clone();
    tokio::spawn(run(
        job.clone(),
        Ticks {
            me,
            log,
            leased: true,
        },
    ))
}

/// A witness beside `job`'s other workers: the same runtime and period, no lease, its ticks
/// logged as "{process}.witness". Once it has ticked a few times, the runtime has had its
/// turns at the other workers too; a test waits for it instead of sleeping.
fn witness(job: &Job, log: &Arc<Mutex<Vec<String>>>) -> (String, tokio::task::JoinHandle<()>) {
    let me = format!("{}.witness", job.instance.id());
    let ticks = Ticks {
        me: me.clone(),
        log: log.clone(),
        leased: false,
    };
    (me, tokio::spawn(run(job.clone(), ticks)))
}

/// Waits until the runtime of each of `jobs` has had five turns (a witness of each ticked
/// five times); the witnesses' tasks, to stop with the jobs.
async fn turns_of(jobs: &[&Job]) -> Vec<tokio::task::JoinHandle<()>> {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut runs = Vec::new();
    for job in jobs {
        let (who, run) = witness(job, &log);
        ticked(&log, &who, 5).await;
        runs.push(run);
    }
    runs
}

/// Stops `jobs` and waits (at most 5 s each) for `runs` to end.
async fn stop_all(jobs: &[&Job], runs: impl IntoIterator<Item = tokio::task::JoinHandle<()>>) {
    for job in jobs {
        job.stop.cancel();
    }
    for run in runs {
        tokio::time::timeout(Duration::from_secs(5), run)
            .await
            .expect("a worker stops when told")
            .unwrap();
    }
}

/// Waits until `who` has run `n` ticks.
async fn ticked(log: &Arc<Mutex<Vec<String>>>, who: &str, n: usize) {
    until(&format!("{n} ticks of {who}"), || async {
        ran(log, who) >= n
    })
    .await;
}

fn ran(log: &Arc<Mutex<Vec<String>>>, who: &str) -> usize {
    log.lock()
        .unwrap()
        .iter()
        .filter(|name| *name == who)
        .count()
}

on_both!(
    one_of_two_processes_runs_every_tick_until_it_stops,
    every_tick_once
);
async fn every_tick_once(backend: Backend) {
    let bare = bare_database(backend).await;
    let clock: SharedClock = Arc::new(SystemClock);
    let (a, b) = (job(&bare.db, "a", clock.clone()), job(&bare.db, "b", clock));
    let log = Arc::new(Mutex::new(Vec::new()));
    let first = ticking(&a, &log);
    ticked(&log, "a", 1).await;
    let second = ticking(&b, &log);
    let witnessing = turns_of(&[&b]).await;
    ticked(&log, "a", 5).await;
    assert_eq!(ran(&log, "b"), 0, "b never ran while a held the lease");
    a.stop.cancel();
    first.await.unwrap();
    app::lease::release_all(&bare.db, &a.instance)
        .await
        .unwrap();
    ticked(&log, "b", 3).await;
    stop_all(&[&b], witnessing.into_iter().chain([second])).await;
}

on_both!(
    a_dead_processs_job_moves_on_when_its_lease_runs_out,
    dead_holder
);
async fn dead_holder(backend: Backend) {
    let bare = bare_database(backend).await;
    let clock = ManualClock::at(Utc::now());
    let shared: SharedClock = clock.clone();
    let (a, b) = (
        job(&bare.db, "a", shared.clone()),
        job(&bare.db, "b", shared),
    );
    let log = Arc::new(Mutex::new(Vec::new()));
    let first = ticking(&a, &log);
    ticked(&log, "a", 1).await;
    // a dies: it stops without handing anything back.
    first.abort();
    let _ = first.await;
    let second = ticking(&b, &log);
    let witnessing = turns_of(&[&b]).await;
    assert_eq!(ran(&log, "b"), 0, "a's lease has not run out yet");
    clock.advance(app::jobs::lease_ttl(Duration::from_millis(20)) + TimeDelta::seconds(1));
    ticked(&log, "b", 3).await;
    stop_all(&[&b], witnessing.into_iter().chain([second])).await;
}

/// `n` letters registered by an official in the demo hearing, which publishes after its
/// deadline (long past): verified, waiting for the publisher.
async fn verified_letters(db: &DatabaseConnection, n: usize) {
    use app::registration::store::{Place, register_command};
    db.execute_unprepared("UPDATE hearing SET publication_policy = 'after_deadline'")
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let storage = app::blob::Storage::new(dir.path(), Default::default()).expect("local store");
    let place = Place {
        db,
        attachments: &storage,
        base_url: BASE,
    };
    for n in 0..n {
        let request = app::response::SubmitRequest {
            kind: "resident".into(),
            name: format!("Borger {n}"),
            text: format!("Brev nummer {n} om integrationspolitikken."),
            ..Default::default()
        };
        let slug = DEMO;
        register_command(
            &place,
            slug,
            (&request, app::vocab::Channel::Letter),
            Vec::new(),
            Utc::now(),
        )
        .await
        .unwrap();
    }
    let verified = count(db, "response WHERE status = 'verified'").await;
    assert_eq!(verified, i64::try_from(n).unwrap());
}

on_both!(
    a_job_whose_lease_another_live_process_holds_is_left_to_it,
    left_to_the_holder
);
async fn left_to_the_holder(backend: Backend) {
    let bare = bare_database(backend).await;
    verified_letters(&bare.db, 2).await;
    add_recipients(&bare.db).await;
    let until = Utc::now() + TimeDelta::hours(1);
    for name in [app::response::publish::LEASE, app::digest::worker::LEASE] {
        app::entities::lease::ActiveModel {
            name: Set(name.into()),
            holder: Set("other".into()),
            expires_at: Set(until),
        }
        .insert(&bare.db)
        .await
        .unwrap();
    }
    let publisher = job(&bare.db, "a", Arc::new(SystemClock));
    let scheduler = job(&bare.db, "a", ManualClock::at(copenhagen(2010, 8, 30, 8)));
    let runs = [
        tokio::spawn(run(publisher.clone(), Publisher)),
        tokio::spawn(run(
            scheduler.clone(),
            scheduler_worker(Arc::new(Notify::new())),
        )),
    ];
    let witnesses = turns_of(&[&publisher, &scheduler]).await;
    assert_eq!(
        count(&bare.db, "response WHERE status = 'verified'").await,
        2
    );
    assert_eq!(count(&bare.db, "digest_run").await, 0);
    stop_all(&[&publisher, &scheduler], runs.into_iter().chain(witnesses)).await;
    assert_eq!(count(&bare.db, "lease WHERE holder = 'other'").await, 2);
}

on_both!(two_publishers_publish_each_response_once, two_publishers);
async fn two_publishers(backend: Backend) {
    let bare = bare_database(backend).await;
    verified_letters(&bare.db, 3).await;
    let clock: SharedClock = Arc::new(SystemClock);
    let (a, b) = (
        job(&bare.reconnect().await, "a", clock.clone()),
        job(&bare.reconnect().await, "b", clock),
    );
    let runs = [a.clone(), b.clone()].map(|j| tokio::spawn(run(j, Publisher)));
    until_count(&bare.db, "response WHERE status = 'published'", 3).await;
    let witnesses = turns_of(&[&a, &b]).await;
    let holder = holder_of(&bare.db, app::response::publish::LEASE).await;
    assert!(matches!(holder.as_deref(), Some("a" | "b")), "{holder:?}");
    // Both stop before the count: whatever either did is done.
    stop_all(&[&a, &b], runs.into_iter().chain(witnesses)).await;
    let published = "index_outbox WHERE operation = 'published'";
    assert_eq!(
        count(&bare.db, published).await,
        3,
        "each published and queued once"
    );
}

on_both!(two_digest_schedulers_queue_each_digest_once, two_schedulers);
async fn two_schedulers(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let clock: SharedClock = ManualClock::at(copenhagen(2010, 8, 30, 8));
    let (a, b) = (
        job(&bare.reconnect().await, "a", clock.clone()),
        job(&bare.reconnect().await, "b", clock),
    );
    let mail = Arc::new(Notify::new());
    let runs = [a.clone(), b.clone()].map(|j| tokio::spawn(run(j, scheduler_worker(mail.clone()))));
    until_count(&bare.db, "digest_run", 1).await;
    let witnesses = turns_of(&[&a, &b]).await;
    assert_eq!(count(&bare.db, "digest_run").await, 1);
    assert_eq!(
        count(&bare.db, "mail_outbox").await,
        2,
        "one mail per recipient"
    );
    let holder = holder_of(&bare.db, app::digest::worker::LEASE).await;
    assert!(matches!(holder.as_deref(), Some("a" | "b")), "{holder:?}");
    stop_all(&[&a, &b], runs.into_iter().chain(witnesses)).await;
}

/// The digest scheduler of these tests, waking `mail`.
fn scheduler_worker(mail: Arc<Notify>) -> app::digest::worker::Scheduler {
    app::digest::worker::Scheduler {
        base_url: BASE.into(),
        mail,
    }
}
