//! Correcting the sender of a response that came by e-mail, letter or meeting: through the
//! API and the page's form without JavaScript, checked as the response form checks it,
//! audited; a web response keeps its respondent's own details.

use app::auth::Role;
use reqwest::Method;
use serde_json::json;

use super::{letter_json, official};
use crate::db_test;
use crate::helpers::{DEMO, TestApp, call, form, paths};

/// A letter registered through the API from a resident; its id.
async fn letter_from_a_resident(app: &TestApp, cookie: &str) -> i64 {
    let mut body = letter_json();
    body["kind"] = json!("resident");
    body.as_object_mut().unwrap().remove("organisation");
    let path = paths::admin_api(DEMO, "responses");
    let done = call(app, Method::POST, &path, Some(cookie), Some(body)).await;
    assert_eq!(done.status(), 201);
    done.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap()
}

db_test!(an_official_corrects_a_letters_sender, |app| {
    let cookie = official(&app).await;
    let id = letter_from_a_resident(&app, &cookie).await;
    let path = format!("/api/v1/admin/responses/{id}/sender");
    let bad = json!({"kind": "company", "name": "Amina Hassan", "organisation": "Valby Byg ApS", "cvr": "12345678"});
    let refused = call(&app, Method::PUT, &path, Some(&cookie), Some(bad)).await;
    assert_eq!(refused.status(), 422);
    let errors: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(
        errors["errors"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["cvr"],
        "{errors}"
    );
    assert_eq!(app.count("respondent WHERE kind = 'company'").await, 0);
    let good = json!({"kind": "association", "name": "Amina Hassan", "organisation": "Foreningen Nydanske Kvinder", "contact_role": "Formand"});
    let done = call(&app, Method::PUT, &path, Some(&cookie), Some(good)).await;
    assert_eq!(done.status(), 204);
    assert_eq!(
        app.count("respondent WHERE kind = 'association' AND organisation = 'Foreningen Nydanske Kvinder' AND contact_role = 'Formand'")
            .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "audit_log WHERE action = 'response.sender' AND entity_id = {id}"
        ))
        .await,
        1
    );
    let list = app.public_responses("").await;
    let shown = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "association")
        .cloned()
        .expect("published under the organisation");
    assert_eq!(shown["display_name"], "Foreningen Nydanske Kvinder");
});

db_test!(a_web_response_keeps_its_respondents_details, |app| {
    let cookie = official(&app).await;
    app.open_demo_hearing().await;
    let sent = app
        .submit_response(&json!({"kind": "resident", "name": "Ali", "email": "ali@example.dk", "text": "Mit svar."}))
        .await;
    assert_eq!(sent.status(), 202);
    let id = sent.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/admin/responses/{id}/sender");
    let body = json!({"kind": "resident", "name": "Nogen Andre"});
    let refused = call(&app, Method::PUT, &path, Some(&cookie), Some(body.clone())).await;
    assert_eq!(refused.status(), 409);
    let letter = letter_from_a_resident(&app, &cookie).await;
    let reader = app
        .sign_in(
            "laeser@kk.dk",
            Role::Reader,
            Some(app.demo_hearing_id().await),
        )
        .await;
    let path = format!("/api/v1/admin/responses/{letter}/sender");
    let forbidden = call(&app, Method::PUT, &path, Some(&reader), Some(body)).await;
    assert_eq!(forbidden.status(), 403);
    assert_eq!(app.count("respondent WHERE name = 'Nogen Andre'").await, 0);
});

db_test!(the_sender_page_works_without_javascript, |app| {
    let cookie = official(&app).await;
    let id = letter_from_a_resident(&app, &cookie).await;
    let detail = app
        .html_with_cookie(&format!("/admin/responses/{id}"), &cookie)
        .await;
    let page_path = format!("/admin/responses/{id}/sender");
    assert!(
        detail.contains(&format!("href=\"{page_path}\"")),
        "linked from the response"
    );
    let page = app.html_with_cookie(&page_path, &cookie).await;
    assert!(
        page.contains("value=\"Amina Hassan\""),
        "the stored sender in the form"
    );
    let bad = [
        ("kind", "association"),
        ("name", "Amina Hassan"),
        ("organisation", ""),
        ("contact_role", "Formand"),
    ];
    let refused = form(&app, &page_path, Some(&cookie), &bad).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("id=\"error-organisation\""), "at its field");
    assert!(html.contains("value=\"Formand\""), "what was typed is kept");
    let good = [
        ("kind", "association"),
        ("name", "Amina Hassan"),
        ("organisation", "Foreningen Nydanske Kvinder"),
    ];
    let saved = form(&app, &page_path, Some(&cookie), &good).await;
    assert_eq!(saved.status(), 303);
    assert_eq!(
        saved.headers()["location"],
        format!("/admin/responses/{id}?saved=1")
    );
    assert_eq!(
        app.count("respondent WHERE organisation = 'Foreningen Nydanske Kvinder'")
            .await,
        1
    );
});
