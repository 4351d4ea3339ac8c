//! Search through the pages and the APIs: the public search of published responses (stemming,
//! folding, facets, what is never public, query problems), the officials' search in the inbox
//! and "more like this".

mod inbox;
mod pages;
mod public;
mod similar;

use app::response::SubmitRequest;
use reqwest::Method;
use sea_orm::{EntityTrait, QuerySelect};
use serde_json::Value;

use crate::helpers::{DEMO, TestApp, call, paths};
pub(super) use crate::inbox::{association, letter, moderate, resident};

/// The public API's search.
pub(super) fn public_search(query: &str) -> String {
    paths::hearing_api(DEMO, &format!("responses?{query}"))
}

/// The officials' API's list.
pub(super) fn admin_search(query: &str) -> String {
    paths::admin_api(DEMO, &format!("responses?{query}"))
}

/// A GET with a session cookie, answered with 200 and JSON.
pub(super) async fn get_as(app: &TestApp, cookie: &str, path: &str) -> Value {
    let response = call(app, Method::GET, path, Some(cookie), None).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

/// The svarnumre of a page of results.
pub(super) fn svarnumre(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["svarnummer"].as_str().unwrap().to_owned())
        .collect()
}

/// Registers a response from a letter (published at once under the demo's policy, held when
/// it seems to hold a CPR number); its id and svarnummer.
pub(super) async fn published(app: &TestApp, request: SubmitRequest) -> (i64, String) {
    letter(app, request, "letter").await
}

/// Waits until the index holds every response as the database has it now. The write paths
/// record their changes in the index outbox on the outbox branch; here every response is
/// queued once more (applying a row again changes nothing), the indexer nudged by a harmless
/// POST, and the outbox waited for.
pub(super) async fn indexed(app: &TestApp) {
    use app::entities::response;
    use app::search::outbox::{Change, enqueue};
    let ids: Vec<i32> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .into_tuple()
        .all(&app.db)
        .await
        .unwrap();
    for id in ids {
        enqueue(&app.db, id, Change::Submitted, chrono::Utc::now())
            .await
            .unwrap();
    }
    call(app, Method::POST, "/api/v1/auth/logout", None, None).await;
    app.index_caught_up().await;
}
