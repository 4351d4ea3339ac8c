//! Issue 24: responses that came by e-mail, by letter or at a meeting, registered by the
//! officials of the hearing in the browser and through the API, and e-mails taken straight
//! from the mailbox with `ordet ingest-mail`.

mod api;
mod mail;
mod page;
mod sender;

use crate::helpers::TestApp;

/// The letter's fields as the page's form posts them.
pub const LETTER: &[(&str, &str)] = &[
    ("channel", "letter"),
    ("kind", "association"),
    ("name", "Amina Hassan"),
    ("organisation", "Foreningen Nydanske Kvinder"),
    ("contact_role", "Formand"),
    ("received_on", "2010-11-15"),
    ("stance", "support"),
    (
        "text",
        "Foreningen støtter sprogcaféerne og beder om, at de også holder åbent om aftenen.",
    ),
];

/// The letter's registration as the API takes it (JSON).
pub fn letter_json() -> serde_json::Value {
    serde_json::json!({
        "channel": "letter",
        "kind": "association",
        "name": "Amina Hassan",
        "organisation": "Foreningen Nydanske Kvinder",
        "received_on": "2010-11-15",
        "text": "Foreningen støtter sprogcaféerne og beder om, at de også holder åbent om aftenen.",
    })
}

/// Signs in an official of the demo hearing; the session cookie.
pub async fn official(app: &TestApp) -> String {
    let id = app.demo_hearing_id().await;
    app.sign_in("sagsbehandler@kk.dk", app::auth::Role::Official, Some(id))
        .await
}

/// The audit entry of response `id`'s registration: (actor id, action, `after` JSON).
pub async fn registration_entry(app: &TestApp, id: i32) -> (Option<i32>, serde_json::Value) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let entry = app::entities::audit_log::Entity::find()
        .filter(app::entities::audit_log::Column::Entity.eq("response"))
        .filter(app::entities::audit_log::Column::EntityId.eq(id))
        .filter(app::entities::audit_log::Column::Action.eq("response.register"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the registration is audited");
    let after = serde_json::from_str(&entry.after_json.unwrap()).unwrap();
    (entry.actor_id, after)
}

/// Response `id`'s row.
pub async fn response_row(app: &TestApp, id: i32) -> app::entities::response::Model {
    use sea_orm::EntityTrait;
    app::entities::response::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the response")
}
