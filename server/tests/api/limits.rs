//! The rate limiter on the database itself (no server): its GCRA buckets, what shares a
//! bucket, atomicity under concurrency and the clean-up, on SQLite and PostgreSQL.

use std::net::IpAddr;
use std::sync::Arc;

use app::clock::{Clock, ManualClock, SharedClock};
use app::error::AppError;
use app::web::limit::{Action, Limits, Quota, RateLimiter};
use chrono::{Duration, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};

use crate::helpers::{Backend, bare_database};
use crate::on_both;

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

/// A limiter on `db` with the default quotas and a clock that moves only when told.
async fn limiter(db: &DatabaseConnection, limits: Limits) -> (RateLimiter, Arc<ManualClock>) {
    let clock = ManualClock::at(Utc::now());
    let shared: SharedClock = clock.clone();
    let limiter = RateLimiter::load(db, limits, shared).await.unwrap();
    (limiter, clock)
}

async fn an_address_over_its_limit_waits_and_other_addresses_go_on(backend: Backend) {
    let bare = bare_database(backend).await;
    let (limiter, clock) = limiter(&bare.db, Limits::default()).await;
    let submit = |email: &'static str| {
        limiter.check(&bare.db, Action::Submission, ip("192.0.2.1"), Some(email))
    };
    for _ in 0..app::web::limit::SUBMISSIONS_PER_EMAIL {
        assert!(submit("a@example.dk").await.is_ok());
    }
    assert_eq!(submit("A@example.dk").await, Err(AppError::RateLimited));
    assert!(submit("b@example.dk").await.is_ok(), "another address");
    clock.advance(Duration::seconds(
        3600 / i64::from(app::web::limit::SUBMISSIONS_PER_EMAIL),
    ));
    assert!(
        submit("a@example.dk").await.is_ok(),
        "one more after a fifth hour"
    );
    assert!(submit("a@example.dk").await.is_err());
}
on_both!(
    an_address_over_its_limit_waits_and_other_addresses_go_on_,
    an_address_over_its_limit_waits_and_other_addresses_go_on
);

async fn asking_for_links_does_not_use_up_submissions_or_each_other(backend: Backend) {
    let bare = bare_database(backend).await;
    let (limiter, _) = limiter(&bare.db, Limits::default()).await;
    let (db, peer, email) = (&bare.db, ip("192.0.2.1"), Some("ida@example.dk"));
    for action in [Action::SignInLink, Action::PasswordReset] {
        for _ in 0..app::web::limit::LINKS_PER_EMAIL {
            assert!(limiter.check(db, action, peer, email).await.is_ok());
        }
        assert!(limiter.check(db, action, peer, email).await.is_err());
    }
    let submit = limiter.check(db, Action::Submission, peer, email).await;
    assert!(submit.is_ok(), "the resident can still answer");
}
on_both!(
    asking_for_links_does_not_use_up_submissions_or_each_other_,
    asking_for_links_does_not_use_up_submissions_or_each_other
);

async fn addresses_in_one_ipv6_64_share_a_bucket(backend: Backend) {
    let bare = bare_database(backend).await;
    let (limiter, _) = limiter(&bare.db, Limits::default()).await;
    for n in 0..app::web::limit::SUBMISSIONS_PER_NETWORK {
        let peer = ip(&format!("2001:db8:1:2::{n:x}"));
        let email = format!("r{n}@example.dk");
        let checked = limiter.check(&bare.db, Action::Submission, peer, Some(&email));
        assert!(checked.await.is_ok());
    }
    let same_64 = ip("2001:db8:1:2:ffff:ffff:ffff:ffff");
    let refused = limiter.check(
        &bare.db,
        Action::Submission,
        same_64,
        Some("new@example.dk"),
    );
    assert_eq!(refused.await, Err(AppError::RateLimited));
    for _ in 0..app::web::limit::SUBMISSIONS_PER_EMAIL {
        let next_64 = ip("2001:db8:1:3::1");
        let other = limiter.check(
            &bare.db,
            Action::Submission,
            next_64,
            Some("new@example.dk"),
        );
        assert!(
            other.await.is_ok(),
            "another /64, and the address was not counted when refused"
        );
    }
}
on_both!(
    addresses_in_one_ipv6_64_share_a_bucket_,
    addresses_in_one_ipv6_64_share_a_bucket
);

