//! Ids that commit out of order: PostgreSQL takes an outbox id at INSERT and shows the row at
//! COMMIT, so a row with a lower id can appear after one with a higher id. The indexer keeps
//! the lower id as a hole and applies it when it appears; a follower that only asked for ids
//! above the highest it had seen would skip it for ever.

use app::entities::response;
use app::search::outbox::{Change, enqueue};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{found, letter, until_found, word};
use crate::db_test;
use crate::helpers::Backend;

db_test!(a_lower_id_committed_after_a_higher_one_is_applied, |app| {
    let (before, changed, meanwhile) = (word(20), word(21), word(22));
    let first = letter(&app.db, app.data_dir.path(), &before).await;
    until_found(&app.address, &before, 1).await;

    // A change to the first response takes an outbox id and stays uncommitted …
    let txn = app::db::begin_write(&app.db).await.unwrap();
    let now = chrono::Utc::now();
    response::Entity::update_many()
        .col_expr(
            response::Column::Body,
            Expr::value(format!("Ændret: nu om {changed}.")),
        )
        .col_expr(response::Column::UpdatedAt, Expr::value(now))
        .filter(response::Column::Id.eq(first))
        .exec(&txn)
        .await
        .unwrap();
    enqueue(&txn, first, Change::Moderated, now).await.unwrap();

    // … while another response commits a higher id. On PostgreSQL it is found before the
    // first change commits. SQLite has one writer at a time: the other response waits for
    // the first transaction whenever it starts, so its id commits after it — nothing to wait
    // for, and no hole, which the rest of the test holds all the same.
    let (db, dir) = (app.db.clone(), app.data_dir.path().to_owned());
    let other = tokio::spawn(async move { letter(&db, &dir, &meanwhile).await });
    if app.backend() == Backend::Postgres {
        until_found(&app.address, &word(22), 1).await;
        assert_eq!(found(&app.address, &changed).await, 0, "not committed yet");
    }
    txn.commit().await.unwrap();
    other.await.unwrap();

    until_found(&app.address, &changed, 1).await;
    until_found(&app.address, &before, 0).await;
    until_found(&app.address, &word(22), 1).await;
    app.index_caught_up().await;
});
