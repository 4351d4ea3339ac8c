//! Response numbers (svarnummer): one series per hearing, taken atomically in the database,
//! so submissions that arrive together never share a number.

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr};

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, paths};

/// How many submissions arrive at once.
const AT_ONCE: usize = 50;

/// A client sending from 127.0.0.`last` (each source address has its own rate limit).
fn client_from(last: u8) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, last)))
        .build()
        .expect("http client")
}

db_test!(
    fifty_submissions_at_once_get_fifty_different_numbers,
    |app| {
        app.open_demo_hearing().await;
        let url = app.url(&paths::responses(DEMO));
        let clients: Vec<reqwest::Client> = (10..20).map(client_from).collect();
        let mut sending = tokio::task::JoinSet::new();
        for i in 0..AT_ONCE {
            let client = clients[i % clients.len()].clone();
            let url = url.clone();
            sending.spawn(async move {
                let body = json!({
                    "kind": "resident", "name": format!("Borger {i}"),
                    "email": format!("borger{i}@example.dk"),
                    "text": format!("Høringssvar nummer {i} af {AT_ONCE}."), "publish_name": false
                });
                let response = client.post(url).json(&body).send().await.expect("request");
                let status = response.status().as_u16();
                (status, response.json::<Value>().await.unwrap_or_default())
            });
        }
        let mut numbers = BTreeSet::new();
        while let Some(done) = sending.join_next().await {
            let (status, body) = done.expect("task");
            assert_eq!(status, 202, "{body}");
            numbers.insert(body["svarnummer"].as_str().expect("svarnummer").to_owned());
        }
        let expected: BTreeSet<String> = (1..=AT_ONCE)
            .map(|n| format!("2010-64452-{n:04}"))
            .collect();
        assert_eq!(numbers, expected, "fifty different numbers, none skipped");
        assert_eq!(app.count("response").await, AT_ONCE as i64);
    }
);

db_test!(
    a_number_stored_without_the_counter_is_never_handed_out_again,
    |app| {
        use sea_orm::ConnectionTrait;
        app.open_demo_hearing().await;
        let body = json!({
            "kind": "resident", "name": "Jonas Berg", "email": "jonas@example.dk",
            "text": "Første svar.", "publish_name": false
        });
        assert_eq!(app.submit_response(&body).await.status(), 202);
        // A row written past the counter (an import by hand, an old tool): the series goes on
        // after it instead of colliding with it.
        app.db
            .execute_unprepared("UPDATE response SET seq = 41, svarnummer = '2010-64452-0041'")
            .await
            .unwrap();
        let next = app.submit_response(&body).await;
        assert_eq!(next.status(), 202);
        let next: Value = next.json().await.unwrap();
        assert_eq!(next["svarnummer"], "2010-64452-0042");
    }
);
