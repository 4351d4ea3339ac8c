//! The index outbox: every change to a response queues it for the search index in the
//! change's own transaction, and a change that does not happen queues nothing.

use app::auth::Role;
use app::entities::index_outbox;
use reqwest::Method;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::db_test;
use crate::helpers::{DEMO, TestApp, call, form, paths};
use crate::inbox::{letter, moderate, resident};

/// One response's rows in the outbox, and how many of them the test has seen already.
struct Queued<'a> {
    app: &'a TestApp,
    id: i32,
    seen: usize,
}

impl<'a> Queued<'a> {
    /// Starts watching response `id`; rows written so far count as seen.
    async fn watch(app: &'a TestApp, id: i32) -> Self {
        let seen = operations(app, id).await.len();
        Queued { app, id, seen }
    }

    /// Asserts that exactly the rows `want` were written since the last look.
    async fn expect(&mut self, want: &[&str]) {
        let all = operations(self.app, self.id).await;
        assert_eq!(all[self.seen..], *want, "new outbox rows of {}", self.id);
        self.seen = all.len();
    }
}

/// The operations queued for response `id`, oldest first (applied by the indexer or not).
async fn operations(app: &TestApp, id: i32) -> Vec<String> {
    let rows = index_outbox::Entity::find()
        .filter(index_outbox::Column::Entity.eq("response"))
        .filter(index_outbox::Column::EntityId.eq(id))
        .order_by_asc(index_outbox::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    rows.into_iter().map(|r| r.operation).collect()
}

fn link(eml: &str, marker: &str) -> String {
    let start = eml.find(marker).expect("a link") + marker.len();
    let token: String = eml[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    format!("{marker}{token}")
}

/// Submits a response through the public API; its id and the verification link's path.
async fn submit(app: &TestApp, mail_no: usize) -> (i32, String) {
    let body = json!({
        "kind": "resident", "name": "Jonas Berg", "email": "jonas@example.dk",
        "text": "Sprogundervisning skal starte tidligere.", "publish_name": true
    });
    let response = app.submit_response(&body).await;
    assert_eq!(response.status(), 202);
    let id = response.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .expect("the new response's id");
    let verify = link(&app.eml(mail_no).await, "/verify/");
    (i32::try_from(id).unwrap(), verify)
}

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

async fn set_policy(app: &TestApp, policy: &str) {
    let sql = format!("UPDATE hearing SET publication_policy = '{policy}'");
    app.db.execute_unprepared(&sql).await.unwrap();
}

db_test!(a_submission_and_its_confirmation_are_each_queued, |app| {
    app.open_demo_hearing().await;
    let (id, verify) = submit(&app, 1).await;
    assert_eq!(operations(&app, id).await, ["submitted"]);
    let mut queued = Queued::watch(&app, id).await;
    assert_eq!(app.confirm(&verify).await.status(), 200);
    queued.expect(&["verified"]).await;
    assert_eq!(app.confirm(&verify).await.status(), 200, "the link again");
    queued.expect(&[]).await;
});

db_test!(a_response_registered_by_an_official_is_queued_once, |app| {
    let (id, _) = letter(&app, resident("Brev fra en borger."), "letter").await;
    let id = i32::try_from(id).unwrap();
    assert_eq!(
        operations(&app, id).await,
        ["submitted"],
        "written, confirmed and published in one transaction"
    );
});

db_test!(every_decision_of_an_official_is_queued, |app| {
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let (first, first_no) = letter(&app, resident("Det første svar."), "email").await;
    let (id, _) = letter(&app, resident("Et svar med et navn i."), "email").await;
    let mut queued = Queued::watch(&app, i32::try_from(id).unwrap()).await;
    let decisions = [
        json!({"action": "hold", "reason": "Ser på det"}),
        json!({"action": "reject", "reason": "Uden for emnet"}),
        json!({"action": "publish"}),
        json!({"action": "redact", "passage": "et navn", "reason": "Navn"}),
        json!({"action": "unredact"}),
        json!({"action": "duplicate", "duplicate_of": first_no}),
        json!({"action": "not_duplicate"}),
    ];
    for decision in decisions {
        let done = moderate(&app, &cookie, id, decision.clone()).await;
        assert_eq!(done.status(), 200, "{decision}");
        queued.expect(&["moderated"]).await;
    }
    let again = moderate(&app, &cookie, id, json!({"action": "publish"})).await;
    assert_eq!(again.status(), 200);
    queued.expect(&[]).await;

    let path = &paths::admin_api(DEMO, "moderation");
    let bulk = json!({"ids": [first, id], "action": "hold", "reason": "Samlet"});
    let done = call(&app, Method::POST, path, Some(&cookie), Some(bulk)).await;
    assert_eq!(done.status(), 200);
    queued.expect(&["moderated"]).await;
    let first = i32::try_from(first).unwrap();
    assert_eq!(operations(&app, first).await, ["submitted", "moderated"]);
});

db_test!(a_refused_decision_queues_nothing, |app| {
    app.open_demo_hearing().await;
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let (unconfirmed, _) = submit(&app, 1).await;
    let mut queued = Queued::watch(&app, unconfirmed).await;
    let publish = json!({"action": "publish"});
    let refused = moderate(&app, &cookie, i64::from(unconfirmed), publish).await;
    assert_eq!(refused.status(), 409);
    queued.expect(&[]).await;

    let (id, _) = letter(&app, resident("Et bekræftet svar."), "letter").await;
    let mut queued = Queued::watch(&app, i32::try_from(id).unwrap()).await;
    for refused in [
        json!({"action": "hold"}),
        json!({"action": "redact", "passage": "findes ikke", "reason": "Navn"}),
        json!({"action": "duplicate", "duplicate_of": "2010-64452-9999"}),
    ] {
        let answer = moderate(&app, &cookie, id, refused.clone()).await;
        assert_eq!(answer.status(), 422, "{refused}");
        queued.expect(&[]).await;
    }
});

db_test!(
    a_registration_that_fails_after_writing_leaves_no_outbox_row,
    |app| {
        use app::registration::store::{Place, register_command};
        let storage = app::blob::Storage::new(app.data_dir.path(), Default::default()).unwrap();
        let letter_file = app.data_dir.path().join("brev.txt");
        std::fs::write(&letter_file, "Brevets tekst.").unwrap();
        let upload = app::attachment::intake::from_path(&letter_file, &storage)
            .await
            .expect("a readable file");
        // The file vanishes from staging: storing it fails after the response row and its
        // outbox row were written, inside the same transaction.
        std::fs::remove_file(&upload.file.path).unwrap();
        let place = Place {
            db: &app.db,
            attachments: &storage,
            base_url: "http://test",
        };
        let request = resident("Et brev med bilag.");
        let slug = DEMO;
        let failed = register_command(
            &place,
            slug,
            (&request, app::vocab::Channel::Letter),
            vec![upload],
            now(),
        )
        .await;
        assert_eq!(failed, Err(app::error::AppError::Internal));
        assert_eq!(app.count("response").await, 0);
        let queued = index_outbox::Entity::find()
            .filter(index_outbox::Column::Entity.eq("response"))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(queued, Vec::new(), "rolled back with it");
    }
);

db_test!(
    changing_and_withdrawing_through_the_private_link_are_queued,
    |app| {
        app.open_demo_hearing().await;
        let (id, verify) = submit(&app, 1).await;
        assert_eq!(app.confirm(&verify).await.status(), 200);
        let manage = link(&app.eml(2).await, "/responses/manage/");
        let mut queued = Queued::watch(&app, id).await;
        let change = [
            ("action", "update"),
            ("stance", "oppose"),
            ("text", "Anden udgave."),
        ];
        assert_eq!(form(&app, &manage, None, &change).await.status(), 303);
        queued.expect(&["edited"]).await;
        let withdraw = [("action", "withdraw"), ("confirm", "true")];
        assert_eq!(form(&app, &manage, None, &withdraw).await.status(), 303);
        queued.expect(&["edited"]).await;
        assert_eq!(form(&app, &manage, None, &change).await.status(), 422);
        queued.expect(&[]).await;
    }
);

db_test!(
    the_after_deadline_publisher_queues_each_response_it_publishes,
    |app| {
        app.open_demo_hearing().await;
        set_policy(&app, "after_deadline").await;
        let (id, verify) = submit(&app, 1).await;
        assert_eq!(app.confirm(&verify).await.status(), 200);
        let (waiting, _) = submit(&app, 3).await;
        let mut queued = Queued::watch(&app, id).await;
        let publish = app::response::publish::publish_after_deadline;
        assert_eq!(publish(&app.db, now()).await, Ok(0));
        queued.expect(&[]).await;

        let later = now() + chrono::Duration::days(31);
        assert_eq!(publish(&app.db, later).await, Ok(1));
        queued.expect(&["published"]).await;
        assert_eq!(operations(&app, waiting).await, ["submitted"]);
        assert_eq!(publish(&app.db, later).await, Ok(0));
        queued.expect(&[]).await;
    }
);

db_test!(
    an_extracted_attachment_queues_its_response_and_a_cpr_number_in_it_holds_it,
    |app| {
        app.open_demo_hearing().await;
        let part =
            reqwest::multipart::Part::bytes("Mit CPR-nummer er 010203-1234.".as_bytes().to_vec())
                .file_name("bilag.txt");
        let body = json!({
            "kind": "resident", "name": "Jonas Berg", "email": "jonas@example.dk",
            "text": "Se bilaget.", "publish_name": true
        });
        let multipart = reqwest::multipart::Form::new()
            .text("response", body.to_string())
            .part("files", part);
        let response = app
            .post_to_responses()
            .multipart(multipart)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 202);
        let id = response.json::<serde_json::Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        app.extract_files().await;
        let id = i32::try_from(id).unwrap();
        assert_eq!(
            operations(&app, id).await,
            ["submitted", "files", "moderated"]
        );
    }
);
