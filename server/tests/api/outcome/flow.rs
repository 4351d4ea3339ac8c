//! Done when (issue 23): the demo hearing goes from open to decided; officials write remarks
//! and publish the outcome; every respondent with an address gets exactly one message through
//! a real SMTP server — the server down when the outcome is published, the messages sent after
//! a restart, none twice; the public page, the API, the list and the open data show the
//! remarks once published, and nothing unpublished.

use std::collections::BTreeSet;

use app::entities::{mail_outbox, respondent, response};
use app::instance::Instance;
use app::mail::Mailer;
use app::mail::outbox::send_due;
use app::vocab::{MailStatus, ResponseStatus};
use chrono::{Duration, Utc};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use serde_json::json;

use super::{closed_with_responses, decision, remark_everything, response, save_remark};
use crate::helpers::{Backend, DEMO, TestApp, call, call_json, paths, spawn_app_with};
use crate::smtp::SmtpServer;

/// Words only an unpublished response's remark holds.
const HIDDEN: &str = "Fortroligt-notat-om-tilbageholdt-svar";
/// Words only the remark on one published response holds.
const SHOWN: &str = "Forslaget om sprogkurser er skrevet ind i afsnit 3";

async fn open_to_decided(backend: Backend) {
    let mut smtp = SmtpServer::down().await;
    let app = spawn_app_with(backend, Some(format!("smtp://127.0.0.1:{}", smtp.port))).await;
    let cookie = closed_with_responses(&app).await;
    let ids = published_ids(&app).await;
    let (held, changed, english) = (ids[0], ids[1], ids[2]);
    let mut row = response(&app, held).await.into_active_model();
    row.status = Set(ResponseStatus::Held);
    row.update(&app.db).await.unwrap();
    let mut row = response(&app, english).await.into_active_model();
    row.locale = Set("en".into());
    row.update(&app.db).await.unwrap();
    let (held_no, changed_no, english_no) = (
        svarnummer(&app, held).await,
        svarnummer(&app, changed).await,
        svarnummer(&app, english).await,
    );
    remark_everything(&app, &cookie).await;
    save_remark(
        &app,
        &cookie,
        json!({"target": "response", "id": held, "remark": HIDDEN, "gives_change": false}),
    )
    .await;
    save_remark(
        &app,
        &cookie,
        json!({"target": "response", "id": changed, "remark": SHOWN, "gives_change": true}),
    )
    .await;

    // Before publication nothing of it is public.
    assert_eq!(app.get_hearing(DEMO).await["outcome"], json!(null));
    assert_not_public(&app, SHOWN).await;
    assert_eq!(
        app.get(&paths::hearing_page(DEMO, "outcome"))
            .await
            .status(),
        404
    );

    let outcome = paths::admin_api(DEMO, "outcome");
    let saved = call(&app, Method::PUT, &outcome, Some(&cookie), Some(decision())).await;
    assert_eq!(saved.status(), 200);
    let view: serde_json::Value = saved.json().await.unwrap();
    assert_eq!(view["checklist"]["without_remark"], json!([]), "{view}");
    let expected = addresses(&app).await;
    assert_eq!(view["checklist"]["mails"], json!(expected.len()));
    assert!(
        view["mail"]["text"].as_str().unwrap().contains("/outcome"),
        "{view}"
    );
    let publish = paths::admin_api(DEMO, "outcome/publish");
    let body = json!({"parties_considered": true});
    let done = call_json(
        &app,
        Method::POST,
        &publish,
        Some(&cookie),
        Some(body.clone()),
    )
    .await;
    assert_eq!(done["mails"], json!(expected.len()), "{done}");
    assert!(
        done["letters"].as_u64().unwrap() > 0,
        "letters and meetings have no address: {done}"
    );
    let again = call(&app, Method::POST, &publish, Some(&cookie), Some(body)).await;
    assert_eq!(again.status(), 409, "published once");

    // The server is down: nothing goes; the process "dies"; a new one sends each once.
    assert_eq!(app.send_mail().await, expected.len(), "each tried once");
    let waiting = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::DedupeKey.like("outcome:%"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(waiting.len(), expected.len());
    assert!(
        waiting
            .iter()
            .all(|m| m.status == MailStatus::Pending && m.attempts == 1 && m.response_id.is_some())
    );
    assert!(smtp.messages().is_empty(), "nobody listened");
    smtp.listen().await;
    let restarted = sea_orm::Database::connect(app.database_url())
        .await
        .unwrap();
    let mailer = Mailer::smtp(
        &format!("smtp://127.0.0.1:{}", smtp.port),
        "Ordet <noreply@kk.dk>",
    )
    .unwrap();
    let later = Utc::now() + Duration::hours(2);
    let mut sent = 0;
    loop {
        let now_sent = send_due(&restarted, &mailer, &Instance::named("restarted"), later)
            .await
            .unwrap();
        if now_sent == 0 {
            break;
        }
        sent += now_sent;
    }
    assert_eq!(sent, expected.len());
    let messages = smtp.wait_for(expected.len()).await;
    assert_eq!(messages.len(), expected.len(), "exactly one message each");
    let mut told = BTreeSet::new();
    for raw in &messages {
        let (to, subject, text) = plain(raw);
        assert!(told.insert(to.to_lowercase()), "{to} told twice");
        assert!(
            text.contains(&format!("/hearings/{DEMO}/outcome")),
            "{text}"
        );
        assert!(!text.contains(HIDDEN) || text.contains(&held_no), "{text}");
        if text.contains(&changed_no) {
            assert!(
                text.contains(SHOWN) && text.contains("Gav anledning til ændring"),
                "{text}"
            );
        }
        if text.contains(&english_no) {
            assert!(
                subject.starts_with("The outcome of the hearing"),
                "{subject}"
            );
        }
    }
    assert_eq!(told, expected);

    // Decided, and public with the remarks — but nothing unpublished.
    let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hearing.status, app::vocab::HearingState::Decided);
    assert!(hearing.decided_at.is_some());
    let detail = app.get_hearing(DEMO).await;
    assert_eq!(
        detail["outcome"]["committee"],
        json!("Beskæftigelses- og Integrationsudvalget"),
        "{detail}"
    );
    let listed = listed_items(&app).await;
    let item = listed
        .iter()
        .find(|i| i["svarnummer"] == json!(changed_no))
        .expect("the changed response is listed");
    assert_eq!(
        (item["remark"].as_str(), &item["gives_change"]),
        (Some(SHOWN), &json!(true))
    );
    assert!(
        listed.iter().all(|i| !i["remark"].is_null()),
        "every published response answered"
    );
    let listed = serde_json::Value::from(listed);
    let (_, page) = app.get_page(&paths::hearing_page(DEMO, "outcome")).await;
    assert!(
        page.contains(SHOWN) && page.contains("Gav anledning til ændring"),
        "the outcome page"
    );
    let csv = app
        .get(&paths::hearing_api(DEMO, "export.csv"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        csv.lines().next().unwrap().ends_with("remark,gives_change"),
        "{csv}"
    );
    assert!(csv.contains(SHOWN));
    for public in [
        page,
        csv,
        listed.to_string(),
        app.get_json(&paths::hearing_api(DEMO, "outcome"))
            .await
            .to_string(),
    ] {
        assert!(
            !public.contains(HIDDEN),
            "an unpublished response's remark is public"
        );
        assert!(
            !public.contains(&held_no),
            "an unpublished response is public"
        );
    }
}

crate::outcome_on_both!(
    a_hearing_goes_from_open_to_decided_and_every_respondent_is_told_once,
    open_to_decided
);

/// The published responses' ids, in svarnummer order.
async fn published_ids(app: &TestApp) -> Vec<i32> {
    let mut rows = response::Entity::find()
        .filter(response::Column::Status.eq(ResponseStatus::Published))
        .all(&app.db)
        .await
        .unwrap();
    rows.sort_by_key(|r| r.seq);
    // Responses with an address, so the three the test follows each get a message.
    let mut ids = Vec::new();
    for r in rows {
        let who = respondent::Entity::find_by_id(r.respondent_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        if who.email.contains('@') {
            ids.push(r.id);
        }
    }
    ids
}

/// Every address of a counted response's respondent, lower case.
async fn addresses(app: &TestApp) -> BTreeSet<String> {
    let counted = response::Entity::find()
        .filter(response::Column::Status.is_in(ResponseStatus::COUNTED))
        .all(&app.db)
        .await
        .unwrap();
    let mut out = BTreeSet::new();
    for r in counted {
        let who = respondent::Entity::find_by_id(r.respondent_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        if who.email.contains('@') {
            out.insert(who.email.to_lowercase());
        }
    }
    out
}

async fn svarnummer(app: &TestApp, id: i32) -> String {
    response(app, id).await.svarnummer
}

/// Checks `words` appear nowhere public: the list, its API, the open data.
async fn assert_not_public(app: &TestApp, words: &str) {
    let listed = serde_json::Value::from(listed_items(app).await);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["remark"].is_null()),
        "{listed}"
    );
    let csv = app
        .get(&paths::hearing_api(DEMO, "export.csv"))
        .await
        .text()
        .await
        .unwrap();
    let (_, list_page) = app.get_page(&paths::hearing_page(DEMO, "responses")).await;
    for public in [listed.to_string(), csv, list_page] {
        assert!(!public.contains(words), "public before the outcome");
    }
}

/// Every item of the public list's API, page by page.
async fn listed_items(app: &TestApp) -> Vec<serde_json::Value> {
    let mut items = Vec::new();
    for page in 1.. {
        let answer = app
            .get_json(&format!("{}?page={page}", paths::responses(DEMO)))
            .await;
        let these = answer["items"].as_array().cloned().unwrap_or_default();
        let total = answer["total"].as_u64().unwrap_or_default() as usize;
        items.extend(these);
        if items.len() >= total || page > 10 {
            break;
        }
    }
    items
}

/// To, subject and the plain-text body of a single-part message.
fn plain(raw: &str) -> (String, String, String) {
    use mailparse::MailHeaderMap;
    let mail = mailparse::parse_mail(raw.as_bytes()).expect("a MIME message");
    let to = mail.headers.get_first_value("To").unwrap_or_default();
    let to = to
        .rsplit('<')
        .next()
        .unwrap_or_default()
        .trim_end_matches('>')
        .to_owned();
    let subject = mail.headers.get_first_value("Subject").unwrap_or_default();
    (to, subject, mail.get_body().unwrap())
}
