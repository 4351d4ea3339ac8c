//! The høringsliste: who may read and change it (here), every refused field with its message
//! and nothing stored (`fields`), the høringsbrev and reminders on a moved clock (`letters`),
//! matching the responses to the parties (`answered`), the page with plain forms and the demo's
//! list (`forms`).

mod answered;
mod fields;
mod forms;
mod letters;

use app::auth::Role;
use app::entities::{consulted_party, mail_outbox};
use chrono::{TimeZone, Utc};
use reqwest::Method;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, paths};

/// A request to the API as the shared helper sends it, method and path as one pair.
async fn call(
    app: &TestApp,
    (method, path): (Method, &str),
    cookie: Option<&str>,
    body: Option<Value>,
) -> reqwest::Response {
    crate::helpers::call(app, method, path, cookie, body).await
}

/// Adds a party as `cookie`; returns its id.
async fn add(app: &TestApp, cookie: &str, party: Value) -> i64 {
    let response = call(
        app,
        (Method::POST, &paths::admin_api(DEMO, "parties")),
        Some(cookie),
        Some(party),
    )
    .await;
    assert_eq!(response.status(), 201);
    response.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap()
}

fn party(name: &str, email: &str) -> Value {
    json!({"name": name, "kind": "association", "email": email})
}

async fn list(app: &TestApp, cookie: &str) -> Value {
    let response = call(
        app,
        (Method::GET, &paths::admin_api(DEMO, "parties")),
        Some(cookie),
        None,
    )
    .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn official(app: &TestApp) -> String {
    let hearing = app.demo_hearing_id().await;
    app.sign_in("sagsbehandler@kk.dk", Role::Official, Some(hearing))
        .await
}

/// Moves the demo hearing's deadline.
async fn set_closes_at(app: &TestApp, at: chrono::DateTime<Utc>) {
    let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
        .await
        .unwrap()
        .unwrap();
    let mut hearing = hearing.into_active_model();
    hearing.closes_at = Set(at);
    hearing.update(&app.db).await.unwrap();
}

db_test!(each_role_reads_or_changes_the_list_as_it_should, |app| {
    app.open_demo_hearing().await;
    let demo = app.demo_hearing_id().await;
    let elsewhere = app.other_hearing().await;
    let owner = official(&app).await;
    let id = add(&app, &owner, party("Red Barnet", "rb@example.dk")).await;
    let roles = [
        ("admin", Some((Role::Admin, None))),
        ("moderator", Some((Role::Moderator, None))),
        ("reader", Some((Role::Reader, Some(demo)))),
        ("elsewhere", Some((Role::Official, Some(elsewhere)))),
        ("anonymous", None),
    ];
    // (read, add, edit, answered, invite, reminder, import, remove, page, form post)
    let expected = [
        [200, 201, 200, 200, 200, 200, 200, 204, 200, 303],
        [200, 403, 403, 403, 403, 403, 403, 403, 200, 403],
        [200, 403, 403, 403, 403, 403, 403, 403, 200, 403],
        [403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        [401, 401, 401, 401, 401, 401, 401, 401, 401, 303],
    ];
    for ((name, grant), want) in roles.into_iter().zip(expected) {
        let cookie = match grant {
            Some((role, hearing)) => {
                Some(app.sign_in(&format!("{name}@kk.dk"), role, hearing).await)
            }
            None => None,
        };
        let c = cookie.as_deref();
        let one = paths::admin_api(DEMO, &format!("parties/{id}"));
        let mut got = Vec::new();
        let requests = [
            (Method::GET, paths::admin_api(DEMO, "parties"), None),
            (
                Method::POST,
                paths::admin_api(DEMO, "parties"),
                Some(party(&format!("Forening {name}"), "f@example.dk")),
            ),
            (
                Method::PUT,
                one.clone(),
                Some(party("Red Barnet", "post@redbarnet.example.dk")),
            ),
            (
                Method::PUT,
                format!("{one}/answered"),
                Some(json!({"answered": "yes"})),
            ),
            (Method::POST, paths::admin_api(DEMO, "parties/invite"), None),
            (
                Method::PUT,
                paths::admin_api(DEMO, "party-reminder"),
                Some(json!({"remind_days_before": 5})),
            ),
            (
                Method::POST,
                paths::admin_api(DEMO, "parties/import"),
                Some(json!({"lines": format!("Import {name};union;i@example.dk")})),
            ),
            (Method::DELETE, one.clone(), None),
        ];
        for (method, path, body) in requests {
            got.push(call(&app, (method, &path), c, body).await.status().as_u16());
        }
        let page = match c {
            Some(c) => app.admin_page(c, "parties").await,
            None => app.get(&paths::admin_page(DEMO, "parties")).await,
        };
        let status = page.status().as_u16();
        let html = page.text().await.unwrap();
        let forms = html.contains(r#"name="intent""#);
        assert_eq!(
            forms,
            name == "admin",
            "{name} sees the forms only if it may change the list"
        );
        got.push(status);
        let mut post = app
            .client
            .post(app.url(&paths::admin_page(DEMO, "parties")))
            .form(&[("intent", "settings"), ("remind_days", "3")]);
        if let Some(c) = c {
            post = post.header(reqwest::header::COOKIE, c);
        }
        got.push(post.send().await.unwrap().status().as_u16());
        assert_eq!(got, want, "{name}");
    }
});

/// Marks the hearing's responses as confirmed.
async fn confirm_all(app: &TestApp) {
    app.db
        .execute_unprepared(
            "UPDATE response SET status = 'verified' WHERE status = 'awaiting_verification'",
        )
        .await
        .unwrap();
}

async fn respond(app: &TestApp, body: Value) -> String {
    let path = paths::responses(DEMO);
    let response = app.post_json(&path, &body, "da").await;
    assert_eq!(response.status(), 202);
    response.json::<Value>().await.unwrap()["svarnummer"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Sends the høringsbrev as `cookie` with the hearing open, then moves the time it went out
/// (of every party invited now) back to `at` and the hearing's deadline to 4 October 2010.
async fn invite_at(app: &TestApp, cookie: &str, at: chrono::DateTime<Utc>) {
    set_closes_at(app, Utc::now() + chrono::Duration::days(30)).await;
    let sent = call(
        app,
        (Method::POST, &paths::admin_api(DEMO, "parties/invite")),
        Some(cookie),
        None,
    )
    .await;
    assert_eq!(sent.status(), 200);
    consulted_party::Entity::update_many()
        .col_expr(consulted_party::Column::InvitedAt, Expr::value(Some(at)))
        .filter(consulted_party::Column::InvitedAt.gt(Utc::now() - chrono::Duration::hours(1)))
        .exec(&app.db)
        .await
        .unwrap();
    set_closes_at(app, Utc.with_ymd_and_hms(2010, 10, 4, 21, 59, 59).unwrap()).await;
}

async fn post_form(app: &TestApp, cookie: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(app.url(&paths::admin_page(DEMO, "parties")))
        .header(reqwest::header::COOKIE, cookie)
        .form(fields)
        .send()
        .await
        .unwrap()
}
