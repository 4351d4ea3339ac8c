//! Nothing the public may not read leaks through derived text: held, rejected, withdrawn and
//! unconfirmed responses' words and a redacted passage never appear in the public themes
//! (API and hearing page), the public responses (list, API, search), the open data, the
//! committee's digest or the hvidbog — while officials still read them where they should.
//!
//! One scene serves every test: responses on two topics and a campaign, published; then some
//! of them are held (the campaign's representative among them), one redacted, some rejected,
//! one withdrawn through its private link, and one never confirmed. Themes are computed while
//! they are all still published, so the public's theme words were first made with the words
//! that must then disappear.

mod digest;
mod lists;
mod officials;
mod themes;
mod upgrade;

use app::auth::Role;
use app::entities::response;
use reqwest::Method;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{DEMO, TestApp, call, paths};
use crate::inbox::{association, letter, moderate, resident};
use crate::manage::post_form;
use crate::themes::on_topic;

/// The words of responses held back (the officials' moderation).
pub(super) const HELD: &str = "gulerodsbedet";
/// The words of the redacted passage.
pub(super) const REDACTED: &str = "nabotelefonen";
/// The words of rejected responses.
pub(super) const REJECTED: &str = "skraldespanden";
/// The words of the response its author withdrew.
pub(super) const WITHDRAWN: &str = "vejrhanerne";
/// The words of the response never confirmed.
pub(super) const UNCONFIRMED: &str = "paraplyfabrikken";

/// What must never reach the public, as stems (a label may show a stem).
pub(super) const SECRETS: [&str; 5] = [
    "gulerodsbed",
    "nabotelefon",
    "skraldespand",
    "vejrhan",
    "paraplyfabrik",
];

/// Panics when `text` (any casing) holds a secret.
pub(super) fn assert_no_secret(what: &str, text: &str) {
    assert_no_secret_but(what, text, "");
}

/// Panics when `text` holds a secret other than `asked`, the word a search page echoes.
pub(super) fn assert_no_secret_but(what: &str, text: &str, asked: &str) {
    let lower = text.to_lowercase();
    for secret in SECRETS.iter().filter(|s| !asked.starts_with(**s)) {
        assert!(!lower.contains(secret), "{what} holds {secret}: {text}");
    }
}

/// What the scene made.
pub(super) struct Scene {
    /// An official's session.
    pub cookie: String,
    /// The held responses' svarnumre (the campaign's representative last).
    pub held: Vec<String>,
    /// The public themes as they were before anything was held: made with the held words.
    pub public_before: Value,
}

fn token(eml: &str, marker: &str) -> String {
    let start = eml.find(marker).expect("a link") + marker.len();
    eml[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

fn repeated(word: &str, times: usize) -> String {
    vec![word; times].join(" ")
}

/// Submits on the web form's API; the verification token (`n`: the mail's number).
async fn submit(app: &TestApp, text: &str, n: usize) -> String {
    let body = json!({"kind": "resident", "name": "Webbe Borger", "email": "webbe@example.dk",
        "text": text, "publish_name": true});
    assert_eq!(app.submit_response(&body).await.status(), 202);
    token(&app.eml(n).await, "/verify/")
}

/// Registers published responses; their ids.
async fn registered(app: &TestApp, texts: impl IntoIterator<Item = String>) -> Vec<i64> {
    let mut ids = Vec::new();
    for text in texts {
        ids.push(letter(app, resident(&text), "letter").await.0);
    }
    ids
}

async fn decide(app: &TestApp, cookie: &str, id: i64, decision: Value) {
    let response = moderate(app, cookie, id, decision).await;
    assert_eq!(response.status(), 200, "{id}");
}

async fn themes_now(app: &TestApp, cookie: &str) -> Value {
    app.index_caught_up().await;
    let path = paths::admin_api(DEMO, "themes/refresh");
    let response = call(app, Method::POST, &path, Some(cookie), None).await;
    assert_eq!(response.status(), 200, "refresh");
    response.json().await.unwrap()
}

async fn id_of(app: &TestApp, svarnummer: &str) -> i64 {
    response::Entity::find()
        .filter(response::Column::Svarnummer.eq(svarnummer))
        .one(&app.db)
        .await
        .unwrap()
        .map(|r| i64::from(r.id))
        .expect("a response")
}

/// Builds the scene (see the module's notes).
pub(super) async fn scene(app: &TestApp) -> Scene {
    app.open_demo_hearing().await;
    let withdrawn = format!("{} {}.", on_topic(1, 90), repeated(WITHDRAWN, 6));
    let verify = submit(app, &withdrawn, 1).await;
    assert_eq!(app.confirm(&verify).await.status(), 200);
    let manage = format!(
        "/responses/manage/{}",
        token(&app.eml(2).await, "/responses/manage/")
    );
    let unconfirmed = format!("{} {}.", on_topic(0, 91), repeated(UNCONFIRMED, 6));
    submit(app, &unconfirmed, 3).await;

    registered(app, (0..12).map(|n| on_topic(0, n))).await;
    registered(app, (0..12).map(|n| on_topic(1, n))).await;
    let held = registered(
        app,
        (20..24).map(|n| format!("{} {}.", on_topic(0, n), repeated(HELD, 10))),
    )
    .await;
    let passage = format!("Ring til {REDACTED} på {REDACTED}.");
    let redacted = registered(app, [format!("{} {passage}", on_topic(1, 30))]).await;
    let rejected = registered(
        app,
        (40..42).map(|n| format!("{} {}.", on_topic(1, n), repeated(REJECTED, 8))),
    )
    .await;
    let template = "Vi i Forældrenetværket kræver at kommunen bevarer modersmålsundervisningen \
        for tosprogede elever i folkeskolen og styrker lektiehjælpen i klasserne.";
    for n in 0..6 {
        let text = format!("{template} Med venlig hilsen forælder nummer {n}.");
        letter(app, association(&format!("Forældre {n}"), &text), "letter").await;
    }

    let cookie = app.sign_in("offentlig@kk.dk", Role::Official, None).await;
    let officials = themes_now(app, &cookie).await;
    let public_before = app.public_themes().await;
    let representative = officials["campaigns"][0]["representative"]
        .as_str()
        .expect("a campaign")
        .to_owned();

    let hold = json!({"action": "hold", "reason": "Personoplysninger"});
    let mut held_numbers = Vec::new();
    for id in held
        .iter()
        .copied()
        .chain([id_of(app, &representative).await])
    {
        decide(app, &cookie, id, hold.clone()).await;
        held_numbers.push(svarnummer(app, id).await);
    }
    let redact = json!({"action": "redact", "passage": passage, "reason": "Telefonnummer"});
    decide(app, &cookie, redacted[0], redact).await;
    for id in rejected {
        decide(
            app,
            &cookie,
            id,
            json!({"action": "reject", "reason": "Uden for høringen"}),
        )
        .await;
    }
    let withdraw = [("action", "withdraw"), ("confirm", "true")];
    assert_eq!(post_form(app, &manage, &withdraw).await.status(), 303);
    app.index_caught_up().await;
    Scene {
        cookie,
        held: held_numbers,
        public_before,
    }
}

async fn svarnummer(app: &TestApp, id: i64) -> String {
    response::Entity::find_by_id(id as i32)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a response")
        .svarnummer
}

/// The public search of `q` on the API: its JSON.
pub(super) async fn public_search(app: &TestApp, q: &str) -> Value {
    app.public_responses(&format!("?q={q}&per_page=100")).await
}
