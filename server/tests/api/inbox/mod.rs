//! The inbox and the moderation tools: filters and counts from the database, pages, bulk
//! actions, redaction, duplicates, internal notes and tags — each audited, none public.

mod bulk;
mod notes;
mod redaction;

use app::auth::Role;
use app::registration::store::{Place, register_command};
use app::response::SubmitRequest;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, paths};

/// Registers a confirmed response (as an official would from a letter); returns its id and
/// svarnummer.
pub(super) async fn letter(app: &TestApp, request: SubmitRequest, channel: &str) -> (i64, String) {
    letter_at(app, request, channel, chrono::Utc::now()).await
}

/// The same, received at `at`.
pub(super) async fn letter_at(
    app: &TestApp,
    request: SubmitRequest,
    channel: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> (i64, String) {
    let storage = app::blob::Storage::new(app.data_dir.path(), Default::default()).unwrap();
    let place = Place {
        db: &app.db,
        attachments: &storage,
        base_url: "http://test",
    };
    let done = register_command(
        &place,
        DEMO,
        (&request, channel.parse().expect("a channel")),
        Vec::new(),
        at,
    )
    .await
    .expect("registered");
    (i64::from(done.id), done.svarnummer)
}

pub(super) fn resident(text: &str) -> SubmitRequest {
    SubmitRequest {
        kind: "resident".into(),
        name: "Ida Hansen".into(),
        email: "ida@example.dk".into(),
        postal_code: Some("2300".into()),
        text: text.into(),
        ..Default::default()
    }
}

pub(super) fn association(name: &str, text: &str) -> SubmitRequest {
    SubmitRequest {
        kind: "association".into(),
        name: "Kontaktperson".into(),
        organisation: Some(name.into()),
        text: text.into(),
        ..Default::default()
    }
}

pub(super) use crate::helpers::call;

pub(super) async fn json_of(response: reqwest::Response, want: StatusCode) -> Value {
    assert_eq!(response.status(), want);
    response.json().await.unwrap()
}

pub(super) async fn moderate(
    app: &TestApp,
    cookie: &str,
    id: i64,
    body: Value,
) -> reqwest::Response {
    let path = format!("/api/v1/admin/responses/{id}/moderation");
    call(app, Method::POST, &path, Some(cookie), Some(body)).await
}

/// The anchor of the demo draft's first paragraph and of its section.
async fn first_paragraph(app: &TestApp) -> (String, String) {
    let hearing = app.hearing_json().await;
    let section = &hearing["draft"]["sections"][1];
    let paragraph = &section["paragraphs"][0];
    (
        section["anchor"].as_str().unwrap().to_owned(),
        paragraph["anchor"].as_str().unwrap().to_owned(),
    )
}

db_test!(the_inbox_filters_counts_and_pages_in_the_database, |app| {
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let (section, paragraph) = first_paragraph(&app).await;
    let mut on_paragraph = resident("Om stykket.");
    on_paragraph.paragraph = Some(paragraph.clone());
    letter(&app, on_paragraph, "letter").await;
    letter(&app, resident("Mit CPR-nummer er 010203-1234."), "email").await;
    letter(&app, association("Red Barnet", "Børnene først."), "letter").await;
    letter(&app, association("LO Hovedstaden", "Flere job."), "meeting").await;
    letter(&app, resident("Endnu et svar."), "email").await;

    let get = |query: String| {
        let app = &app;
        let cookie = cookie.clone();
        async move {
            let path = paths::admin_api(DEMO, &format!("responses?{query}"));
            json_of(
                call(app, Method::GET, &path, Some(&cookie), None).await,
                StatusCode::OK,
            )
            .await
        }
    };
    let all = get(String::new()).await;
    assert_eq!(all["total"], 5);
    assert_eq!(all["counts"]["kind"]["association"], 2);
    assert_eq!(all["counts"]["kind"]["resident"], 3);
    assert_eq!(all["counts"]["channel"]["letter"], 2);
    assert_eq!(all["counts"]["personal_data"]["true"], 1);
    assert_eq!(all["counts"]["personal_data"]["false"], 4);
    assert_eq!(all["counts"]["section"][&section], 1);
    assert_eq!(all["counts"]["has_attachments"]["false"], 5);
    assert_eq!(get("kind=association".into()).await["total"], 2);
    assert_eq!(
        get("kind=association&channel=meeting".into()).await["total"],
        1
    );
    assert_eq!(
        get("personal_data=true".into()).await["items"][0]["status"],
        "held"
    );
    assert_eq!(get(format!("paragraph={paragraph}")).await["total"], 1);
    assert_eq!(
        get(format!("section={section}")).await["items"][0]["paragraph"],
        paragraph
    );
    // The filter's days are the hearing's (Copenhagen) days, not UTC's.
    let today = server::demo::today();
    let tomorrow = today.succ_opt().unwrap();
    assert_eq!(get(format!("from={today}&to={tomorrow}")).await["total"], 5);
    assert_eq!(get(format!("from={tomorrow}")).await["total"], 0);

    let page = get("per_page=2&page=99999999999".into()).await;
    assert_eq!(
        (
            page["total"].clone(),
            page["page"].clone(),
            page["per_page"].clone()
        ),
        (json!(5), json!(3), json!(2))
    );
    assert_eq!(
        page["items"].as_array().unwrap().len(),
        1,
        "a page past the end is the last, which holds the fifth"
    );
    assert!(
        page["items"][0]["svarnummer"]
            .as_str()
            .unwrap()
            .ends_with("-0005")
    );
});

db_test!(a_malformed_date_filter_is_answered_at_its_field, |app| {
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let path = paths::admin_api(DEMO, "responses?from=9.8.2010");
    let bad = json_of(
        call(&app, Method::GET, &path, Some(&cookie), None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(
        bad["errors"]["from"]
            .as_str()
            .unwrap()
            .contains("ÅÅÅÅ-MM-DD"),
        "{bad}"
    );
    let path = paths::admin_api(DEMO, "responses?from=2010-09-01&to=2010-08-01");
    let reversed = json_of(
        call(&app, Method::GET, &path, Some(&cookie), None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(reversed["errors"]["to"].is_string());
    let page = app.admin_page(&cookie, "responses?from=9.8.2010").await;
    assert_eq!(
        page.status(),
        200,
        "the page still shows, without the date filter"
    );
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Skriv datoen som ÅÅÅÅ-MM-DD"),
        "the message is at the field"
    );
});
