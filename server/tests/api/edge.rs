//! The HTTP edge: who the client is behind a reverse proxy, and limits that every process on
//! the database shares.

use app::web::client::TrustedProxies;
use app::web::limit::Quota;
use reqwest::header::ORIGIN;
use serde_json::{Value, json};
use server::config::Config;

use crate::helpers::{Backend, DEMO, TestApp, paths, spawn_app_configured};
use crate::{db_test, on_both};

fn resident(n: usize) -> Value {
    json!({"kind": "resident", "name": format!("Beboer {n}"),
        "email": format!("beboer{n}@example.dk"), "text": "Mit høringssvar.",
        "publish_name": false})
}

/// Posts resident `n`'s response to the server at `address`, with `headers`.
async fn submit_to(
    app: &TestApp,
    address: &str,
    n: usize,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = app
        .client
        .post(format!("{address}{}", paths::responses(DEMO)))
        .header(ORIGIN, address)
        .json(&resident(n));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

/// A second `ordet serve` on the app's database (its own data directory, kept alive by the
/// returned guard): its address.
async fn second_server(app: &TestApp) -> (String, tempfile::TempDir) {
    let data_dir = tempfile::tempdir().unwrap();
    let config = crate::helpers::test_config(&app.database_url(), data_dir.path(), |_| None);
    let db = app::db::connect(&app.database_url()).await.unwrap();
    let second = server::startup::Application::with_database(&config, db)
        .await
        .unwrap();
    let address = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());
    (address, data_dir)
}

db_test!(
    two_servers_on_one_database_share_the_submission_limit,
    |app| {
        app.open_demo_hearing().await;
        let (other, _guard) = second_server(&app).await;
        let per_network = app::web::limit::SUBMISSIONS_PER_NETWORK as usize;
        for n in 0..per_network {
            let address = if n % 2 == 0 { &app.address } else { &other };
            let answer = submit_to(&app, address, n, &[]).await;
            assert_eq!(answer.status(), 202, "submission {n} via {address}");
        }
        let refused = app
            .client
            .post(format!("{other}{}", paths::hearing_page(DEMO, "respond")))
            .header(ORIGIN, &other)
            .form(&[
                ("kind", "resident"),
                ("name", "Fatima"),
                ("email", "fatima@example.dk"),
                ("text", "Min tekst"),
                ("started", &app.signed_start().await),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 429, "the 21st, via the other process");
        let html = refused.text().await.unwrap();
        assert!(
            html.contains("Vent en time") && html.contains("Min tekst"),
            "today's message, the text kept"
        );
        let api = submit_to(&app, &app.address, 99, &[]).await;
        assert_eq!(api.status(), 429);
        let body: Value = api.json().await.unwrap();
        assert_eq!(body["error"]["code"], "rate_limited");
        assert_eq!(app.count("response").await, per_network as i64);
    }
);

/// An app whose submissions are limited to 3 per network an hour, trusting `proxies`.
async fn app_with(backend: Backend, proxies: &str) -> TestApp {
    let proxies = TrustedProxies::parse(proxies).unwrap();
    let tweak = move |config: &mut Config| {
        config.trusted_proxies = proxies;
        config.limits.submissions_per_network = Quota::per_hour(3);
    };
    let app = spawn_app_configured(backend, None, tweak).await;
    app.open_demo_hearing().await;
    app
}

async fn behind_a_trusted_proxy_each_forwarded_client_counts_alone(backend: Backend) {
    let app = app_with(backend, "127.0.0.1/32, ::1").await;
    for n in 0..30 {
        let client = format!("198.51.100.{n}");
        let answer = submit_to(&app, &app.address, n, &[("x-forwarded-for", &client)]).await;
        assert_eq!(answer.status(), 202, "client {client}");
    }
    let ipv6 = [("forwarded", r#"for="[2001:db8:cafe::17]:4711";proto=https"#)];
    assert_eq!(submit_to(&app, &app.address, 30, &ipv6).await.status(), 202);
    let one_client = [("x-forwarded-for", "198.51.100.0")];
    for n in 31..33 {
        let answer = submit_to(&app, &app.address, n, &one_client).await;
        assert_eq!(answer.status(), 202, "its second and third");
    }
    let spoofed = [("x-forwarded-for", "192.0.2.77, 198.51.100.0")];
    let refused = submit_to(&app, &app.address, 33, &spoofed).await;
    assert_eq!(
        refused.status(),
        429,
        "what the client wrote left of the proxy's entry does not count"
    );
    assert_eq!(app.count("response").await, 33);
}
on_both!(
    behind_a_trusted_proxy_each_forwarded_client_counts_alone_,
    behind_a_trusted_proxy_each_forwarded_client_counts_alone
);

async fn an_untrusted_peer_cannot_escape_its_limit_with_forwarded_headers(backend: Backend) {
    let app = app_with(backend, "").await;
    for n in 0..3 {
        let claimed = format!("198.51.100.{n}");
        let answer = submit_to(&app, &app.address, n, &[("x-forwarded-for", &claimed)]).await;
        assert_eq!(answer.status(), 202);
    }
    let headers = [
        ("x-forwarded-for", "203.0.113.50"),
        ("forwarded", "for=203.0.113.51"),
    ];
    let refused = submit_to(&app, &app.address, 3, &headers).await;
    assert_eq!(refused.status(), 429, "the peer is the client");
    assert_eq!(app.count("response").await, 3);
}
on_both!(
    an_untrusted_peer_cannot_escape_its_limit_with_forwarded_headers_,
    an_untrusted_peer_cannot_escape_its_limit_with_forwarded_headers
);
