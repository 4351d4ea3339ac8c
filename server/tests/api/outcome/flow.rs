//! Done when (issue 23): the demo hearing goes from open to decided; officials write remarks
//! and publish the outcome; every respondent with an address gets exactly one message through
//! a real SMTP server — the server down when the outcome is published, the messages sent after
//! a restart, none twice; the public page, the API, the list and the open data show the
//! remarks once published, and nothing unpublished.

use std::collections::BTreeSet;

use app::entities::mail_outbox;
use app::instance::Instance;
use app::mail::Mailer;
use app::mail::outbox::send_due;
use app::vocab::{MailStatus, ResponseStatus};
use chrono::{Duration, Utc};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use serde_json::json;

use super::reading::{addresses, assert_not_public, listed_items, open_data, plain, published_ids};
use super::{closed_with_responses, decision, remark_everything, response, save_remark};
use crate::helpers::{Backend, DEMO, TestApp, call, call_json, paths, spawn_app_with};
use crate::smtp::SmtpServer;

/// Words only an unpublished response's remark holds.
const HIDDEN: &str = "Fortroligt-notat-om-tilbageholdt-svar";
/// Words only the remark on one published response holds.
const SHOWN: &str = "Forslaget om sprogkurser er skrevet ind i afsnit 3";

/// The three responses the test follows, by svarnummer: one held back (not public) with a
/// remark of its own, one whose remark says it led to a change, one written in English.
struct Followed {
    held: String,
    changed: String,
    english: String,
}

async fn open_to_decided(backend: Backend) {
    let mut smtp = SmtpServer::down().await;
    let app = spawn_app_with(backend, Some(format!("smtp://127.0.0.1:{}", smtp.port))).await;
    let cookie = closed_with_responses(&app).await;
    let followed = answer_all(&app, &cookie).await;
    assert_nothing_public_yet(&app).await;
    let expected = publish(&app, &cookie).await;
    deliver_after_a_restart(&app, &mut smtp, expected.len()).await;
    let messages = smtp.wait_for(expected.len()).await;
    assert_each_told_once(&messages, &expected, &followed);
    assert_public_now(&app, &followed).await;
}

crate::on_both!(
    a_hearing_goes_from_open_to_decided_and_every_respondent_is_told_once,
    open_to_decided
);

/// Holds one response back, has another written in English, and writes every remark.
async fn answer_all(app: &TestApp, cookie: &str) -> Followed {
    let ids = published_ids(app).await;
    let (held, changed, english) = (ids[0], ids[1], ids[2]);
    let mut row = response(app, held).await.into_active_model();
    row.status = Set(ResponseStatus::Held);
    row.update(&app.db).await.unwrap();
    let mut row = response(app, english).await.into_active_model();
    row.locale = Set("en".into());
    row.update(&app.db).await.unwrap();
    remark_everything(app, cookie).await;
    for (id, remark, change) in [(held, HIDDEN, false), (changed, SHOWN, true)] {
        let body =
            json!({"target": "response", "id": id, "remark": remark, "gives_change": change});
        save_remark(app, cookie, body).await;
    }
    Followed {
        held: response(app, held).await.svarnummer,
        changed: response(app, changed).await.svarnummer,
        english: response(app, english).await.svarnummer,
    }
}

async fn assert_nothing_public_yet(app: &TestApp) {
    assert_eq!(app.get_hearing(DEMO).await["outcome"], json!(null));
    assert_not_public(app, SHOWN).await;
    let page = app.get(&paths::hearing_page(DEMO, "outcome")).await;
    assert_eq!(page.status(), 404);
}

/// Saves the decision and publishes, twice; the addresses that must be told.
async fn publish(app: &TestApp, cookie: &str) -> BTreeSet<String> {
    let outcome = paths::admin_api(DEMO, "outcome");
    let saved = call(app, Method::PUT, &outcome, Some(cookie), Some(decision())).await;
    assert_eq!(saved.status(), 200);
    let view: serde_json::Value = saved.json().await.unwrap();
    assert_eq!(view["checklist"]["without_remark"], json!([]), "{view}");
    let expected = addresses(app).await;
    assert!(expected.len() > 10, "{expected:?}");
    assert_eq!(view["checklist"]["mails"], json!(expected.len()));
    let preview = view["mail"]["text"].as_str().unwrap();
    assert!(preview.contains("/outcome"), "{view}");
    let publish = paths::admin_api(DEMO, "outcome/publish");
    let body = json!({"parties_considered": true});
    let done = call_json(
        app,
        Method::POST,
        &publish,
        Some(cookie),
        Some(body.clone()),
    )
    .await;
    assert_eq!(done["mails"], json!(expected.len()), "{done}");
    let letters = done["letters"].as_u64().unwrap();
    assert!(letters > 0, "letters and meetings have no address: {done}");
    let again = call(app, Method::POST, &publish, Some(cookie), Some(body)).await;
    assert_eq!(again.status(), 409, "published once");
    expected
}

