//! Personal data over its life: what was never confirmed is purged after its link expired,
//! spent tokens, ended sessions and old mail go, a decided hearing's personal data is erased
//! when its retention runs out (the record stays), officials mark files as part of the case
//! file, and `ordet retention --dry-run` counts without changing anything.

mod case_file;
mod cli;
mod erase;
mod hearing;
mod migration;
mod purge;
mod settings;
mod words;

use std::sync::Arc;

use app::attachment::Limits;
use app::blob::Storage;
use app::clock::{Clock, ManualClock};
use app::retention::purge::Purge;
use chrono::{SubsecRound, Utc};
use serde_json::{Value, json};

use crate::attachments::{Files, post_files, verify_token};
use crate::helpers::{Backend, DEMO, TestApp, paths, spawn_app_at};

/// Writes each scenario twice, on SQLite and on PostgreSQL, with the app on a manual clock
/// that starts now (whole seconds: PostgreSQL keeps microseconds).
macro_rules! clock_test {
    ($name:ident, |$app:ident, $clock:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run(
                $app: $crate::helpers::TestApp,
                $clock: std::sync::Arc<app::clock::ManualClock>,
            ) $body

            #[tokio::test]
            async fn on_sqlite() {
                let (app, clock) = super::spawn($crate::helpers::Backend::Sqlite).await;
                run(app, clock).await;
            }

            #[tokio::test]
            async fn on_postgres() {
                let (app, clock) = super::spawn($crate::helpers::Backend::Postgres).await;
                run(app, clock).await;
            }
        }
    };
}
pub(crate) use clock_test;

/// The app on a manual clock showing now, with the demo hearing open.
pub(crate) async fn spawn(backend: Backend) -> (TestApp, Arc<ManualClock>) {
    let clock = ManualClock::at(Utc::now().trunc_subsecs(0));
    let app = spawn_app_at(backend, None, |_| {}, clock.clone()).await;
    app.open_demo_hearing().await;
    (app, clock)
}

/// A resident's response.
pub(crate) fn resident(name: &str, email: &str, text: &str, publish_name: bool) -> Value {
    json!({
        "kind": "resident", "name": name, "email": email, "postal_code": "2500",
        "text": text, "publish_name": publish_name
    })
}

/// Sends `body` with `files`; the new response's id.
pub(crate) async fn submit(app: &TestApp, body: &Value, files: Files) -> i32 {
    let response = post_files(app, body, files).await;
    assert_eq!(response.status(), 202);
    let answer: Value = response.json().await.unwrap();
    answer["id"].as_i64().unwrap() as i32
}

/// Confirms the response whose verification mail is `.eml` number `n`; its receipt is then
/// number `n + 1`.
pub(crate) async fn confirm_mail(app: &TestApp, n: usize) {
    let token = verify_token(&app.eml(n).await);
    assert_eq!(app.confirm(&token).await.status(), 200);
    app.eml(n + 1).await;
}

/// The app's attachment store (its data directory's folder).
pub(crate) fn storage(app: &TestApp) -> Storage {
    Storage::new(app.data_dir.path(), Limits::default()).expect("the attachment store")
}

/// The purge as the app runs it.
pub(crate) fn purge(app: &TestApp) -> Purge {
    Purge {
        storage: storage(app),
        session_idle: chrono::Duration::minutes(30),
    }
}

/// Whether the store holds a file with `content`.
pub(crate) fn stored(app: &TestApp, content: &[u8]) -> bool {
    use sha2::{Digest, Sha256};
    let sha = hex::encode(Sha256::digest(content));
    app.stored_files().iter().any(|p| p.ends_with(&sha))
}

/// Every audit entry with `action`, as (entity id, before, after) JSON text.
pub(crate) async fn audit(app: &TestApp, action: &str) -> Vec<(i32, String, String)> {
    use app::entities::audit_log;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| {
            let text = |j: Option<String>| j.unwrap_or_default();
            (e.entity_id, text(e.before_json), text(e.after_json))
        })
        .collect()
}
