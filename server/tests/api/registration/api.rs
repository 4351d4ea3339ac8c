//! `POST /api/v1/admin/hearings/{slug}/responses`: JSON and multipart, officials of the
//! hearing only, every bad field at once.

use app::auth::Role;
use reqwest::Method;
use serde_json::json;

use super::{letter_json, official, registration_entry, response_row};
use crate::db_test;
use crate::fixtures;
use crate::helpers::{DEMO, call, paths};

db_test!(an_official_registers_a_letter_with_its_pdf, |app| {
    let cookie = official(&app).await;
    let official = app.id_of("sagsbehandler@kk.dk").await;
    let form = reqwest::multipart::Form::new()
        .text("response", letter_json().to_string())
        .part(
            "files",
            reqwest::multipart::Part::bytes(fixtures::pdf("Brev fra foreningen"))
                .file_name("Høringssvar.pdf"),
        );
    let answer = app
        .client
        .post(app.url(&paths::admin_api(DEMO, "responses")))
        .header(reqwest::header::COOKIE, &cookie)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 201);
    let body: serde_json::Value = answer.json().await.unwrap();
    let response_id = body["id"].as_i64().unwrap() as i32;
    assert!(
        body["svarnummer"].as_str().unwrap().starts_with("2010-"),
        "{body}"
    );
    assert_eq!(
        body["status"], "published",
        "the demo publishes after verification: {body}"
    );
    let row = response_row(&app, response_id).await;
    assert_eq!(row.channel.as_str(), "letter");
    assert_eq!(
        app::clock::day(row.submitted_at, app::clock::HOME_ZONE).to_string(),
        "2010-11-15"
    );
    assert!(
        row.verified_at.is_some(),
        "no verification link: the official vouches"
    );
    assert_eq!(
        app.count(&format!(
            "attachment WHERE response_id = {response_id} AND filename = 'Høringssvar.pdf'"
        ))
        .await,
        1
    );
    let (actor, after) = registration_entry(&app, response_id).await;
    assert_eq!(actor, Some(official), "audited with who registered it");
    assert_eq!(after["channel"], "letter");
    assert_eq!(after["via"], "official");
    assert_eq!(app.count("mail_outbox").await, 0, "no address, no receipt");
    let list = app.public_responses("").await;
    assert!(
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["svarnummer"] == body["svarnummer"]),
        "published as the hearing's policy says"
    );
});

db_test!(
    a_registration_with_an_address_sends_the_usual_receipt,
    |app| {
        let id = app.demo_hearing_id().await;
        let cookie = app
            .sign_in("moderator@kk.dk", Role::Moderator, Some(id))
            .await;
        let mut body = letter_json();
        body["channel"] = json!("meeting");
        body["email"] = json!("amina@example.org");
        body.as_object_mut().unwrap().remove("received_on");
        let answer = call(
            &app,
            Method::POST,
            &paths::admin_api(DEMO, "responses"),
            Some(&cookie),
            Some(body),
        )
        .await;
        assert_eq!(answer.status(), 201);
        let done: serde_json::Value = answer.json().await.unwrap();
        let svarnummer = done["svarnummer"].as_str().unwrap();
        let eml = app.eml(1).await;
        assert!(eml.contains("amina@example.org"), "{eml}");
        assert!(
            eml.contains(svarnummer),
            "the receipt names the number: {eml}"
        );
        assert!(
            eml.contains("Auto-Submitted: auto-generated"),
            "no autoresponder answers it: {eml}"
        );
        assert_eq!(
            app.count("response_token WHERE purpose = 'verify'").await,
            0
        );
    }
);

db_test!(
    readers_and_officials_of_another_hearing_are_refused,
    |app| {
        let id = app.demo_hearing_id().await;
        let other = app.other_hearing().await;
        let reader = app.sign_in("laeser@kk.dk", Role::Reader, Some(id)).await;
        let elsewhere = app
            .sign_in("valby@kk.dk", Role::Official, Some(other))
            .await;
        let path = paths::admin_api(DEMO, "responses");
        for cookie in [&reader, &elsewhere] {
            let answer = call(&app, Method::POST, &path, Some(cookie), Some(letter_json())).await;
            assert_eq!(answer.status(), 403);
            let page = app
                .get_with_cookie(&paths::admin_page(DEMO, "responses/new"), cookie)
                .await;
            assert_eq!(page.status(), 403);
        }
        let anonymous = call(&app, Method::POST, &path, None, Some(letter_json())).await;
        assert_eq!(anonymous.status(), 401);
        assert_eq!(app.count("response WHERE channel = 'letter'").await, 0);
    }
);

db_test!(
    every_bad_field_is_answered_at_once_and_nothing_is_stored,
    |app| {
        let cookie = official(&app).await;
        let before = app.count("response").await;
        let bad = json!({
            "channel": "web",
            "kind": "company",
            "name": "",
            "cvr": "12345678",
            "received_on": "2999-01-01",
            "text": "",
        });
        let answer = app
            .client
            .post(app.url(&paths::admin_api(DEMO, "responses")))
            .header(reqwest::header::COOKIE, &cookie)
            .header(reqwest::header::ACCEPT_LANGUAGE, "en")
            .json(&bad)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 422);
        let body: serde_json::Value = answer.json().await.unwrap();
        let errors = body["errors"].as_object().unwrap();
        for field in [
            "channel",
            "received_on",
            "name",
            "cvr",
            "text",
            "organisation",
        ] {
            assert!(errors.contains_key(field), "{field} missing: {body}");
        }
        assert_eq!(errors["received_on"], "The date cannot be after today.");
        assert_eq!(app.count("response").await, before);
    }
);

db_test!(a_retried_registration_with_its_key_is_stored_once, |app| {
    let cookie = official(&app).await;
    let send = || {
        app.client
            .post(app.url(&paths::admin_api(DEMO, "responses")))
            .header(reqwest::header::COOKIE, &cookie)
            .header("Idempotency-Key", "brev-2010-11-15-nydanske-kvinder")
            .json(&letter_json())
            .send()
    };
    let first: serde_json::Value = send().await.unwrap().json().await.unwrap();
    let again = send().await.unwrap();
    assert_eq!(again.status(), 201);
    let again: serde_json::Value = again.json().await.unwrap();
    assert_eq!(first, again, "the first registration's answer");
    assert_eq!(app.count("response WHERE channel = 'letter'").await, 1);
});
