//! The officials' pages as a browser without JavaScript uses them: sign in with the form, see
//! the inbox, decide with the form.

use app::auth::Role;
use app::auth::accounts::{NewAccount, create};
use sea_orm::ConnectionTrait;

use crate::db_test;
use crate::helpers::{DEMO, PASSWORD, TestApp, form, paths};

async fn official(app: &TestApp, role: Role) -> String {
    let new = NewAccount {
        email: "sagsbehandler@kk.dk".into(),
        name: "Sagsbehandler".into(),
        password: Some(PASSWORD.into()),
        role,
        hearing_id: None,
    };
    create(&app.db, new, chrono::Utc::now()).await.unwrap();
    let wrong = form(
        app,
        "/admin/login",
        None,
        &[("email", "sagsbehandler@kk.dk"), ("password", "forkert")],
    )
    .await;
    assert_eq!(wrong.status(), 401);
    let html = wrong.text().await.unwrap();
    assert!(html.contains("Forkert e-mail eller adgangskode"));
    assert!(
        html.contains(r#"value="sagsbehandler@kk.dk""#),
        "the address typed stays"
    );
    let right = form(
        app,
        "/admin/login",
        None,
        &[
            ("email", "sagsbehandler@kk.dk"),
            ("password", PASSWORD),
            ("next", &paths::admin_page(DEMO, "responses")),
        ],
    )
    .await;
    assert_eq!(right.status(), 303);
    assert_eq!(
        right.headers()["location"],
        &paths::admin_page(DEMO, "responses")
    );
    right.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

db_test!(an_official_signs_in_and_decides_with_plain_forms, |app| {
    app.open_demo_hearing().await;
    let body = serde_json::json!({"kind": "resident", "name": "Ida", "email": "ida@example.dk", "text": "Et svar til sagsbehandleren.", "publish_name": false});
    let submitted: serde_json::Value = app.submit_response(&body).await.json().await.unwrap();
    let id = submitted["id"].as_i64().unwrap().to_string();

    let (status, html) = app.get_page(&paths::admin_page(DEMO, "responses")).await;
    assert_eq!(status, 401);
    assert!(html.contains("Du skal logge ind"));

    let cookie = official(&app, Role::Official).await;
    let page = app.admin_page(&cookie, "responses").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Et svar til sagsbehandleren.") && html.contains("ida@example.dk"),
        "{html}"
    );
    assert!(html.contains("Afventer bekræftelse"));

    let decide = &paths::admin_page(DEMO, "responses");
    let refused = form(
        &app,
        decide,
        Some(&cookie),
        &[("action", "hold"), ("reason", " "), ("response_id", &id)],
    )
    .await;
    assert_eq!(
        refused.status(),
        409,
        "an unconfirmed response cannot be decided on"
    );

    app.db
        .execute_unprepared("UPDATE response SET status = 'verified'")
        .await
        .unwrap();
    let refused = form(
        &app,
        decide,
        Some(&cookie),
        &[("action", "reject"), ("reason", ""), ("response_id", &id)],
    )
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Skriv en begrundelse"),
        "the message is at the reason field"
    );
    assert!(
        html.contains(r#"value="reject" checked"#),
        "the choice stays"
    );

    let accepted = form(
        &app,
        decide,
        Some(&cookie),
        &[("action", "publish"), ("reason", ""), ("response_id", &id)],
    )
    .await;
    assert_eq!(accepted.status(), 303);
    assert_eq!(
        accepted.headers()["location"],
        paths::admin_page(DEMO, "responses?saved=1")
    );
    assert_eq!(app.count("response WHERE status = 'published'").await, 1);
    assert_eq!(
        app.count("audit_log WHERE action = 'moderation.publish'")
            .await,
        1
    );
});

db_test!(a_reader_sees_the_inbox_without_decision_forms, |app| {
    let cookie = official(&app, Role::Reader).await;
    let html = app
        .admin_page(&cookie, "responses")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("0 høringssvar"));
    assert!(!html.contains("Gem beslutning"));
    let (status, _) = app.get_page("/admin").await;
    assert_eq!(status, 401);
});

db_test!(admins_read_the_audit_log_page_and_others_do_not, |app| {
    let cookie = official(&app, Role::Admin).await;
    app.open_demo_hearing().await;
    app.db
        .execute_unprepared(
            "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, reason, before_json, after_json) \
             VALUES ('2026-11-25T12:00:00+00:00', 1, 'moderation.hold', 'response', 7, 'Navngiven nabo', \
             '{\"status\":\"published\"}', '{\"status\":\"held\"}')",
        )
        .await
        .unwrap();
    let html = app.html_with_cookie("/admin/audit", &cookie).await;
    assert!(html.contains("Revisionslog"));
    assert!(
        html.contains("moderation.hold response #7: published → held"),
        "{html}"
    );
    assert!(html.contains("Sagsbehandler") && html.contains("Navngiven nabo"));
    assert!(
        html.contains("25. november 2026 kl. 13.00"),
        "Copenhagen time"
    );
    let (status, anonymous) = app.get_page("/admin/audit").await;
    assert_eq!(status, 401);
    assert!(anonymous.contains("Du skal logge ind"));
    assert!(!anonymous.contains("Navngiven nabo"));
});