async fn an_ipv4_mapped_address_counts_as_its_ipv4_address(backend: Backend) {
    let bare = bare_database(backend).await;
    let (limiter, _) = limiter(&bare.db, Limits::default()).await;
    for _ in 0..app::web::limit::SIGN_INS_PER_NETWORK {
        let checked = limiter.check(&bare.db, Action::PasswordSignIn, ip("192.0.2.7"), None);
        assert!(checked.await.is_ok());
    }
    let mapped = limiter.check(
        &bare.db,
        Action::PasswordSignIn,
        ip("::ffff:192.0.2.7"),
        None,
    );
    assert_eq!(mapped.await, Err(AppError::RateLimited));
}
on_both!(
    an_ipv4_mapped_address_counts_as_its_ipv4_address_,
    an_ipv4_mapped_address_counts_as_its_ipv4_address
);

async fn password_sign_ins_come_back_one_per_interval(backend: Backend) {
    let bare = bare_database(backend).await;
    let (limiter, clock) = limiter(&bare.db, Limits::default()).await;
    let sign_in = || limiter.check(&bare.db, Action::PasswordSignIn, ip("192.0.2.9"), None);
    for _ in 0..app::web::limit::SIGN_INS_PER_NETWORK {
        assert!(sign_in().await.is_ok());
    }
    assert!(sign_in().await.is_err());
    clock.advance(Duration::seconds(
        i64::from(app::web::limit::SIGN_IN_SECONDS) - 1,
    ));
    assert!(sign_in().await.is_err(), "not a second early");
    clock.advance(Duration::seconds(1));
    assert!(sign_in().await.is_ok());
    assert!(sign_in().await.is_err());
}
on_both!(
    password_sign_ins_come_back_one_per_interval_,
    password_sign_ins_come_back_one_per_interval
);

/// A full address leaves its network's bucket as it was: the network's other residents keep
/// every one of its places.
async fn a_refusal_by_the_address_does_not_use_up_the_network(backend: Backend) {
    let bare = bare_database(backend).await;
    let (limiter, _) = limiter(&bare.db, Limits::default()).await;
    let peer = ip("198.51.100.4");
    let submit = |email: &str| {
        let email = email.to_owned();
        let (limiter, db) = (&limiter, &bare.db);
        async move {
            let checked = limiter.check(db, Action::Submission, peer, Some(&email));
            checked.await
        }
    };
    let per_email = app::web::limit::SUBMISSIONS_PER_EMAIL;
    for _ in 0..per_email {
        assert!(submit("spam@example.dk").await.is_ok());
    }
    for _ in 0..10 {
        assert!(submit("spam@example.dk").await.is_err());
    }
    for n in 0..app::web::limit::SUBMISSIONS_PER_NETWORK - per_email {
        let allowed = submit(&format!("r{n}@example.dk")).await;
        assert!(allowed.is_ok(), "place {n} of the network is still there");
    }
    assert!(submit("last@example.dk").await.is_err());
}
on_both!(
    a_refusal_by_the_address_does_not_use_up_the_network_,
    a_refusal_by_the_address_does_not_use_up_the_network
);

