//! A hearing's life: invisible to the public as a draft, the status flow with its audit
//! entries and history, and the settings and status forms without JavaScript.

use app::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::db_test;
use crate::hearing_admin::{admin_with_hearing, new_hearing, send};
use crate::hearing_drafts::{official, post_form};
use crate::helpers::{DEMO, TestApp, call_json, paths};

db_test!(a_draft_hearing_is_invisible_to_the_public, |app| {
    let cookie = admin_with_hearing(&app, "kulturpolitik").await;
    let listed = app.get_hearings().await;
    let slugs: Vec<&str> = listed["hearings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["slug"].as_str().unwrap())
        .collect();
    assert!(!slugs.contains(&"kulturpolitik"), "{slugs:?}");
    for path in [
        "/api/v1/hearings/kulturpolitik",
        "/api/v1/hearings/kulturpolitik/responses",
        "/api/v1/hearings/kulturpolitik/export.json",
        "/hearings/kulturpolitik",
        "/hearings/kulturpolitik/responses",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
    let page = app
        .get_with_cookie("/admin/hearings/kulturpolitik", &cookie)
        .await;
    assert_eq!(page.status(), 200, "officials see it");
    let mut open = new_hearing("kulturpolitik");
    let now = chrono::Utc::now();
    open["opens_at"] = json!((now - chrono::Duration::days(1)).to_rfc3339());
    open["closes_at"] = json!((now + chrono::Duration::days(9)).to_rfc3339());
    open["slug"] = json!("et-andet-navn");
    let path = "/api/v1/admin/hearings/kulturpolitik";
    let saved: Value = call_json(&app, Method::PUT, path, Some(&cookie), Some(open.clone())).await;
    assert_eq!(
        saved["settings"]["slug"], "kulturpolitik",
        "the slug never changes"
    );
    assert_eq!(
        saved["status"], "draft",
        "open dates do not publish a draft"
    );
    let response = json!({"kind": "resident", "name": "Ida", "email": "ida@example.dk", "text": "Et svar.", "publish_name": false});
    let sent = app
        .post_json("/api/v1/hearings/kulturpolitik/responses", &response, "da")
        .await;
    assert_eq!(sent.status(), 404, "a draft takes no responses");
    let spec = app.get_json("/api/v1/openapi.json").await;
    for path in [
        "/api/v1/admin/hearings",
        "/api/v1/admin/hearings/{slug}",
        "/api/v1/admin/hearings/{slug}/status",
        "/api/v1/admin/hearings/{slug}/drafts",
        "/api/v1/admin/hearings/{slug}/drafts/diff",
    ] {
        assert!(
            spec["paths"].get(path).is_some(),
            "{path} in the OpenAPI document"
        );
    }
});

/// Asks for hearing `kulturpolitik` to move to `status`: the answer's code and its error
/// message ("" when there is none).
async fn move_to(app: &TestApp, cookie: &str, status: &str) -> (u16, String) {
    let path = "/api/v1/admin/hearings/kulturpolitik/status";
    let step = json!({ "status": status });
    let answer = send(app, Method::POST, path, Some(cookie), Some(&step)).await;
    let code = answer.status().as_u16();
    let body: Value = answer.json().await.unwrap_or_default();
    let message = body["error"]["message"].as_str().unwrap_or_default();
    (code, message.to_owned())
}

db_test!(
    the_status_flow_allows_each_step_once_and_logs_who_and_when,
    |app| {
        let cookie = admin_with_hearing(&app, "kulturpolitik").await;
        let path = "/api/v1/admin/hearings/kulturpolitik";
        let no_draft = "conflict: Indlæs et udkast, før høringen offentliggøres.";
        assert_eq!(
            move_to(&app, &cookie, "published").await,
            (409, no_draft.into())
        );
        assert_eq!(move_to(&app, &cookie, "open").await.0, 422);
        let draft = app
            .client
            .post(format!("{}{path}/drafts", app.address))
            .header(reqwest::header::COOKIE, &cookie)
            .body("# Kulturpolitik\n\n## Formål\n\nKultur for alle.\n")
            .send()
            .await
            .unwrap();
        assert_eq!(draft.status(), 201);
        let (code, message) = move_to(&app, &cookie, "decided").await;
        assert_eq!(code, 409);
        assert!(message.contains("»Kladde«"), "{message}");
        assert_eq!(move_to(&app, &cookie, "published").await.0, 200);
        let mut open = new_hearing("kulturpolitik");
        let now = chrono::Utc::now();
        open["opens_at"] = json!((now - chrono::Duration::days(1)).to_rfc3339());
        open["closes_at"] = json!((now + chrono::Duration::days(9)).to_rfc3339());
        let body: Value =
            call_json(&app, Method::PUT, path, Some(&cookie), Some(open.clone())).await;
        assert_eq!(body["status"], "open");
        assert_eq!(
            app.get_hearing("kulturpolitik").await["status"],
            "open",
            "public once published"
        );
        let (code, message) = move_to(&app, &cookie, "processing").await;
        assert_eq!(code, 409);
        assert!(
            message.contains("først flyttes til behandling efter fristen"),
            "{message}"
        );
        open["opens_at"] = json!((now - chrono::Duration::days(20)).to_rfc3339());
        open["closes_at"] = json!((now - chrono::Duration::days(1)).to_rfc3339());
        assert_eq!(
            send(&app, Method::PUT, path, Some(&cookie), Some(&open))
                .await
                .status(),
            200
        );
        for status in ["processing", "decided"] {
            assert_eq!(move_to(&app, &cookie, status).await.0, 200, "{status}");
        }
        assert_eq!(move_to(&app, &cookie, "published").await.0, 409);
        let stored: Value = call_json(&app, Method::GET, path, Some(&cookie), None).await;
        assert_eq!(stored["stored_status"], "decided");
        let changes: Vec<(&str, &str)> = stored["history"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["action"] == "hearing.status")
            .map(|h| {
                (
                    h["status_before"].as_str().unwrap(),
                    h["status_after"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            changes,
            [
                ("processing", "decided"),
                ("closed", "processing"),
                ("draft", "upcoming")
            ]
        );
        assert!(
            stored["history"]
                .as_array()
                .unwrap()
                .iter()
                .all(|h| h["actor"] == "admin@kk.dk")
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'hearing.status' AND actor_id IS NOT NULL")
                .await,
            3
        );
    }
);

db_test!(
    the_settings_form_keeps_a_refused_value_and_saves_a_good_one,
    |app| {
        let cookie = official(&app).await;
        let path = paths::admin_page(DEMO, "");
        let before = app.count("audit_log").await;
        let mut fields = vec![
            ("title", "Københavns Integrationspolitik 2011-2014"),
            ("summary", "Et nyt resumé."),
            ("committee", "Beskæftigelses- og Integrationsudvalget"),
            ("journal_number", "2010/64452"),
            ("opens_at", "2010-08-09T00:00"),
            ("closes_at", "2010-10-04T23:59"),
            ("publication_policy", "after_verification"),
            ("milestones.0.date", "2010-11-04"),
            ("milestones.0.label", "Udvalgsmøde"),
            ("milestones.0.kind", "meeting"),
            ("digest_recipients.0.name", "Udvalgssekretær"),
            ("digest_recipients.0.email", "sekretaer@kk.dk"),
        ];
        let refused = post_form(&app, &cookie, &path, &fields).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(
            html.contains(r#"value="2010/64452""#),
            "the typed value stays"
        );
        assert!(html.contains("Skriv journalnummeret som årstal, bindestreg og løbenummer"));
        assert!(html.contains(r#"aria-describedby="hint-journal_number error-journal_number""#));
        assert!(html.contains(r#"value="Et nyt resumé.""#) || html.contains("Et nyt resumé."));
        assert_eq!(app.count("audit_log").await, before);
        assert_eq!(app.count("digest_recipient").await, 0);
        fields[3] = ("journal_number", "2010-64452");
        let saved = post_form(&app, &cookie, &path, &fields).await;
        assert_eq!(saved.status(), 303);
        assert_eq!(
            saved.headers()["location"],
            format!("{path}?saved=settings")
        );
        assert_eq!(app.count("digest_recipient").await, 1);
        assert_eq!(
            app.count("milestone").await,
            1,
            "the demo's milestones were replaced by the one row"
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'hearing.update'").await,
            1
        );
        fields.push(("milestones.0.remove", "1"));
        assert_eq!(post_form(&app, &cookie, &path, &fields).await.status(), 303);
        assert_eq!(app.count("milestone").await, 0);
        let page = app
            .html_with_cookie(&format!("{path}?saved=settings"), &cookie)
            .await;
        assert!(page.contains("Ændringerne er gemt og skrevet i loggen."));
        let status = post_form(
            &app,
            &cookie,
            &format!("{path}/status"),
            &[("status", "published")],
        )
        .await;
        assert_eq!(status.status(), 409);
        let html = status.text().await.unwrap();
        assert!(html.contains("kan ikke offentliggøres"), "{html}");
        let stranger = app.sign_in("reader@kk.dk", Role::Reader, None).await;
        assert_eq!(
            post_form(&app, &stranger, &path, &fields).await.status(),
            403
        );
        let nobody = app
            .client
            .post(format!("{}{path}", app.address))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(nobody.status(), 303, "to sign-in");
    }
);
