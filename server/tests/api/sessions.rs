//! Officials' sessions: they end when left idle, `last_seen_at` follows use (at most a write
//! a minute), the cookie is a `__Host-` cookie on an https site, and a signed-in request that
//! names no origin is refused.

use app::auth::Role;
use app::clock::ManualClock;
use chrono::{DateTime, Duration, SubsecRound, Utc};
use reqwest::Method;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{Backend, TestApp, call, spawn_app_at, spawn_app_configured};

async fn last_seen(app: &TestApp) -> DateTime<Utc> {
    let rows = app::entities::session::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    rows[0].last_seen_at
}

async fn me(app: &TestApp, cookie: &str) -> u16 {
    let answer = call(app, Method::GET, "/api/v1/auth/me", Some(cookie), None).await;
    answer.status().as_u16()
}

/// A session left alone for the idle time ends; one in use goes on past it.
async fn idle_sessions_end(backend: Backend) {
    // Whole seconds: PostgreSQL keeps microseconds.
    let start = Utc::now().trunc_subsecs(0);
    let clock = ManualClock::at(start);
    let app = spawn_app_at(backend, None, |_| {}, clock.clone()).await;
    let cookie = app.sign_in("official@kk.dk", Role::Official, None).await;
    assert_eq!(last_seen(&app).await, start);

    clock.advance(Duration::seconds(30));
    assert_eq!(me(&app, &cookie).await, 200);
    assert_eq!(last_seen(&app).await, start, "not a write per request");

    clock.advance(Duration::minutes(20));
    assert_eq!(me(&app, &cookie).await, 200);
    let seen = start + Duration::seconds(30) + Duration::minutes(20);
    assert_eq!(last_seen(&app).await, seen, "last_seen_at moves");

    clock.advance(Duration::minutes(29));
    assert_eq!(me(&app, &cookie).await, 200, "in use, past 30 minutes");

    clock.advance(Duration::minutes(30));
    assert_eq!(me(&app, &cookie).await, 401, "idle for 30 minutes");
    assert_eq!(app.count("session").await, 0, "the idle session is gone");
}

#[tokio::test]
async fn an_idle_session_is_refused_on_sqlite() {
    idle_sessions_end(Backend::Sqlite).await;
}

#[tokio::test]
async fn an_idle_session_is_refused_on_postgres() {
    idle_sessions_end(Backend::Postgres).await;
}

#[tokio::test]
async fn the_idle_time_is_configurable() {
    let clock = ManualClock::at(Utc::now());
    let idle = |config: &mut server::config::Config| config.session_idle = Duration::minutes(5);
    let app = spawn_app_at(Backend::Sqlite, None, idle, clock.clone()).await;
    let cookie = app.sign_in("official@kk.dk", Role::Official, None).await;
    clock.advance(Duration::minutes(4));
    assert_eq!(me(&app, &cookie).await, 200);
    clock.advance(Duration::minutes(5));
    assert_eq!(me(&app, &cookie).await, 401);
}

#[tokio::test]
async fn on_an_https_site_the_session_cookie_is_a_host_cookie() {
    let https = |config: &mut server::config::Config| {
        config.base_url = "https://hoering.example.dk".into();
    };
    let app = spawn_app_configured(Backend::Sqlite, None, https).await;
    let cookie = app.sign_in("official@kk.dk", Role::Official, None).await;
    let (name, token) = cookie.split_once('=').unwrap();
    assert_eq!(name, "__Host-ordet_session");
    let login = json!({"email": "official@kk.dk", "password": crate::helpers::PASSWORD});
    let answer = call(&app, Method::POST, "/api/v1/auth/login", None, Some(login)).await;
    let set_cookie = answer.headers()["set-cookie"].to_str().unwrap().to_owned();
    let attributes: Vec<&str> = set_cookie.split("; ").skip(1).collect();
    assert!(
        attributes.contains(&"Secure") && attributes.contains(&"Path=/"),
        "{set_cookie}"
    );
    assert!(
        !set_cookie.to_ascii_lowercase().contains("domain"),
        "{set_cookie}"
    );
    assert_eq!(me(&app, &cookie).await, 200);
    let plain = format!("ordet_session={token}");
    assert_eq!(me(&app, &plain).await, 401, "the plain name is not read");
    let logout = call(
        &app,
        Method::POST,
        "/api/v1/auth/logout",
        Some(&cookie),
        None,
    )
    .await;
    let cleared = logout.headers()["set-cookie"].to_str().unwrap();
    assert!(
        cleared.starts_with("__Host-ordet_session=;") && cleared.contains("Secure"),
        "{cleared}"
    );
}

db_test!(a_signed_in_post_that_names_no_origin_is_refused, |app| {
    let cookie = app.sign_in("official@kk.dk", Role::Official, None).await;
    let bare = reqwest::Client::new();
    let post = |path: &str| bare.post(format!("{}{path}", app.address));
    let refused = post("/api/v1/auth/logout-everywhere")
        .header(reqwest::header::COOKIE, &cookie)
        .header(reqwest::header::ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    let body: Value = refused.json().await.unwrap();
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("neither Origin nor Referer"), "{message}");
    assert_eq!(app.count("session").await, 1, "still signed in");

    let form = post("/admin/logout")
        .header(reqwest::header::COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 403, "the forms too");
    let server_fn = post("/sf/current_official")
        .header(reqwest::header::COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(server_fn.status(), 403, "and the server functions");

    let from_a_page = post("/api/v1/auth/logout")
        .header(reqwest::header::COOKIE, &cookie)
        .header(reqwest::header::REFERER, format!("{}/admin", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(from_a_page.status(), 204, "a Referer of this site will do");

    let login = json!({"email": "official@kk.dk", "password": crate::helpers::PASSWORD});
    let no_cookie = post("/api/v1/auth/login")
        .json(&login)
        .send()
        .await
        .unwrap();
    assert_eq!(
        no_cookie.status(),
        200,
        "no session to misuse: a client goes on"
    );
});

db_test!(
    a_post_from_another_site_is_refused_on_public_routes_too,
    |app| {
        app.open_demo_hearing().await;
        let evil = app
            .post_to_respond_form()
            .header(reqwest::header::ORIGIN, "https://evil.example")
            .form(&[
                ("kind", "resident"),
                ("name", "X"),
                ("email", "x@example.dk"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(evil.status(), 403);
        let body: Value = evil.json().await.unwrap();
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains("anden hjemmeside"), "{message}");
        assert_eq!(app.count("response").await, 0);
    }
);
