//! What a resident does from the data page: withdraw a response while its hearing is open,
//! and ask, once, for a response to be erased (audited with ids only, officials told).

use app::auth::Role;

use super::{DEMO, OTHER, app_on_clock, open_data, past_deadlines, respond, response_id};
use crate::helpers::{Backend, form};

async fn status_of(app: &crate::helpers::TestApp, id: i32) -> String {
    use sea_orm::EntityTrait;
    app::entities::response::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
        .to_string()
}

async fn withdrawing_works_while_open_and_not_after(backend: Backend) {
    let (app, clock) = app_on_clock(backend).await;
    respond(&app, DEMO, ("Ida Holm", "ida@example.dk"), "Første svar.").await;
    respond(&app, OTHER, ("Ida Holm", "ida@example.dk"), "Andet svar.").await;
    respond(&app, DEMO, ("Bo Holm", "bo@example.dk"), "Bos svar.").await;
    let (first, second) = (
        response_id(&app, DEMO, "ida@example.dk").await,
        response_id(&app, OTHER, "ida@example.dk").await,
    );
    let bo = response_id(&app, DEMO, "bo@example.dk").await;
    let cookie = open_data(&app, "ida@example.dk").await;
    let id = first.to_string();

    let unticked = form(
        &app,
        "/my-data",
        Some(&cookie),
        &[("intent", "withdraw"), ("response", &id)],
    )
    .await;
    assert_eq!(unticked.status(), 422);
    assert!(unticked.text().await.unwrap().contains("Sæt flueben"));
    assert_eq!(status_of(&app, first).await, "published");

    let fields = [
        ("intent", "withdraw"),
        ("response", id.as_str()),
        ("confirm", "true"),
    ];
    let anonymous = form(&app, "/my-data", None, &fields).await;
    assert_eq!(
        anonymous.status(),
        303,
        "no grant: back to the address form"
    );
    assert_eq!(status_of(&app, first).await, "published");
    let bos = bo.to_string();
    let foreign = [
        ("intent", "withdraw"),
        ("response", bos.as_str()),
        ("confirm", "true"),
    ];
    assert_eq!(
        form(&app, "/my-data", Some(&cookie), &foreign)
            .await
            .status(),
        404
    );
    assert_eq!(
        status_of(&app, bo).await,
        "published",
        "not hers to withdraw"
    );

    let done = form(&app, "/my-data", Some(&cookie), &fields).await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/my-data?withdrawn=1");
    assert_eq!(status_of(&app, first).await, "withdrawn");
    assert_eq!(
        app.count(&format!(
            "audit_log WHERE action = 'respondent.withdraw' AND entity_id = {first}"
        ))
        .await,
        1,
        "the private link's own withdrawal, audited as such"
    );

    let before = status_of(&app, second).await;
    past_deadlines(&clock);
    let cookie = open_data(&app, "ida@example.dk").await;
    let id = second.to_string();
    let late = [
        ("intent", "withdraw"),
        ("response", id.as_str()),
        ("confirm", "true"),
    ];
    let refused = form(&app, "/my-data", Some(&cookie), &late).await;
    assert_eq!(refused.status(), 409);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Høringsfristen er udløbet")
    );
    assert_eq!(status_of(&app, second).await, before, "nothing changed");
}

crate::digest::on_both!(
    withdrawing_works_while_open_and_not_after,
    withdrawing_works_while_open_and_not_after
);

async fn erasure_is_asked_once_audited_and_told(backend: Backend) {
    let (app, _clock) = app_on_clock(backend).await;
    let demo = app.demo_hearing_id().await;
    app.sign_in("moderator@kk.dk", Role::Moderator, Some(demo))
        .await;
    app.sign_in("elsewhere@kk.dk", Role::Moderator, Some(demo + 1))
        .await;
    respond(&app, DEMO, ("Ida Holm", "ida@example.dk"), "Slet mig.").await;
    respond(&app, OTHER, ("Ida Holm", "ida@example.dk"), "Også mig.").await;
    let id = response_id(&app, DEMO, "ida@example.dk").await;
    let cookie = open_data(&app, "ida@example.dk").await;
    let one = id.to_string();

    let unticked = form(
        &app,
        "/my-data",
        Some(&cookie),
        &[("intent", "erase"), ("response", &one)],
    )
    .await;
    assert_eq!(unticked.status(), 422);
    assert!(
        unticked
            .text()
            .await
            .unwrap()
            .contains(&format!("id=\"error-erase-{id}\""))
    );
    assert_eq!(app.count("erasure_request").await, 0);

    let fields = [
        ("intent", "erase"),
        ("response", one.as_str()),
        ("confirm", "true"),
    ];
    let asked = form(&app, "/my-data", Some(&cookie), &fields).await;
    assert_eq!(asked.headers()["location"], "/my-data?erasure=requested");
    assert_eq!(
        app.count("erasure_request WHERE status = 'pending'").await,
        1
    );
    let again = form(&app, "/my-data", Some(&cookie), &fields).await;
    assert_eq!(again.headers()["location"], "/my-data?erasure=pending");
    assert_eq!(
        app.count("erasure_request").await,
        1,
        "one request per response"
    );
    let html = app
        .html_with_cookie("/my-data?erasure=pending", &cookie)
        .await;
    assert!(html.contains("venter på kommunen"), "{html}");

    let audit = app
        .count(&format!(
            "audit_log WHERE action = 'respondent.erasure_request' AND entity_id = {id}"
        ))
        .await;
    assert_eq!(audit, 1);
    let personal = app
        .count("audit_log WHERE action = 'respondent.erasure_request' AND (after_json LIKE '%Ida%' OR after_json LIKE '%example.dk%' OR after_json LIKE '%Slet mig%')")
        .await;
    assert_eq!(personal, 0, "ids only in the audit log");
    assert_eq!(
        app.count("mail_outbox WHERE to_addr = 'moderator@kk.dk' AND subject LIKE 'Anmodning om sletning%'").await,
        1,
        "the hearing's moderator is told once"
    );
    assert_eq!(
        app.count("mail_outbox WHERE to_addr = 'elsewhere@kk.dk'")
            .await,
        0
    );

    let all = [
        ("intent", "erase"),
        ("response", "all"),
        ("confirm", "true"),
    ];
    let asked = form(&app, "/my-data", Some(&cookie), &all).await;
    assert_eq!(asked.headers()["location"], "/my-data?erasure=requested");
    assert_eq!(app.count("erasure_request").await, 2, "the other one, once");
}

crate::digest::on_both!(
    erasure_is_asked_once_audited_and_told,
    erasure_is_asked_once_audited_and_told
);