/// Two processes on one database count in one bucket, and the table names no address.
async fn two_processes_share_buckets_that_hold_no_address(backend: Backend) {
    let bare = bare_database(backend).await;
    let (first, _) = limiter(&bare.db, Limits::default()).await;
    let other_db = bare.reconnect().await;
    let (second, _) = limiter(&other_db, Limits::default()).await;
    let peer = ip("192.0.2.33");
    for n in 0..app::web::limit::SUBMISSIONS_PER_EMAIL {
        let (limiter, db) = if n % 2 == 0 {
            (&first, &bare.db)
        } else {
            (&second, &other_db)
        };
        let email = Some("ida@example.dk");
        assert!(
            limiter
                .check(db, Action::Submission, peer, email)
                .await
                .is_ok()
        );
    }
    let refused = second.check(&other_db, Action::Submission, peer, Some("ida@example.dk"));
    assert_eq!(refused.await, Err(AppError::RateLimited));
    let rows = app::entities::rate_limit::Entity::find()
        .all(&bare.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 2, "one network and one address");
    for row in rows {
        assert_eq!(row.bucket.len(), 64);
        assert!(
            row.bucket.chars().all(|c| c.is_ascii_hexdigit()),
            "{}",
            row.bucket
        );
    }
}
on_both!(
    two_processes_share_buckets_that_hold_no_address_,
    two_processes_share_buckets_that_hold_no_address
);

/// 40 checks of one bucket at once, with room for 20: exactly 20 pass, with one bucket and
/// with two (network and address) per check.
async fn forty_checks_at_once_allow_exactly_the_burst(backend: Backend) {
    let bare = bare_database(backend).await;
    let limits = Limits {
        sign_ins_per_network: Quota::burst_then_every(20, 3600),
        submissions_per_network: Quota::per_hour(20),
        submissions_per_email: Quota::per_hour(20),
        ..Limits::default()
    };
    let (limiter, _) = limiter(&bare.db, limits).await;
    let limiter = Arc::new(limiter);
    for (action, email) in [
        (Action::PasswordSignIn, None),
        (Action::Submission, Some("ida@example.dk")),
    ] {
        let mut checks = tokio::task::JoinSet::new();
        for _ in 0..40 {
            let (limiter, db) = (limiter.clone(), bare.db.clone());
            checks.spawn(async move { limiter.check(&db, action, ip("203.0.113.5"), email).await });
        }
        let mut allowed = 0;
        while let Some(answer) = checks.join_next().await {
            match answer.unwrap() {
                Ok(()) => allowed += 1,
                Err(error) => assert_eq!(error, AppError::RateLimited, "{action:?}"),
            }
        }
        assert_eq!(allowed, 20, "{action:?}");
    }
}
on_both!(
    forty_checks_at_once_allow_exactly_the_burst_,
    forty_checks_at_once_allow_exactly_the_burst
);

/// Buckets that are full again are deleted; one still counting is kept, and deleting changes
/// no answer.
async fn full_buckets_are_deleted_and_counting_ones_kept(backend: Backend) {
    let bare = bare_database(backend).await;
    let (limiter, clock) = limiter(&bare.db, Limits::default()).await;
    let db = &bare.db;
    for n in 1..=3 {
        let peer = ip(&format!("192.0.2.{n}"));
        assert!(
            limiter
                .check(db, Action::PasswordSignIn, peer, None)
                .await
                .is_ok()
        );
    }
    clock.advance(Duration::seconds(11));
    for _ in 0..app::web::limit::SIGN_INS_PER_NETWORK {
        let checked = limiter.check(db, Action::PasswordSignIn, ip("192.0.2.9"), None);
        assert!(checked.await.is_ok());
    }
    let now = clock.now().timestamp_millis();
    let gone = app::web::limit::bucket::prune(db, now).await.unwrap();
    assert_eq!(
        gone, 3,
        "the three single sign-ins are 10 s old: full again"
    );
    let kept = app::entities::rate_limit::Entity::find()
        .all(db)
        .await
        .unwrap();
    assert_eq!(kept.len(), 1);
    let refused = limiter.check(db, Action::PasswordSignIn, ip("192.0.2.9"), None);
    assert_eq!(refused.await, Err(AppError::RateLimited), "still counting");
    clock.advance(Duration::seconds(301));
    let gone = app::web::limit::bucket::prune(db, clock.now().timestamp_millis()).await;
    assert_eq!(gone.unwrap(), 1, "five minutes later it is full again too");
}
on_both!(
    full_buckets_are_deleted_and_counting_ones_kept_,
    full_buckets_are_deleted_and_counting_ones_kept
);
