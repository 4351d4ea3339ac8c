//! The verification link: opening it (GET, as a mail scanner does) shows a button and writes
//! nothing; pressing the button (POST) confirms the response exactly once, however many
//! presses arrive at the same time.

use std::time::Duration;

use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::db_test;
use crate::helpers::{Backend, TestApp};

/// Submits a response; the verification token from its mail.
async fn submitted(app: &TestApp) -> String {
    app.open_demo_hearing().await;
    let body = json!({
        "kind": "resident", "name": "Jonas Berg", "email": "jonas@example.dk",
        "text": "Sprogundervisning skal starte tidligere.", "publish_name": true
    });
    assert_eq!(app.submit_response(&body).await.status(), 202);
    let eml = app.eml(1).await;
    let start = eml.find("/verify/").expect("a verification link") + "/verify/".len();
    eml[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

db_test!(
    opening_the_link_shows_a_button_and_confirms_nothing,
    |app| {
        let token = submitted(&app).await;
        for _ in 0..3 {
            let (status, html) = app.get_page(&format!("/verify/{token}")).await;
            assert_eq!(status, 200);
            assert!(
                html.contains(&format!(r#"<form method="post" action="/verify/{token}""#)),
                "a plain form posting to the link itself: {html}"
            );
            assert!(html.contains("Bekræft høringssvaret"));
        }
        assert_eq!(
            app.count("response WHERE status = 'awaiting_verification'")
                .await,
            1
        );
        assert_eq!(
            app.count("response_token WHERE used_at IS NOT NULL").await,
            0
        );
        assert_eq!(app.count("mail_outbox").await, 1, "no receipt");

        let (status, html) = app.confirm_page(&token).await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"data-verify-outcome="verified""#), "{html}");
        assert_eq!(app.count("response WHERE status = 'published'").await, 1);
    }
);

db_test!(
    presses_at_the_same_time_confirm_once_and_send_one_receipt,
    |app| {
        let token = submitted(&app).await;
        let url = format!("{}/verify/{token}", app.address);
        let mut pressing = tokio::task::JoinSet::new();
        for _ in 0..8 {
            let (client, url) = (app.client.clone(), url.clone());
            pressing.spawn(async move {
                let response = client.post(url).send().await.expect("request");
                (response.status().as_u16(), response.text().await.unwrap())
            });
        }
        let mut outcomes = Vec::new();
        while let Some(done) = pressing.join_next().await {
            let (status, html) = done.expect("task");
            assert_eq!(status, 200, "{html}");
            let verified = html.contains(r#"data-verify-outcome="verified""#);
            let again = html.contains(r#"data-verify-outcome="already_verified""#);
            assert!(verified || again, "{html}");
            outcomes.push(verified);
        }
        assert_eq!(
            outcomes.iter().filter(|v| **v).count(),
            1,
            "one press confirms"
        );
        assert_eq!(
            app.count("mail_outbox").await,
            2,
            "the link's mail and one receipt"
        );
        assert_eq!(
            app.count("response_token WHERE purpose = 'manage'").await,
            1
        );
        assert_eq!(
            app.count("index_outbox WHERE operation = 'verified'").await,
            1
        );
    }
);

/// Holds the database's write lock (SQLite) or locks the link's tables against writes
/// (PostgreSQL) until dropped; reads go on.
async fn hold_writes(app: &TestApp) -> sea_orm::DatabaseTransaction {
    let txn = app::db::begin_write(&app.db).await.expect("begin");
    match app.backend() {
        // BEGIN IMMEDIATE: SQLite's one writer is this transaction now.
        Backend::Sqlite => txn
            .execute_unprepared("UPDATE hearing SET title = title")
            .await
            .map(drop),
        Backend::Postgres => txn
            .execute_unprepared(
                "LOCK TABLE response_token, response, mail_outbox IN EXCLUSIVE MODE",
            )
            .await
            .map(drop),
    }
    .expect("lock");
    txn
}

/// Awaits `answer`, failing the test if it takes long enough to have waited for a lock.
async fn quickly<T>(what: &str, answer: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(3), answer)
        .await
        .unwrap_or_else(|_| panic!("{what} waited for the write lock"))
}

db_test!(links_that_confirm_nothing_take_no_write_lock, |app| {
    let token = submitted(&app).await;
    let unknown = "0".repeat(64);
    let writes = hold_writes(&app).await;
    let (status, html) = quickly("an unknown link's button", app.confirm_page(&unknown)).await;
    assert_eq!(status, 404);
    assert!(html.contains("Linket virker ikke"));
    let (unknown_page, live_page) = (format!("/verify/{unknown}"), format!("/verify/{token}"));
    let opened = app.get_page(&unknown_page);
    assert_eq!(quickly("opening an unknown link", opened).await.0, 404);
    let opened = app.get_page(&live_page);
    let (status, html) = quickly("opening a live link", opened).await;
    assert_eq!(status, 200);
    assert!(html.contains("Bekræft høringssvaret"));
    writes.rollback().await.expect("rollback");

    assert_eq!(app.confirm(&token).await.status(), 200);
    let writes = hold_writes(&app).await;
    let (status, html) = quickly("a spent link's button", app.confirm_page(&token)).await;
    assert_eq!(status, 200);
    assert!(html.contains("allerede bekræftet"));
    writes.rollback().await.expect("rollback");
});
