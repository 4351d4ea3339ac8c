//! Named leases: one statement decides who holds a job; a live holder is respected, a dead
//! one's lease is taken over once it has run out, and a holder can give its leases back.

use std::sync::Arc;
use std::time::Duration;

use app::clock::{ManualClock, SharedClock, SystemClock};
use app::instance::Instance;
use app::lease::{release, release_all, renew, try_acquire};
use chrono::{TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, ConnectOptions, Database, Set};

use super::{holder_of, holders, job};
use crate::digest::on_both;
use crate::helpers::{Backend, bare_database};

const TTL: TimeDelta = TimeDelta::seconds(60);

on_both!(
    a_live_lease_is_respected_and_renewed_only_by_its_holder,
    live_lease
);
async fn live_lease(backend: Backend) {
    let bare = bare_database(backend).await;
    let db = &bare.db;
    let (a, b) = (Instance::named("a"), Instance::named("b"));
    let t0 = Utc::now();
    assert!(try_acquire(db, "job", &a, t0, TTL).await.unwrap());
    let half = t0 + TTL / 2;
    assert!(
        !try_acquire(db, "job", &b, half, TTL).await.unwrap(),
        "a holds it"
    );
    assert!(
        !renew(db, "job", &b, half, TTL).await.unwrap(),
        "b cannot renew a's"
    );
    assert!(
        try_acquire(db, "job", &a, half, TTL).await.unwrap(),
        "a renews by taking it again"
    );
    let nearly = half + TTL - TimeDelta::seconds(1);
    assert!(
        !try_acquire(db, "job", &b, nearly, TTL).await.unwrap(),
        "renewed, still a's"
    );
    assert!(renew(db, "job", &a, nearly, TTL).await.unwrap());
    assert_eq!(holder_of(db, "job").await.as_deref(), Some("a"));
}

on_both!(a_dead_holders_lease_is_taken_over, dead_lease);
async fn dead_lease(backend: Backend) {
    let bare = bare_database(backend).await;
    let db = &bare.db;
    let now = Utc::now();
    app::entities::lease::ActiveModel {
        name: Set("job".into()),
        holder: Set("dead".into()),
        expires_at: Set(now - TimeDelta::seconds(1)),
    }
    .insert(db)
    .await
    .unwrap();
    let b = Instance::named("b");
    assert!(try_acquire(db, "job", &b, now, TTL).await.unwrap());
    assert_eq!(holder_of(db, "job").await.as_deref(), Some("b"));
    let dead = Instance::named("dead");
    assert!(
        !renew(db, "job", &dead, now, TTL).await.unwrap(),
        "the old holder lost it"
    );
    release(db, "job", &dead).await.unwrap();
    assert_eq!(
        holder_of(db, "job").await.as_deref(),
        Some("b"),
        "only a holder releases"
    );
}

on_both!(a_stopping_process_releases_its_own_leases_only, releasing);
async fn releasing(backend: Backend) {
    let bare = bare_database(backend).await;
    let db = &bare.db;
    let (a, b) = (Instance::named("a"), Instance::named("b"));
    let now = Utc::now();
    for (name, who) in [("x", &a), ("y", &a), ("z", &b)] {
        assert!(try_acquire(db, name, who, now, TTL).await.unwrap());
    }
    assert_eq!(release_all(db, &a).await.unwrap(), 2);
    assert_eq!(holders(db).await, [("z".to_owned(), "b".to_owned())]);
    assert!(
        try_acquire(db, "x", &b, now, TTL).await.unwrap(),
        "free at once"
    );
    release(db, "z", &b).await.unwrap();
    assert_eq!(holders(db).await, [("x".to_owned(), "b".to_owned())]);
}

on_both!(of_fifty_asking_at_once_exactly_one_wins, fifty);
async fn fifty(backend: Backend) {
    let bare = bare_database(backend).await;
    let mut options = ConnectOptions::new(bare.url.clone());
    if backend == Backend::Postgres {
        options.max_connections(50).min_connections(50);
    }
    let db = match backend {
        Backend::Postgres => Database::connect(options).await.unwrap(),
        Backend::Sqlite => app::db::connect(&bare.url).await.unwrap(),
    };
    let now = Utc::now();
    let start = Arc::new(tokio::sync::Barrier::new(50));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..50 {
        let (db, start) = (db.clone(), start.clone());
        tasks.spawn(async move {
            let me = Instance::named(&format!("p{i}"));
            start.wait().await;
            (i, try_acquire(&db, "job", &me, now, TTL).await.unwrap())
        });
    }
    let winners: Vec<String> = tasks
        .join_all()
        .await
        .into_iter()
        .filter(|(_, won)| *won)
        .map(|(i, _)| format!("p{i}"))
        .collect();
    assert_eq!(winners.len(), 1, "{winners:?}");
    assert_eq!(holder_of(&bare.db, "job").await, winners.first().cloned());
}

on_both!(
    a_long_job_keeps_its_lease_and_stops_when_it_loses_it,
    heartbeat
);
async fn heartbeat(backend: Backend) {
    let bare = bare_database(backend).await;
    let clock: SharedClock = Arc::new(SystemClock);
    let a = job(&bare.db, "a", clock.clone());
    let ttl = TimeDelta::milliseconds(600);
    assert!(
        try_acquire(&bare.db, "long", &a.instance, clock.now(), ttl)
            .await
            .unwrap()
    );
    let b = Instance::named("b");
    let db = bare.db.clone();
    let work = async {
        tokio::time::sleep(Duration::from_millis(1500)).await;
        try_acquire(&db, "long", &b, Utc::now(), ttl).await.unwrap()
    };
    assert_eq!(
        a.holding("long", ttl, work).await,
        Some(false),
        "renewed while it worked, far past its first 600 ms"
    );
    // The lease runs out while the process cannot renew it (here: another took it over).
    let takeover = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        sea_orm::ConnectionTrait::execute_unprepared(&db, "UPDATE lease SET holder = 'b'")
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_secs(10)).await;
    };
    let started = std::time::Instant::now();
    assert_eq!(a.holding("long", ttl, takeover).await, None);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "the work was given up"
    );
}

on_both!(leases_follow_the_apps_clock, clocked);
async fn clocked(backend: Backend) {
    let bare = bare_database(backend).await;
    let clock = ManualClock::at(Utc::now());
    let shared: SharedClock = clock.clone();
    let (a, b) = (
        job(&bare.db, "a", shared.clone()),
        job(&bare.db, "b", shared),
    );
    assert!(
        try_acquire(&a.db, "job", &a.instance, a.clock.now(), TTL)
            .await
            .unwrap()
    );
    clock.advance(TTL - TimeDelta::seconds(1));
    assert!(
        !try_acquire(&b.db, "job", &b.instance, b.clock.now(), TTL)
            .await
            .unwrap()
    );
    clock.advance(TimeDelta::seconds(2));
    assert!(
        try_acquire(&b.db, "job", &b.instance, b.clock.now(), TTL)
            .await
            .unwrap()
    );
}
