//! Themes under a lease per hearing: a hearing another live process is computing is left to
//! it; once that lease is free, this process computes the hearing and gives the lease back.

use sea_orm::{ActiveModelTrait, Set};

use super::holder_of;
use crate::db_test;
use crate::themes::{on_topic, published};

/// One pass of the theme worker, as a process of its own on the app's index; how many
/// hearings it computed.
async fn a_pass(app: &crate::helpers::TestApp) -> usize {
    let worker = app::themes::worker::ThemeWorker::new(
        app.search.index.clone(),
        app::embedding::SentenceModel::at(app::embedding::installed_path()),
    );
    app.background.pass(worker).await.expect("a theme pass")
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
    app::search::theme_queue::enqueue(
        &app.db,
        hearing,
        app::vocab::ThemeReason::Requested,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(a_pass(&app).await, 0);
    assert_eq!(app.count("theme").await, 0, "left to the live holder");
    assert!(app.count("theme_outbox WHERE processed_at IS NULL").await > 0);

    app::lease::release(&app.db, &name, &app::instance::Instance::named("other"))
        .await
        .unwrap();
    assert_eq!(a_pass(&app).await, 1);
    assert_eq!(
        app.count("theme_outbox WHERE processed_at IS NULL").await,
        0
    );
    assert!(
        app.count("theme").await > 0,
        "computed once the lease was free"
    );
    assert_eq!(
        holder_of(&app.db, &name).await,
        None,
        "the hearing's lease is given back after the run"
    );
});
