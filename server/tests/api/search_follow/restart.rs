//! A process that starts with an empty index builds it from the tables while it serves; one
//! restarted with a stale index follows the outbox on from the cursor its last commit saved;
//! one whose cursor is below rows pruned meanwhile rebuilds instead.

use app::entities::{index_outbox, response};
use app::search::outbox::{Change, enqueue};
use chrono::{TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{Process, generation, letter, on_both, temp_dir, until_found, word};
use crate::helpers::{Backend, bare_database};

on_both!(
    a_restarted_process_follows_on_from_its_cursor,
    follows_on_from_its_cursor
);
async fn follows_on_from_its_cursor(backend: Backend) {
    let bare = bare_database(backend).await;
    let (_dir, data) = temp_dir();
    let first = letter(&bare.db, &data, &word(30)).await;
    let process = Process::start(&bare.url, &data, None);
    until_found(&process.address, &word(30), 1).await;
    let built = generation(&data.join("index"));
    process.kill();

    for n in 31..36 {
        letter(&bare.db, &data, &word(n)).await;
    }
    reject(&bare.db, first).await;
    let process = Process::start(&bare.url, &data, None);
    for n in 31..36 {
        until_found(&process.address, &word(n), 1).await;
    }
    until_found(&process.address, &word(30), 0).await;
    assert_eq!(
        generation(&data.join("index")),
        built,
        "followed, not rebuilt"
    );
    process.caught_up().await;
    let newest = app::search::horizon::newest(&bare.db).await.unwrap();
    assert_eq!(process.lag().await["cursor"], newest);
}

on_both!(
    a_process_whose_rows_were_pruned_meanwhile_rebuilds,
    rebuilds_behind_the_pruned_rows
);
async fn rebuilds_behind_the_pruned_rows(backend: Backend) {
    let bare = bare_database(backend).await;
    let (_dir, data) = temp_dir();
    letter(&bare.db, &data, &word(40)).await;
    let process = Process::start(&bare.url, &data, None);
    until_found(&process.address, &word(40), 1).await;
    let cursor = process.lag().await["cursor"].as_i64().unwrap();
    let built = generation(&data.join("index"));
    process.kill();

    letter(&bare.db, &data, &word(41)).await;
    letter(&bare.db, &data, &word(42)).await;
    index_outbox::Entity::update_many()
        .col_expr(
            index_outbox::Column::ProcessedAt,
            Expr::value(Utc::now() - TimeDelta::days(8)),
        )
        .exec(&bare.db)
        .await
        .unwrap();
    assert!(
        app::search::horizon::prune(&bare.db, Utc::now())
            .await
            .unwrap()
            > 0
    );
    let pruned = app::search::horizon::pruned_through(&bare.db)
        .await
        .unwrap();
    assert!(pruned > cursor, "rows after its cursor ({cursor}) are gone");
    assert_eq!(
        app::search::horizon::newest(&bare.db).await.unwrap(),
        pruned + 1,
        "the newest row is kept"
    );

    let process = Process::start(&bare.url, &data, None);
    until_found(&process.address, &word(41), 1).await;
    until_found(&process.address, &word(42), 1).await;
    assert_ne!(generation(&data.join("index")), built, "rebuilt");
}

/// Rejects response `id` as a moderator would, in one transaction with its outbox row.
async fn reject(db: &DatabaseConnection, id: i32) {
    let txn = app::db::begin_write(db).await.unwrap();
    response::Entity::update_many()
        .col_expr(response::Column::Status, Expr::value("rejected"))
        .col_expr(response::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(response::Column::Id.eq(id))
        .exec(&txn)
        .await
        .unwrap();
    enqueue(&txn, id, Change::Moderated, Utc::now())
        .await
        .unwrap();
    txn.commit().await.unwrap();
}
