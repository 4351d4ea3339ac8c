//! The private link in the receipt: change the text and stance, or withdraw, until the
//! deadline; every refusal says why next to its field and keeps what was typed.

use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::db_test;
use crate::helpers::{DEMO, TestApp, paths};

fn link_token(eml: &str, marker: &str) -> String {
    let start = eml.find(marker).expect("a link") + marker.len();
    eml[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

/// Submits and verifies a response; returns the manage page's path.
pub(crate) async fn verified_response(app: &TestApp) -> String {
    app.open_demo_hearing().await;
    let body = json!({
        "kind": "resident", "name": "Jonas Berg", "email": "jonas@example.dk",
        "text": "Første udgave af mit svar.", "publish_name": true
    });
    assert_eq!(app.submit_response(&body).await.status(), 202);
    let verify = link_token(&app.eml(1).await, "/verify/");
    assert_eq!(app.confirm(&verify).await.status(), 200);
    let manage = link_token(&app.eml(2).await, "/responses/manage/");
    assert_eq!(manage.len(), 64);
    format!("/responses/manage/{manage}")
}

pub(crate) async fn post_form(
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .form(fields)
        .send()
        .await
        .expect("request")
}

pub(crate) async fn published_text(app: &TestApp) -> Option<String> {
    let list = app.public_responses("").await;
    list["items"][0]["text"].as_str().map(str::to_owned)
}

db_test!(
    the_author_changes_the_text_through_the_private_link,
    |app| {
        let page = verified_response(&app).await;
        let (status, html) = app.get_page(&page).await;
        assert_eq!(status, 200);
        assert!(html.contains("Første udgave af mit svar."), "{html}");
        let response = post_form(
            &app,
            &page,
            &[
                ("action", "update"),
                ("stance", "oppose"),
                ("text", "Anden udgave <b>uden</b> HTML."),
            ],
        )
        .await;
        assert_eq!(response.status(), 303);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.ends_with("?saved=1"));
        let (_, html) = app.get_page(&location).await;
        assert!(html.contains("Dine ændringer er gemt."));
        assert_eq!(
            published_text(&app).await.as_deref(),
            Some("Anden udgave <b>uden</b> HTML.")
        );
    }
);

db_test!(a_refused_change_keeps_the_text_and_says_why, |app| {
    let page = verified_response(&app).await;
    let too_long = "å".repeat(20_001);
    let response = post_form(
        &app,
        &page,
        &[
            ("action", "update"),
            ("stance", "none"),
            ("text", &too_long),
        ],
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("Teksten har 20001 tegn"),
        "the message is at the field"
    );
    assert!(html.contains(&too_long), "what was typed stays in the form");
    assert_eq!(
        published_text(&app).await.as_deref(),
        Some("Første udgave af mit svar."),
        "nothing stored changed"
    );
});

db_test!(
    withdrawing_needs_a_tick_and_then_removes_the_response,
    |app| {
        let page = verified_response(&app).await;
        let response = post_form(&app, &page, &[("action", "withdraw")]).await;
        assert_eq!(response.status(), 422);
        assert!(response.text().await.unwrap().contains("Sæt flueben"));
        assert_eq!(app.public_responses("").await["total"], 1);

        let response = post_form(&app, &page, &[("action", "withdraw"), ("confirm", "true")]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(app.public_responses("").await["total"], 0);
        assert_eq!(app.count("response WHERE status = 'withdrawn'").await, 1);

        let response = post_form(
            &app,
            &page,
            &[("action", "update"), ("stance", "none"), ("text", "Igen")],
        )
        .await;
        assert_eq!(response.status(), 422);
        assert!(response.text().await.unwrap().contains("trukket tilbage"));
    }
);

db_test!(
    after_the_deadline_the_link_shows_but_changes_nothing,
    |app| {
        let page = verified_response(&app).await;
        app.db
            .execute_unprepared("UPDATE hearing SET closes_at = opens_at")
            .await
            .unwrap();
        let (status, html) = app.get_page(&page).await;
        assert_eq!(status, 200);
        assert!(html.contains("Høringsfristen er udløbet"));
        let response = post_form(&app, &page, &[("action", "withdraw"), ("confirm", "true")]).await;
        assert_eq!(response.status(), 422);
        assert_eq!(app.count("response WHERE status = 'published'").await, 1);
    }
);

db_test!(an_unknown_link_is_a_404_page, |app| {
    let (status, html) = app
        .get_page(&format!("/responses/manage/{}", "ab".repeat(32)))
        .await;
    assert_eq!(status, 404);
    assert!(html.contains("Linket virker ikke"));
    let response = post_form(
        &app,
        "/responses/manage/abc",
        &[("action", "withdraw"), ("confirm", "true")],
    )
    .await;
    assert_eq!(response.status(), 404);
});

db_test!(
    a_change_to_a_redacted_response_drops_the_redaction_and_waits_for_an_official,
    |app| {
        let page = verified_response(&app).await;
        let cookie = app
            .sign_in("sb@kk.dk", app::auth::Role::Official, None)
            .await;
        let id = app.public_responses("").await["total"].clone();
        assert_eq!(id, 1, "published at once under the demo's policy");
        let row: i64 = {
            let list = app
                .get_with_cookie(&paths::admin_api(DEMO, "responses"), &cookie)
                .await
                .json::<serde_json::Value>()
                .await
                .unwrap();
            list["items"][0]["id"].as_i64().unwrap()
        };
        let redact = json!({"action": "redact", "passage": "Første", "reason": "Test"});
        let done = app
            .client
            .post(format!(
                "{}/api/v1/admin/responses/{row}/moderation",
                app.address
            ))
            .header(reqwest::header::COOKIE, &cookie)
            .json(&redact)
            .send()
            .await
            .unwrap();
        assert_eq!(done.status(), 200);
        assert_eq!(
            published_text(&app).await.as_deref(),
            Some("[udeladt] udgave af mit svar.")
        );
        let changed = post_form(
            &app,
            &page,
            &[
                ("action", "update"),
                ("stance", "none"),
                ("text", "Første udgave igen, nu med nyt indhold."),
            ],
        )
        .await;
        assert_eq!(changed.status(), 303);
        assert_eq!(
            published_text(&app).await,
            None,
            "the new text is not published before an official has looked"
        );
        assert_eq!(
            app.count("response WHERE status = 'held' AND held_reason = 'changed_after_redaction' AND public_body IS NULL")
                .await,
            1
        );
    }
);
