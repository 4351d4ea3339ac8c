//! The outboxes' pruners: processed rows go after a week, pending ones never do. They are
//! workers of the background runtime (leased, hourly), so a test's server never prunes
//! behind its back; the test runs a pass itself.

use app::entities::{index_outbox, theme_outbox};
use app::search::horizon::OUTBOX_PRUNER as INDEX_OUTBOX_PRUNER;
use app::themes::worker::OUTBOX_PRUNER as THEME_OUTBOX_PRUNER;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};

use crate::db_test;
use crate::helpers::TestApp;

fn days_before(now: DateTime<Utc>, days: Option<i64>) -> Option<DateTime<Utc>> {
    days.map(|days| now - TimeDelta::days(days))
}

async fn index_row(db: &DatabaseConnection, now: DateTime<Utc>, processed: Option<i64>) -> i64 {
    index_outbox::ActiveModel {
        entity: Set("response".into()),
        entity_id: Set(999_999),
        operation: Set("submitted".into()),
        created_at: Set(now - TimeDelta::days(30)),
        processed_at: Set(days_before(now, processed)),
        attempts: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

async fn theme_row(app: &TestApp, now: DateTime<Utc>, processed: Option<i64>) -> i64 {
    theme_outbox::ActiveModel {
        hearing_id: Set(app.demo_hearing_id().await),
        reason: Set(app::vocab::ThemeReason::Requested),
        created_at: Set(now - TimeDelta::days(30)),
        processed_at: Set(days_before(now, processed)),
        attempts: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

db_test!(old_index_outbox_rows_are_pruned_pending_ones_kept, |app| {
    app.index_caught_up().await;
    let now = app.background.job.clock.now();
    let old = index_row(&app.db, now, Some(8)).await;
    let recent = index_row(&app.db, now, Some(1)).await;
    assert_eq!(app.background.pass(INDEX_OUTBOX_PRUNER).await.unwrap(), 1);
    let find = |id| index_outbox::Entity::find_by_id(id).one(&app.db);
    assert!(find(old).await.unwrap().is_none());
    assert!(find(recent).await.unwrap().is_some());
    // A pending row, however old, waits for the indexer (which removes the unknown id).
    let pending = index_row(&app.db, now, None).await;
    assert_eq!(app.background.pass(INDEX_OUTBOX_PRUNER).await.unwrap(), 0);
    assert!(find(pending).await.unwrap().is_some());
});

db_test!(old_theme_outbox_rows_are_pruned_pending_ones_kept, |app| {
    let now = app.background.job.clock.now();
    let old = theme_row(&app, now, Some(8)).await;
    let recent = theme_row(&app, now, Some(1)).await;
    let pending = theme_row(&app, now, None).await;
    assert_eq!(app.background.pass(THEME_OUTBOX_PRUNER).await.unwrap(), 1);
    let find = |id| theme_outbox::Entity::find_by_id(id).one(&app.db);
    assert!(find(old).await.unwrap().is_none());
    assert!(find(recent).await.unwrap().is_some());
    assert!(find(pending).await.unwrap().is_some());
});
