//! The digest's API and page for officials: who may read and change what, field errors in
//! the reader's language, "send now" with the default mail backend, and the forms without
//! JavaScript.

use app::auth::Role;
use reqwest::Method;
use serde_json::json;

use super::add_recipients;
use crate::db_test;
use crate::helpers::{DEMO, call, paths};

db_test!(
    officials_read_the_digest_and_only_managers_change_it,
    |app| {
        assert_eq!(
            app.admin_api(Method::GET, "digest", None, None)
                .await
                .status(),
            401
        );
        let reader = app.sign_in("laeser@kk.dk", Role::Reader, None).await;
        let overview: serde_json::Value = app
            .admin_api(Method::GET, "digest", Some(&reader), None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            overview["settings"],
            json!({"weekday": 1, "hour": 8, "lead_days": 7, "weekly": true})
        );
        assert_eq!(overview["can_manage"], false);
        assert!(
            overview["warnings"]
                .as_array()
                .unwrap()
                .contains(&json!("no_recipients"))
        );
        let settings = paths::admin_api(DEMO, "digest/settings");
        let body = json!({"weekday": 3, "hour": 7, "lead_days": 10, "weekly": true});
        let refused = call(
            &app,
            Method::PUT,
            &settings,
            Some(&reader),
            Some(body.clone()),
        )
        .await;
        assert_eq!(refused.status(), 403);
        let official = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
        let saved = call(
            &app,
            Method::PUT,
            &settings,
            Some(&official),
            Some(body.clone()),
        )
        .await;
        assert_eq!(saved.status(), 200);
        let overview: serde_json::Value = app
            .admin_api(Method::GET, "digest", Some(&official), None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(overview["settings"], body);
        assert_eq!(
            app.count("audit_log WHERE action = 'digest.settings'")
                .await,
            1
        );
    }
);

db_test!(
    bad_settings_are_refused_field_by_field_and_nothing_changes,
    |app| {
        let official = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
        let settings = paths::admin_api(DEMO, "digest/settings");
        let bad = json!({"weekday": 9, "hour": "otte", "lead_days": -1, "weekly": true});
        let response = call(&app, Method::PUT, &settings, Some(&official), Some(bad)).await;
        assert_eq!(response.status(), 422);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["errors"]["weekday"], "Vælg en ugedag.");
        assert_eq!(body["errors"]["hour"], "Skriv en hel time mellem 0 og 23.");
        assert_eq!(
            body["errors"]["lead_days"],
            "Skriv et antal dage mellem 0 og 60."
        );
        assert_eq!(app.count("digest_setting").await, 0);
    }
);

db_test!(
    send_now_needs_recipients_then_writes_a_multipart_eml,
    |app| {
        let official = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
        let send = paths::admin_api(DEMO, "digest/send");
        let refused = call(&app, Method::POST, &send, Some(&official), None).await;
        assert_eq!(refused.status(), 422);
        let body: serde_json::Value = refused.json().await.unwrap();
        assert!(
            body["errors"]["recipients"]
                .as_str()
                .unwrap()
                .contains("ingen modtagere")
        );
        add_recipients(&app.db).await;
        let sent = call(&app, Method::POST, &send, Some(&official), None).await;
        assert_eq!(sent.status(), 202);
        let sent: serde_json::Value = sent.json().await.unwrap();
        assert_eq!(sent["recipients"], 2);
        let eml = app.raw_eml(2).await;
        let (_, subject, text, html) = crate::digest::parts(&eml);
        assert_eq!(
            subject,
            "Overblik over høringssvar: Københavns Integrationspolitik 2011-2014"
        );
        assert!(text.contains("I alt: 0 høringssvar"), "{text}");
        assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    }
);

db_test!(the_preview_shows_the_digest_without_sending_it, |app| {
    let reader = app.sign_in("laeser@kk.dk", Role::Reader, None).await;
    let preview: serde_json::Value = app
        .admin_api(
            Method::GET,
            "digest/preview?kind=final",
            Some(&reader),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(
        preview["subject"]
            .as_str()
            .unwrap()
            .starts_with("Endeligt overblik")
    );
    assert!(
        preview["text"]
            .as_str()
            .unwrap()
            .contains("Høringsfrist: 4. oktober 2010 kl. 23.59")
    );
    assert_eq!(preview["numbers"]["total"], 0);
    let page = app.admin_page(&reader, "digest/preview").await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("<html lang=\"da\">"));
    let signed_out = app.get(&paths::admin_page(DEMO, "digest/preview")).await;
    assert_eq!(signed_out.status(), 303);
    assert_eq!(
        signed_out.headers()["location"],
        format!(
            "/admin/login?next={}/preview",
            paths::admin_page(DEMO, "digest")
        )
    );
    assert_eq!(app.count("digest_run").await, 0);
    assert_eq!(app.count("mail_outbox").await, 0);
});

db_test!(the_page_forms_work_without_javascript, |app| {
    let official = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
    let (status, html) = {
        let response = app.admin_page(&official, "digest").await;
        (response.status(), response.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(html.contains("Overblik til udvalget"), "{html}");
    let fields = [
        ("intent", "settings"),
        ("weekday", "2"),
        ("hour", "25"),
        ("lead_days", "5"),
    ];
    let refused = app.admin_form("digest", Some(&official), &fields).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Skriv en hel time mellem 0 og 23."), "{html}");
    assert!(
        html.contains(r#"value="25""#),
        "the typed hour stays: {html}"
    );
    assert_eq!(app.count("digest_setting").await, 0);
    let fields = [
        ("intent", "settings"),
        ("weekday", "2"),
        ("hour", "9"),
        ("lead_days", "5"),
    ];
    let saved = app.admin_form("digest", Some(&official), &fields).await;
    assert_eq!(saved.status(), 303);
    assert_eq!(
        saved.headers()["location"],
        paths::admin_page(DEMO, "digest?saved=settings")
    );
    let stored = app::digest::settings::read(&app.db, app.demo_hearing_id().await)
        .await
        .unwrap();
    assert_eq!(
        (stored.weekday, stored.hour, stored.lead_days, stored.weekly),
        (2, 9, 5, false)
    );
    let refused = app
        .admin_form("digest", Some(&official), &[("intent", "send")])
        .await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Høringen har ingen modtagere")
    );
});
