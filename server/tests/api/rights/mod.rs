//! A resident's rights over their data: the one-time link and the grant it opens, the page and
//! the download holding exactly their data, withdrawal and erasure requests, and the officials
//! who carry erasure out.

mod actions;
mod export;
mod link;
mod officials;

use app::clock::ManualClock;
use chrono::{Duration, SubsecRound, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::helpers::{Backend, TestApp, form, spawn_app_at};

pub(crate) use crate::helpers::DEMO;
pub(crate) const OTHER: &str = "lokalplan-valby";

/// The app on a manual clock showing now (whole seconds), with the demo hearing and a second
/// hearing open for a month.
pub(crate) async fn app_on_clock(backend: Backend) -> (TestApp, std::sync::Arc<ManualClock>) {
    let clock = ManualClock::at(Utc::now().trunc_subsecs(0));
    let app = spawn_app_at(backend, None, |_| {}, clock.clone()).await;
    app.open_demo_hearing().await;
    app.other_hearing().await;
    // The hearings open at the system's now, which has passed the clock's start meanwhile.
    clock.set(Utc::now().trunc_subsecs(0) + Duration::seconds(1));
    (app, clock)
}

/// The newest mail queued to `to` whose body holds `marker`, and the hex token after it.
pub(crate) async fn token_in_mail(app: &TestApp, to: &str, marker: &str) -> String {
    let newest = || async {
        app::entities::mail_outbox::Entity::find()
            .filter(sea_orm::ColumnTrait::eq(
                &app::entities::mail_outbox::Column::ToAddr,
                to,
            ))
            .order_by_desc(app::entities::mail_outbox::Column::Id)
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.body_text)
            .find(|b| b.contains(marker))
    };
    let what = format!("a mail to {to} with {marker}");
    crate::helpers::until(&what, || async { newest().await.is_some() }).await;
    let body = newest().await.expect("the mail waited for");
    let start = body.find(marker).unwrap() + marker.len();
    body[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

/// Sends a response to hearing `slug` as `name` <`email`> and confirms it; the private
/// link's token from the receipt.
pub(crate) async fn respond(
    app: &TestApp,
    slug: &str,
    (name, email): (&str, &str),
    text: &str,
) -> String {
    let body = json!({
        "kind": "resident", "name": name, "email": email, "postal_code": "2500",
        "text": text, "publish_name": true
    });
    let answer = app.submit_response_to(slug, &body).await;
    assert_eq!(answer.status(), 202, "{}", answer.text().await.unwrap());
    let verify = token_in_mail(app, email, "/verify/").await;
    assert_eq!(app.confirm(&verify).await.status(), 200);
    token_in_mail(app, email, "/responses/manage/").await
}

/// Asks for a link to `email`'s data and opens it: the grant cookie (`name=value`).
pub(crate) async fn open_data(app: &TestApp, email: &str) -> String {
    let asked = form(
        app,
        "/my-data",
        None,
        &[("intent", "link"), ("email", email)],
    )
    .await;
    assert_eq!(asked.status(), 303);
    let token = token_in_mail(app, email, "/my-data/open/").await;
    let opened = form(app, &format!("/my-data/open/{token}"), None, &[]).await;
    assert_eq!(opened.status(), 303);
    cookie_of(&opened)
}

/// The cookie a response sets (`name=value`), checked for its flags.
pub(crate) fn cookie_of(response: &reqwest::Response) -> String {
    let set = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(set.contains("HttpOnly"), "{set}");
    assert!(set.contains("SameSite=Strict"), "{set}");
    assert!(set.starts_with("ordet_my_data="), "{set}");
    set.split(';').next().unwrap().to_owned()
}

/// The id of the response numbered `svarnummer`… or rather, of `email`'s response to `slug`.
pub(crate) async fn response_id(app: &TestApp, slug: &str, email: &str) -> i32 {
    let sql = format!(
        "SELECT r.id FROM response r JOIN respondent p ON p.id = r.respondent_id \
         JOIN hearing h ON h.id = r.hearing_id WHERE h.slug = '{slug}' AND LOWER(p.email) = '{}'",
        email.to_lowercase()
    );
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            sql,
        ))
        .await
        .unwrap()
        .expect("a response");
    row.try_get_by_index::<i32>(0).unwrap()
}

/// Moves the clock past both hearings' deadlines.
pub(crate) fn past_deadlines(clock: &ManualClock) {
    clock.advance(Duration::days(31));
}
