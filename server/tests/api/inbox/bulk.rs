//! Bulk actions over the API and with the inbox's form, without JavaScript.

use app::auth::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

use super::*;
use crate::db_test;
use sea_orm::ConnectionTrait;

db_test!(
    a_bulk_action_changes_each_response_and_reports_the_rest,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let mut ids = Vec::new();
        for n in 0..3 {
            ids.push(
                letter(&app, resident(&format!("Svar {n}.")), "email")
                    .await
                    .0,
            );
        }
        let (waiting, waiting_no) = letter(&app, resident("Ikke bekræftet."), "email").await;
        app.db
            .execute_unprepared(&format!(
                "UPDATE response SET status = 'awaiting_verification' WHERE id = {waiting}"
            ))
            .await
            .unwrap();
        // Confirmed, not yet decided (the demo hearing publishes at once).
        app.db
            .execute_unprepared(
                "UPDATE response SET status = 'verified' WHERE status = 'published'",
            )
            .await
            .unwrap();
        // Registering the letters is audited; a refused request adds nothing to that.
        let registered = app.count("audit_log").await;
        let path = paths::admin_api(DEMO, "moderation");
        let no_reason = json!({"ids": ids, "action": "hold"});
        let refused = json_of(
            call(&app, Method::POST, &path, Some(&cookie), Some(no_reason)).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(refused["errors"]["reason"].is_string());
        let none = json!({"ids": [], "action": "publish"});
        assert_eq!(
            call(&app, Method::POST, &path, Some(&cookie), Some(none))
                .await
                .status(),
            422
        );
        assert_eq!(
            app.count("audit_log").await,
            registered,
            "a refused request changes nothing"
        );
        let redact = json!({"ids": ids, "action": "redact", "reason": "x"});
        let refused = json_of(
            call(&app, Method::POST, &path, Some(&cookie), Some(redact)).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(
            refused["errors"]["action"]
                .as_str()
                .unwrap()
                .contains("ét svar ad gangen")
        );
        assert_eq!(
            app.count("response WHERE status = 'verified'").await,
            3,
            "nothing changed"
        );

        let mut all = ids.clone();
        all.push(waiting);
        let publish = json!({"ids": all, "action": "publish"});
        let outcome = json_of(
            call(&app, Method::POST, &path, Some(&cookie), Some(publish)).await,
            StatusCode::OK,
        )
        .await;
        assert_eq!(outcome["done"].as_array().unwrap().len(), 3);
        assert!(
            outcome["refused"][&waiting_no]
                .as_str()
                .unwrap()
                .contains("ikke bekræftet"),
            "{outcome}"
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'moderation.publish'")
                .await,
            3
        );

        let tag = json!({"ids": ids, "action": "tag", "tag": "  Sprog OG Skole "});
        json_of(
            call(&app, Method::POST, &path, Some(&cookie), Some(tag)).await,
            StatusCode::OK,
        )
        .await;
        let tagged = json_of(
            app.admin_api(
                Method::GET,
                "responses?tag=Sprog%20OG%20skole",
                Some(&cookie),
                None,
            )
            .await,
            StatusCode::OK,
        )
        .await;
        assert_eq!(tagged["total"], 3);
        assert_eq!(tagged["counts"]["tag"]["sprog og skole"], 3);

        let reader = app.sign_in("udvalg@kk.dk", Role::Reader, None).await;
        let publish = json!({"ids": ids, "action": "hold", "reason": "x"});
        assert_eq!(
            call(&app, Method::POST, &path, Some(&reader), Some(publish))
                .await
                .status(),
            403
        );
    }
);

db_test!(the_inbox_bulk_form_works_without_javascript, |app| {
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let (a, a_no) = letter(&app, resident("Første."), "email").await;
    let (b, _) = letter(&app, resident("Andet."), "email").await;
    let inbox = paths::admin_page(DEMO, "responses?kind=resident");
    let post = |fields: Vec<(&'static str, String)>| {
        let app = &app;
        let request = app
            .client
            .post(format!("{}{inbox}", app.address))
            .header(reqwest::header::COOKIE, cookie.clone())
            .form(&fields);
        async move { request.send().await.unwrap() }
    };
    let refused = post(vec![
        ("intent", "bulk".into()),
        ("action", "hold".into()),
        ("ids", a.to_string()),
    ])
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Skriv en begrundelse") && html.contains(&format!(r#"value="{a}" checked"#)),
        "ticks stay"
    );
    let done = post(vec![
        ("intent", "bulk".into()),
        ("action", "hold".into()),
        ("reason", "Afventer".into()),
        ("ids", a.to_string()),
        ("ids", b.to_string()),
    ])
    .await;
    assert_eq!(done.status(), 200);
    let html = done.text().await.unwrap();
    assert!(html.contains("2 høringssvar er ændret"), "{html}");
    assert_eq!(app.count("response WHERE status = 'held'").await, 2);
    let page = app
        .admin_page(&cookie, "responses?status=held")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&a_no), "{page}");
    assert!(
        page.contains(r#"<option value="held" selected>Tilbageholdt (2)</option>"#),
        "the held filter is chosen and counts both"
    );
});
