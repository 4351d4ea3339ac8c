//! Processed index-outbox rows are deleted after a week; pending ones never are.

use app::entities::index_outbox;
use chrono::{TimeDelta, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::db_test;

async fn row(db: &sea_orm::DatabaseConnection, processed_days_ago: Option<i64>) -> i64 {
    let ago = |days| Utc::now() - TimeDelta::days(days);
    index_outbox::ActiveModel {
        entity: Set("response".into()),
        entity_id: Set(999_999),
        operation: Set("submitted".into()),
        created_at: Set(ago(30)),
        processed_at: Set(processed_days_ago.map(ago)),
        attempts: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

db_test!(old_processed_rows_are_pruned_pending_ones_kept, |app| {
    app.index_caught_up().await;
    let old = row(&app.db, Some(8)).await;
    let recent = row(&app.db, Some(1)).await;
    assert_eq!(
        app::search::horizon::prune(&app.db, Utc::now())
            .await
            .unwrap(),
        1
    );
    let find = |id| index_outbox::Entity::find_by_id(id).one(&app.db);
    assert!(find(old).await.unwrap().is_none());
    assert!(find(recent).await.unwrap().is_some());
    // A pending row, however old, waits for the indexer (which removes the unknown id).
    let pending = row(&app.db, None).await;
    assert_eq!(
        app::search::horizon::prune(&app.db, Utc::now())
            .await
            .unwrap(),
        0
    );
    assert!(find(pending).await.unwrap().is_some());
});
