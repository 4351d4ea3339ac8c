//! Logs carry ids, never e-mail addresses, names or response text: everything logged at every
//! level (TRACE and up, every crate) while a whole flow runs is read back and searched.

use app::auth::Role;
use app::auth::accounts::{NewAccount, create};
use app::entities::response;
use reqwest::Method;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::db_test;
use crate::helpers::{TestApp, call, logs};
use crate::manage::post_form;

/// Strings no other test uses: whatever of them a log line holds came from this flow.
const NAME: &str = "Zelmira Quenbyfoss";
const EMAIL: &str = "zelmira.quenbyfoss@example.dk";
const WORD: &str = "Xylofonkvartetten";
const CHANGED: &str = "Ynglepladsharmonika";
const OFFICIAL_EMAIL: &str = "ulrikke.vangsgaard@kk.example.dk";
const OFFICIAL_NAME: &str = "Ulrikke Vangsgaard";

/// The first link in a mail after `marker`, up to white space.
fn link(eml: &str, marker: &str) -> String {
    let start = eml.find(marker).expect("a link") + marker.len();
    let tail: String = eml[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    format!("{marker}{tail}")
}

/// Waits for the mail that holds `marker` (mails are .eml files, in the order written).
async fn mail_with(app: &TestApp, marker: &str) -> String {
    for n in 1..=20 {
        let eml = app.eml(n).await;
        if eml.contains(marker) {
            return eml;
        }
    }
    panic!("no mail with {marker}");
}

/// A respondent submits, confirms, changes the response through the private link.
async fn respondent(app: &TestApp) {
    app.open_demo_hearing().await;
    let refused =
        json!({"kind": "resident", "name": NAME, "email": "zelmira.quenbyfoss@", "text": ""});
    assert_eq!(app.submit_response(&refused).await.status(), 422);
    let text = format!("Jeg hedder {NAME} og skriver om {WORD}. Skriv til {EMAIL}.");
    let body = json!({"kind": "resident", "name": NAME, "email": EMAIL, "text": text,
        "publish_name": true});
    assert_eq!(app.submit_response(&body).await.status(), 202);
    let verify = link(&mail_with(app, "/verify/").await, "/verify/");
    assert_eq!(app.get_page(&verify).await.0, 200);
    assert_eq!(app.confirm(&verify).await.status(), 200);
    let manage = link(
        &mail_with(app, "/responses/manage/").await,
        "/responses/manage/",
    );
    assert_eq!(app.get_page(&manage).await.0, 200);
    let changed = format!("{NAME} ændrer svaret: {CHANGED}.");
    let fields = [
        ("action", "update"),
        ("stance", "oppose"),
        ("text", &changed),
    ];
    assert_eq!(post_form(app, &manage, &fields).await.status(), 303);
}

/// An official signs in by an e-mail link; the session cookie.
async fn official(app: &TestApp) -> String {
    let account = NewAccount {
        email: OFFICIAL_EMAIL.into(),
        name: OFFICIAL_NAME.into(),
        password: None,
        role: Role::Official,
        hearing_id: None,
    };
    create(&app.db, account, chrono::Utc::now()).await.unwrap();
    let ask = json!({"email": OFFICIAL_EMAIL});
    let asked = call(
        app,
        Method::POST,
        "/api/v1/auth/login-link",
        None,
        Some(ask),
    )
    .await;
    assert_eq!(asked.status(), 202);
    let path = link(&mail_with(app, "/admin/login/").await, "/admin/login/");
    assert_eq!(app.get_page(&path).await.0, 200);
    let signed_in = app
        .client
        .post(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 303);
    let cookie = signed_in.headers()["set-cookie"].to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

db_test!(nothing_personal_is_logged_while_a_whole_flow_runs, |app| {
    let recording = logs::record();
    respondent(&app).await;
    let cookie = official(&app).await;
    let inbox = app.admin_page(&cookie, "responses").await;
    assert_eq!(inbox.status(), 200);
    let row = response::Entity::find()
        .filter(response::Column::Body.contains(CHANGED))
        .filter(response::Column::Status.eq("published"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let path = format!("/api/v1/admin/responses/{}/moderation", row.id);
    let reject = json!({"action": "reject", "reason": "Uden for høringens emne"});
    let rejected = call(&app, Method::POST, &path, Some(&cookie), Some(reject)).await;
    assert_eq!(rejected.status(), 200);
    app.index_caught_up().await;
    app.send_mail().await;
    assert_eq!(app.count("mail_outbox WHERE status <> 'sent'").await, 0);
    assert!(
        app.count("mail_outbox").await >= 4,
        "verify, receipt, sign-in, rejection"
    );

    let logged = recording.text();
    drop(recording);
    assert!(
        logged.contains(" TRACE ") && logged.contains(" DEBUG ") && logged.contains(" INFO "),
        "every level is recorded"
    );
    assert!(
        logged.contains("index outbox rows applied"),
        "the application's own DEBUG lines are recorded"
    );
    let lower = logged.to_lowercase();
    for secret in [
        NAME,
        "Quenbyfoss",
        EMAIL,
        "zelmira.quenbyfoss",
        WORD,
        CHANGED,
        OFFICIAL_EMAIL,
        "ulrikke.vangsgaard",
        OFFICIAL_NAME,
        "Vangsgaard",
    ] {
        if let Some(at) = lower.find(&secret.to_lowercase()) {
            let from = lower[..at].rfind('\n').map_or(0, |n| n + 1);
            let to = lower[at..].find('\n').map_or(lower.len(), |n| at + n);
            panic!("{secret} was logged: {}", &logged[from..to]);
        }
    }
});