/// The SMTP server is down while the app tries; the process "dies"; a new connection sends
/// each message once when the server listens.
async fn deliver_after_a_restart(app: &TestApp, smtp: &mut SmtpServer, expected: usize) {
    assert_eq!(app.send_mail().await, expected, "each tried once");
    let waiting = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::DedupeKey.like("outcome:%"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(waiting.len(), expected);
    let tried = |m: &mail_outbox::Model| {
        m.status == MailStatus::Pending && m.attempts == 1 && m.response_id.is_some()
    };
    assert!(waiting.iter().all(tried));
    assert!(smtp.messages().is_empty(), "nobody listened");
    smtp.listen().await;
    let restarted = sea_orm::Database::connect(app.database_url())
        .await
        .unwrap();
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let mailer = Mailer::smtp(&url, "Ordet <noreply@kk.dk>").unwrap();
    let (later, holder) = (
        Utc::now() + Duration::hours(2),
        Instance::named("restarted"),
    );
    let mut sent = 0;
    loop {
        let now_sent = send_due(&restarted, &mailer, &holder, later).await.unwrap();
        if now_sent == 0 {
            break;
        }
        sent += now_sent;
    }
    assert_eq!(sent, expected);
}

fn assert_each_told_once(messages: &[String], expected: &BTreeSet<String>, followed: &Followed) {
    assert_eq!(messages.len(), expected.len(), "exactly one message each");
    let mut told = BTreeSet::new();
    for raw in messages {
        let (to, subject, text) = plain(raw);
        assert!(told.insert(to.to_lowercase()), "{to} told twice");
        assert!(
            text.contains(&format!("/hearings/{DEMO}/outcome")),
            "{text}"
        );
        assert!(
            !text.contains(HIDDEN) || text.contains(&followed.held),
            "{text}"
        );
        if text.contains(&followed.changed) {
            let said = text.contains(SHOWN) && text.contains("Gav anledning til ændring");
            assert!(said, "{text}");
        }
        if text.contains(&followed.english) {
            assert!(
                subject.starts_with("The outcome of the hearing"),
                "{subject}"
            );
        }
    }
    assert_eq!(&told, expected);
}

/// Decided, and public with the remarks — but nothing unpublished.
async fn assert_public_now(app: &TestApp, followed: &Followed) {
    let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hearing.status, app::vocab::HearingState::Decided);
    assert!(hearing.decided_at.is_some());
    let detail = app.get_hearing(DEMO).await;
    let committee = json!("Beskæftigelses- og Integrationsudvalget");
    assert_eq!(detail["outcome"]["committee"], committee, "{detail}");
    let listed = listed_items(app).await;
    let item = listed
        .iter()
        .find(|i| i["svarnummer"] == json!(followed.changed));
    let item = item.expect("the changed response is listed");
    let shown = (item["remark"].as_str(), &item["gives_change"]);
    assert_eq!(shown, (Some(SHOWN), &json!(true)));
    let answered = listed.iter().all(|i| !i["remark"].is_null());
    assert!(answered, "every published response answered");
    let (_, page) = app.get_page(&paths::hearing_page(DEMO, "outcome")).await;
    let flagged = page.contains(SHOWN) && page.contains("Gav anledning til ændring");
    assert!(flagged, "the outcome page");
    let csv = open_data(app).await;
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with("remark,gives_change"), "{header}");
    assert!(csv.contains(SHOWN));
    let outcome = app.get_json(&paths::hearing_api(DEMO, "outcome")).await;
    assert_every_entry_answered(&outcome["notat"]);
    for public in [
        page,
        csv,
        serde_json::Value::from(listed).to_string(),
        outcome.to_string(),
    ] {
        assert!(
            !public.contains(HIDDEN),
            "an unpublished response's remark is public"
        );
        assert!(
            !public.contains(&followed.held),
            "an unpublished response is public"
        );
    }
}

/// Every response in the public høringsnotat shows a remark: its own, or its theme group's.
fn assert_every_entry_answered(notat: &serde_json::Value) {
    let written = |r: &serde_json::Value| !r["text"].as_str().unwrap_or("").is_empty();
    let mut seen = 0;
    for part in ["general", "textual"] {
        for group in notat[part].as_array().unwrap() {
            for entry in group["entries"].as_array().unwrap() {
                seen += 1;
                let answered = written(&entry["remark"]) || written(&group["remark"]);
                assert!(answered, "{} shows no remark: {group}", entry["svarnummer"]);
            }
        }
    }
    assert!(seen > 0, "{notat}");
}
