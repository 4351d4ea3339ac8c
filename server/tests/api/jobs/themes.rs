//! Themes under a lease per hearing: a hearing another live process is computing is left to
//! it; once that lease is free, this process computes the hearing and gives the lease back.

use std::time::Duration;

use sea_orm::{ActiveModelTrait, Set};

use super::{holder_of, until_count};
use crate::db_test;
use crate::themes::{on_topic, published};

/// Waits longer than the theme worker's poll (5 s).
async fn a_poll_passes() {
    tokio::time::sleep(Duration::from_secs(6)).await;
}

db_test!(a_hearing_another_process_computes_is_left_to_it, |app| {
    let hearing = app.demo_hearing_id().await;
    let name = app::themes::worker::lease_name(hearing);
    app::entities::lease::ActiveModel {
        name: Set(name.clone()),
        holder: Set("other".into()),
        expires_at: Set(chrono::Utc::now() + chrono::TimeDelta::hours(1)),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let texts: Vec<String> = (0..6).map(|n| on_topic(n % 2, n)).collect();
    published(&app, &texts).await;
    app.index_caught_up().await;
    app::search::theme_queue::enqueue(&app.db, hearing, "requested", chrono::Utc::now())
        .await
        .unwrap();
    a_poll_passes().await;
    assert_eq!(app.count("theme").await, 0, "left to the live holder");
    assert!(app.count("theme_outbox WHERE processed_at IS NULL").await > 0);

    app::lease::release(&app.db, &name, &app::instance::Instance::named("other"))
        .await
        .unwrap();
    until_count(&app.db, "theme_outbox WHERE processed_at IS NULL", 0, 30).await;
    assert!(
        app.count("theme").await > 0,
        "computed once the lease was free"
    );
    for _ in 0..100 {
        if holder_of(&app.db, &name).await.is_none() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the hearing's lease was not given back after the run");
});
