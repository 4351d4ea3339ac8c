//! Themes through the API: topics found, campaigns as one voice, officials' edits surviving
//! re-clustering, the public view of published responses only, empty hearings.

mod edits;
mod found;
mod languages;
mod pages;

use std::collections::HashMap;

use app::auth::Role;
use reqwest::Method;
use sea_orm::EntityTrait;
use serde_json::Value;

use crate::helpers::{DEMO, TestApp, call, paths};
pub(super) use crate::inbox::{letter, resident};

/// Six subjects of the integration policy, each with its own words.
pub(super) const TOPICS: [[&str; 8]; 6] = [
    [
        "beskæftigelse",
        "jobcenter",
        "praktikplads",
        "arbejdsgivere",
        "ledighed",
        "virksomhedspraktik",
        "løntilskud",
        "jobsøgning",
    ],
    [
        "tosprogede",
        "elever",
        "skolen",
        "modersmålsundervisning",
        "lærerne",
        "folkeskolen",
        "lektiehjælp",
        "klasserne",
    ],
    [
        "boligområder",
        "udsatte",
        "beboerne",
        "boligselskaberne",
        "ghettoen",
        "renovering",
        "opgangene",
        "boligsociale",
    ],
    [
        "diskrimination",
        "racisme",
        "forskelsbehandling",
        "chikane",
        "ligebehandling",
        "fordomme",
        "nattelivet",
        "dørmænd",
    ],
    [
        "foreninger",
        "frivillige",
        "idrætsforeningen",
        "civilsamfundet",
        "fællesskaber",
        "foreningslivet",
        "kontingent",
        "ildsjæle",
    ],
    [
        "økonomien",
        "budgettet",
        "millioner",
        "besparelser",
        "investering",
        "udgifterne",
        "finansieringen",
        "bevillingen",
    ],
];

const FILLER: [&str; 12] = [
    "Jeg synes",
    "det er vigtigt at",
    "kommunen bør",
    "vi har oplevet at",
    "i vores kvarter",
    "der mangler",
    "meget mere",
    "i politikken",
    "for alle",
    "efter min mening",
    "det handler om",
    "og derfor",
];

/// A response on topic `topic`, the `n`th of its kind: topic words and common filler, varied
/// deterministically.
pub(super) fn on_topic(topic: usize, n: usize) -> String {
    let words = &TOPICS[topic];
    let mut text = Vec::new();
    for i in 0..7 {
        let seed = n * 31 + i * 17 + topic * 7;
        text.push(FILLER[seed % FILLER.len()].to_owned());
        text.push(words[(seed / 3 + i) % words.len()].to_owned());
        text.push(words[(seed * 5 + 3 * i + 1) % words.len()].to_owned());
    }
    format!("{}.", text.join(" "))
}

/// An official allowed to moderate; their session cookie.
pub(super) async fn official(app: &TestApp) -> String {
    app.sign_in("tema@kk.dk", Role::Official, None).await
}

/// Registers published responses with these texts (each from a resident); their ids.
pub(super) async fn published(app: &TestApp, texts: &[String]) -> Vec<i64> {
    let mut ids = Vec::new();
    for text in texts {
        ids.push(letter(app, resident(text), "letter").await.0);
    }
    ids
}

/// Waits for the index, then computes the themes now; the officials' view.
pub(super) async fn refreshed(app: &TestApp, cookie: &str) -> Value {
    app.index_caught_up().await;
    let path = paths::admin_api(DEMO, "themes/refresh");
    let response = call(app, Method::POST, &path, Some(cookie), None).await;
    assert_eq!(response.status(), 200, "refresh");
    response.json().await.unwrap()
}

/// Each response's theme as stored.
pub(super) async fn theme_of(app: &TestApp) -> HashMap<i64, i32> {
    app::entities::theme_member::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (i64::from(m.response_id), m.theme_id))
        .collect()
}

/// A POST as an official; the status and the JSON answer.
pub(super) async fn post(
    app: &TestApp,
    cookie: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let response = call(app, Method::POST, path, Some(cookie), body).await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}
