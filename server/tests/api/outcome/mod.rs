//! The outcome of a hearing (issue 23): the demo hearing from open to decided with every
//! respondent told once through a real SMTP server across a restart (flow.rs), and the
//! officials' rules — checks at their fields, who may, the forms without JavaScript
//! (rules.rs).

mod flow;
mod reading;
mod rules;

use std::collections::HashSet;

use app::auth::Role;
use app::entities::theme_member;
use chrono::{Duration, Utc};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
use serde_json::{Value, json};

use crate::helpers::{DEMO, TestApp, call, call_json, paths};

/// The demo hearing with 30 synthetic responses and its høringsliste, taken by its officials
/// from open to processing: the deadline passed, themes computed. Returns the officials'
/// session cookie.
pub async fn closed_with_responses(app: &TestApp) -> String {
    app.open_demo_hearing().await;
    server::demo_responses::add(&app.db, 30, 5, Utc::now() - Duration::hours(1))
        .await
        .unwrap();
    server::demo_parties::load(&app.db).await.unwrap();
    app.index_caught_up().await;
    let hearing_id = app.demo_hearing_id().await;
    let cookie = app
        .sign_in("sagsbehandler@kk.dk", Role::Official, Some(hearing_id))
        .await;
    let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
        .await
        .unwrap()
        .unwrap();
    let mut closed = hearing.into_active_model();
    closed.closes_at = Set(Utc::now() - Duration::minutes(5));
    closed.update(&app.db).await.unwrap();
    let status = json!({"status": "processing"});
    let moved = call(
        app,
        Method::POST,
        &paths::admin_api(DEMO, "status"),
        Some(&cookie),
        Some(status),
    )
    .await;
    assert_eq!(moved.status(), 200, "{}", moved.text().await.unwrap());
    let refresh = paths::admin_api(DEMO, "themes/refresh");
    let refreshed = call(app, Method::POST, &refresh, Some(&cookie), None).await;
    assert_eq!(refreshed.status(), 200);
    cookie
}

/// Writes a remark on every theme and on every response outside one: a response in a theme,
/// under a draft section or not, is answered through its theme alone.
pub async fn remark_everything(app: &TestApp, cookie: &str) {
    let hearing_id = app.demo_hearing_id().await;
    let themes = app::themes::store::live_themes(&app.db, hearing_id)
        .await
        .unwrap();
    let members: HashSet<i32> = theme_member::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| themes.iter().any(|t| t.id == m.theme_id))
        .map(|m| m.response_id)
        .collect();
    for theme in &themes {
        let remark = format!("Temaet er taget til efterretning ({}).", theme.id);
        let body =
            json!({"target": "theme", "id": theme.id, "remark": remark, "gives_change": false});
        save_remark(app, cookie, body).await;
    }
    let hvidbog = paths::admin_api(DEMO, "hvidbog");
    let hvidbog = call_json(app, Method::GET, &hvidbog, Some(cookie), None).await;
    let groups = ["general", "textual"]
        .iter()
        .flat_map(|part| hvidbog[part].as_array().cloned().unwrap_or_default());
    for entry in groups.flat_map(|g| g["entries"].as_array().cloned().unwrap_or_default()) {
        let id = entry["response_id"].as_i64().unwrap() as i32;
        if !members.contains(&id) {
            let body = json!({"target": "response", "id": id, "remark": format!("Svaret er læst ({id})."), "gives_change": null});
            save_remark(app, cookie, body).await;
        }
    }
}

/// Saves one remark through the API.
pub async fn save_remark(app: &TestApp, cookie: &str, body: Value) {
    let path = paths::admin_api(DEMO, "hvidbog/remarks");
    let saved = call(app, Method::PUT, &path, Some(cookie), Some(body)).await;
    assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap());
}

/// A decision that passes the checks (decided today, on the hearing's calendar).
pub fn decision() -> Value {
    json!({
        "decided_on": server::demo::today().to_string(),
        "committee": "Beskæftigelses- og Integrationsudvalget",
        "minutes_url": "https://www.kk.dk/politik/referat-biu",
        "decision": "Udvalget vedtog integrationspolitikken med de ændringer, høringen gav anledning til."
    })
}

/// A response's row.
pub async fn response(app: &TestApp, id: i32) -> app::entities::response::Model {
    app::entities::response::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}
