//! Two processes on one database, each with its own index: what is confirmed or published
//! through one is found through the other's search within moments, and what is rejected
//! through the other leaves the first one's public search. The lag of 50 publications is
//! printed (run with `--nocapture` to read it).

use std::time::Duration;

use app::auth::Role;
use reqwest::Method;
use sea_orm::ConnectionTrait;
use serde_json::json;

use super::{Process, found, letter, temp_dir, until_found, word};
use crate::db_test;
use crate::helpers::{DEMO, TestApp, call, paths};

/// Publications measured.
const MEASURED: usize = 50;

db_test!(
    changes_through_one_process_are_searchable_through_another,
    |app| {
        let (_dir, b_dir) = temp_dir();
        let b = Process::start(&app.database_url(), &b_dir, None);
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        confirmed_on_a_is_found_on_b(&app, &b).await;
        let (ids, lags) = published_on_a_is_found_on_b(&app, &b, &cookie).await;
        rejected_on_b_leaves_a(&app, &b, &cookie, (ids[7], &word(7))).await;
        let (p50, max) = (lags[lags.len() / 2], lags[lags.len() - 1]);
        eprintln!(
            "{:?}: lag from publish on A to found on B over {MEASURED}: p50 {p50:?}, max {max:?}",
            app.backend()
        );
    }
);

/// A response submitted and confirmed by its respondent through A.
async fn confirmed_on_a_is_found_on_b(app: &TestApp, b: &Process) {
    app.open_demo_hearing().await;
    let policy = "UPDATE hearing SET publication_policy = 'after_verification'";
    app.db.execute_unprepared(policy).await.unwrap();
    let secret = word(150);
    let body = json!({
        "kind": "resident", "name": "Jonas Berg", "email": "jonas@example.dk",
        "text": format!("Vi mangler {secret} i byen."), "publish_name": true
    });
    let path = paths::responses(DEMO);
    assert_eq!(app.post_json(&path, &body, "da").await.status(), 202);
    let eml = app.eml(1).await;
    let start = eml.find("/verify/").expect("a verification link");
    let token: String = eml[start + "/verify/".len()..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    assert_eq!(found(&b.address, &secret).await, 0);
    assert_eq!(app.confirm(&token).await.status(), 200);
    let lag = until_found(&b.address, &secret, 1).await;
    eprintln!(
        "{:?}: confirmed on A, found on B after {lag:?}",
        app.backend()
    );
}

/// Letters held, then published one by one through A's moderation API; their ids, and how
/// long each took to be found through B, sorted.
async fn published_on_a_is_found_on_b(
    app: &TestApp,
    b: &Process,
    cookie: &str,
) -> (Vec<i32>, Vec<Duration>) {
    let mut ids = Vec::new();
    for n in 0..MEASURED {
        ids.push(letter(&app.db, app.data_dir.path(), &word(n)).await);
    }
    let path = paths::admin_api(DEMO, "moderation");
    let hold = json!({"ids": ids, "action": "hold", "reason": "Ser på dem"});
    let held = call(app, Method::POST, &path, Some(cookie), Some(hold)).await;
    assert_eq!(held.status(), 200);
    b.caught_up().await;
    assert_eq!(found(&b.address, &word(0)).await, 0, "held: not public");
    let mut lags = Vec::new();
    for (n, id) in ids.iter().enumerate() {
        let path = format!("/api/v1/admin/responses/{id}/moderation");
        let publish = json!({"action": "publish"});
        let done = call(app, Method::POST, &path, Some(cookie), Some(publish)).await;
        assert_eq!(done.status(), 200);
        lags.push(until_found(&b.address, &word(n), 1).await);
    }
    lags.sort();
    (ids, lags)
}

/// One of them rejected through B: A's index no longer counts it in the public search.
async fn rejected_on_b_leaves_a(
    app: &TestApp,
    b: &Process,
    cookie: &str,
    (id, secret): (i32, &str),
) {
    until_found(&app.address, secret, 1).await;
    let reject = app
        .client
        .post(format!(
            "{}/api/v1/admin/responses/{id}/moderation",
            b.address
        ))
        .header(reqwest::header::ORIGIN, &b.address)
        .header(reqwest::header::COOKIE, cookie)
        .json(&json!({"action": "reject", "reason": "Uden for emnet"}))
        .send()
        .await
        .unwrap();
    assert_eq!(reject.status(), 200, "rejected through B");
    until_found(&app.address, secret, 0).await;
}
