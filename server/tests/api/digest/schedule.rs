//! The schedule against the database, with time moved by the test: the hearing's own settings,
//! no recipients, and the period each digest covers.

use app::digest::DigestSettings;
use app::digest::worker::tick;
use app::entities::digest_run;
use chrono::Duration;
use sea_orm::{EntityTrait, QueryOrder};

use super::{BASE, add_recipients, copenhagen, demo_hearing, on_both};
use crate::helpers::{Backend, bare_database};

on_both!(without_recipients_nothing_is_queued, no_recipients);
async fn no_recipients(backend: Backend) {
    let bare = bare_database(backend).await;
    assert_eq!(
        tick(&bare.db, BASE, copenhagen(2010, 8, 23, 9))
            .await
            .unwrap(),
        0
    );
    assert!(
        digest_run::Entity::find()
            .all(&bare.db)
            .await
            .unwrap()
            .is_empty()
    );
}

on_both!(
    the_hearings_own_settings_move_and_stop_the_weekly_digest,
    own_settings
);
async fn own_settings(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let hearing = demo_hearing(&bare.db).await;
    let friday = DigestSettings {
        weekday: 5,
        hour: 14,
        lead_days: 3,
        weekly: true,
    };
    app::digest::settings::save(&bare.db, hearing.id, friday, copenhagen(2010, 8, 1, 0))
        .await
        .unwrap();
    // Monday 9:00 is no longer a digest time; Friday 14:00 is.
    assert_eq!(
        tick(&bare.db, BASE, copenhagen(2010, 8, 16, 9))
            .await
            .unwrap(),
        1,
        "Friday 13th's"
    );
    assert_eq!(
        tick(&bare.db, BASE, copenhagen(2010, 8, 20, 13))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        tick(&bare.db, BASE, copenhagen(2010, 8, 20, 14))
            .await
            .unwrap(),
        1
    );
    // The final digest three days ahead: 19 November.
    assert_eq!(
        tick(&bare.db, BASE, copenhagen(2010, 11, 18, 20))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        tick(&bare.db, BASE, copenhagen(2010, 11, 19, 14))
            .await
            .unwrap(),
        1
    );
    let runs = digest_run::Entity::find()
        .order_by_asc(digest_run::Column::Id)
        .all(&bare.db)
        .await
        .unwrap();
    let keys: Vec<(&str, &str)> = runs
        .iter()
        .map(|r| (r.kind.as_str(), r.period.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("weekly", "2010-W32"),
            ("weekly", "2010-W33"),
            ("final", "2010-11-22")
        ]
    );
    let off = DigestSettings {
        weekly: false,
        ..friday
    };
    app::digest::settings::save(&bare.db, hearing.id, off, copenhagen(2010, 8, 21, 0))
        .await
        .unwrap();
    let next_friday = copenhagen(2010, 8, 27, 14) + Duration::minutes(1);
    assert_eq!(tick(&bare.db, BASE, next_friday).await.unwrap(), 0);
}

on_both!(
    new_since_counts_from_the_previous_digest,
    new_since_previous
);
async fn new_since_previous(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let first = copenhagen(2010, 8, 16, 8);
    server::demo_responses::add(&bare.db, 10, 3, first - Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(tick(&bare.db, BASE, first).await.unwrap(), 1);
    let hearing = demo_hearing(&bare.db).await;
    let second = copenhagen(2010, 8, 23, 8);
    let slot = app::digest::schedule::Slot {
        kind: app::digest::schedule::Kind::Weekly,
        period: "preview".into(),
        at: second,
    };
    let digest = app::digest::queue::compose(&bare.db, &hearing, &slot, second, BASE)
        .await
        .unwrap();
    assert_eq!((digest.numbers.total, digest.numbers.new), (10, 0));
    assert!(digest.since.is_some());
    assert_eq!(
        digest.countdown,
        app::hearing::Countdown::ClosesIn { days: 42 },
        "23 August to 4 October"
    );
}
