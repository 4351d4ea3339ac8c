//! Reading what the public and the respondents get: the list page by page, the open data,
//! a message's parts; and the responses and addresses a test follows.

use std::collections::BTreeSet;

use app::entities::{respondent, response};
use app::vocab::ResponseStatus;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{DEMO, TestApp, paths};

/// The published responses whose respondents have an address (so each response the test
/// follows gets a message), in svarnummer order: their ids.
pub async fn published_ids(app: &TestApp) -> Vec<i32> {
    let statuses = [ResponseStatus::Published];
    let mut rows = with_address(app, &statuses).await;
    rows.sort_by_key(|(r, _)| r.seq);
    rows.into_iter().map(|(r, _)| r.id).collect()
}

/// Every address of a counted response's respondent, lower case.
pub async fn addresses(app: &TestApp) -> BTreeSet<String> {
    let rows = with_address(app, &ResponseStatus::COUNTED).await;
    rows.into_iter()
        .map(|(_, email)| email.to_lowercase())
        .collect()
}

/// The responses in `statuses` whose respondent has an address, with the address.
async fn with_address(
    app: &TestApp,
    statuses: &[ResponseStatus],
) -> Vec<(response::Model, String)> {
    let rows = response::Entity::find()
        .filter(response::Column::Status.is_in(statuses.iter().copied()))
        .all(&app.db)
        .await
        .unwrap();
    let mut out = Vec::new();
    for r in rows {
        let who = respondent::Entity::find_by_id(r.respondent_id)
            .one(&app.db)
            .await
            .unwrap();
        let email = who.expect("a respondent").email;
        if email.contains('@') {
            out.push((r, email));
        }
    }
    out
}

/// Checks `words` appear nowhere public: the list, its API, the open data.
pub async fn assert_not_public(app: &TestApp, words: &str) {
    let listed = serde_json::Value::from(listed_items(app).await);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["remark"].is_null()),
        "{listed}"
    );
    let csv = open_data(app).await;
    let (_, list_page) = app.get_page(&paths::hearing_page(DEMO, "responses")).await;
    for public in [listed.to_string(), csv, list_page] {
        assert!(!public.contains(words), "public before the outcome");
    }
}

/// The open data as CSV.
pub async fn open_data(app: &TestApp) -> String {
    let csv = app.get(&paths::hearing_api(DEMO, "export.csv")).await;
    csv.text().await.unwrap()
}

/// Every item of the public list's API, page by page.
pub async fn listed_items(app: &TestApp) -> Vec<serde_json::Value> {
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
pub fn plain(raw: &str) -> (String, String, String) {
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
