//! An official's decision stands against the author: a rejected or held response changed
//! through the private link stays where the official put it, the change is in the audit log
//! (old and new text), and the hearing's officials are mailed once per decision.

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, paths};
use crate::manage::{post_form, published_text, verified_response};

/// Signs an official in and makes `decision` on the (only) response; its id and the cookie.
async fn decide(app: &TestApp, decision: Value) -> (i64, String) {
    let cookie = app
        .sign_in("sb@kk.dk", app::auth::Role::Official, None)
        .await;
    let id = app
        .get_with_cookie(&paths::admin_api(DEMO, "responses"), &cookie)
        .await
        .json::<Value>()
        .await
        .unwrap()["items"][0]["id"]
        .as_i64()
        .unwrap();
    let done = app
        .client
        .post(format!(
            "{}/api/v1/admin/responses/{id}/moderation",
            app.address
        ))
        .header(reqwest::header::COOKIE, &cookie)
        .json(&decision)
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    (id, cookie)
}

async fn change(app: &TestApp, page: &str, text: &str) {
    let fields = [("action", "update"), ("stance", "oppose"), ("text", text)];
    assert_eq!(post_form(app, page, &fields).await.status(), 303);
}

/// The first audit entry with `action`.
async fn audit_entry(app: &TestApp, action: &str) -> app::entities::audit_log::Model {
    use app::entities::audit_log;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("an audit entry {action}"))
}

/// The officials' mails about author changes.
async fn officials_told(app: &TestApp) -> i64 {
    app.count("mail_outbox WHERE to_addr = 'sb@kk.dk' AND subject LIKE '%ndret af afsenderen'")
        .await
}

db_test!(
    a_rejected_response_stays_rejected_when_its_author_changes_it,
    |app| {
        let page = verified_response(&app).await;
        let (id, _) = decide(&app, json!({"action": "reject", "reason": "Reklame"})).await;
        change(&app, &page, "Ny tekst efter afvisningen.").await;

        assert_eq!(published_text(&app).await, None, "not republished");
        let row = format!("response WHERE id = {id}");
        assert_eq!(
            app.count(&format!(
                "{row} AND status = 'rejected' AND held_reason = 'Reklame' AND published_at IS NULL"
            ))
            .await,
            1,
            "where the official put it"
        );
        assert_eq!(
            app.count(&format!("{row} AND body = 'Ny tekst efter afvisningen.'"))
                .await,
            1,
            "the author's text is kept"
        );
        let entry = audit_entry(&app, "respondent.change").await;
        assert_eq!(i64::from(entry.entity_id), id);
        assert_eq!(entry.actor_id, None, "the author, not an official");
        let json = |s: Option<String>| serde_json::from_str::<Value>(&s.unwrap()).unwrap();
        let (before, after) = (json(entry.before_json), json(entry.after_json));
        assert_eq!(before["text"], "Første udgave af mit svar.");
        assert_eq!(before["status"], "rejected");
        assert_eq!(after["text"], "Ny tekst efter afvisningen.");
        assert_eq!(after["status"], "rejected");
        assert_eq!(officials_told(&app).await, 1);

        change(&app, &page, "Og en tredje udgave.").await;
        assert_eq!(
            app.count("audit_log WHERE action = 'respondent.change'")
                .await,
            2
        );
        assert_eq!(
            officials_told(&app).await,
            1,
            "once per decision, not per change"
        );
        let (_, html) = app.get_page(&page).await;
        assert!(
            html.contains("Afvist af kommunen"),
            "the author sees where it stands"
        );
    }
);

db_test!(an_officials_hold_stays_when_the_author_changes_it, |app| {
    let page = verified_response(&app).await;
    let (id, _) = decide(&app, json!({"action": "hold", "reason": "Afventer jurist"})).await;
    change(&app, &page, "Rettet tekst uden problemer.").await;
    assert_eq!(published_text(&app).await, None);
    let held =
        format!("response WHERE id = {id} AND status = 'held' AND held_reason = 'Afventer jurist'");
    assert_eq!(app.count(&held).await, 1);
    assert_eq!(officials_told(&app).await, 1);
});

db_test!(
    an_undecided_response_changes_are_audited_and_nobody_is_mailed,
    |app| {
        let page = verified_response(&app).await;
        change(&app, &page, "Anden udgave.").await;
        assert_eq!(published_text(&app).await.as_deref(), Some("Anden udgave."));
        assert_eq!(
            app.count("audit_log WHERE action = 'respondent.change'")
                .await,
            1
        );
        let fields = [("action", "withdraw"), ("confirm", "true")];
        assert_eq!(post_form(&app, &page, &fields).await.status(), 303);
        assert_eq!(
            app.count("audit_log WHERE action = 'respondent.withdraw'")
                .await,
            1
        );
        assert_eq!(
            app.count("mail_outbox WHERE subject LIKE '%ndret af afsenderen'")
                .await,
            0
        );
    }
);
