//! The høringsliste: who may read and change it, every refused field with its message (and
//! nothing stored), the høringsbrev queued once, reminders on a moved clock, matching the
//! responses to the parties, the page with plain forms, and the demo's list.

use app::auth::Role;
use app::entities::mail_outbox;
use chrono::{TimeZone, Utc};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, IntoActiveModel, Set};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{TestApp, call};

const SLUG: &str = "integrationspolitik-2011-2014";
const LIST: &str = "/api/v1/admin/hearings/integrationspolitik-2011-2014/parties";
const PAGE: &str = "/admin/hearings/integrationspolitik-2011-2014/parties";

/// Adds a party as `cookie`; returns its id.
async fn add(app: &TestApp, cookie: &str, party: Value) -> i64 {
    let response = call(app, Method::POST, LIST, Some(cookie), Some(party)).await;
    assert_eq!(response.status(), 201);
    response.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap()
}

fn party(name: &str, email: &str) -> Value {
    json!({"name": name, "kind": "association", "email": email})
}

async fn list(app: &TestApp, cookie: &str) -> Value {
    let response = call(app, Method::GET, LIST, Some(cookie), None).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn official(app: &TestApp) -> String {
    let hearing = app.demo_hearing_id().await;
    app.sign_in("sagsbehandler@kk.dk", Role::Official, Some(hearing))
        .await
}

/// Moves the demo hearing's deadline.
async fn set_closes_at(app: &TestApp, at: chrono::DateTime<Utc>) {
    let hearing = app::hearing::store::find_by_slug(&app.db, SLUG)
        .await
        .unwrap()
        .unwrap();
    let mut hearing = hearing.into_active_model();
    hearing.closes_at = Set(at);
    hearing.update(&app.db).await.unwrap();
}

db_test!(each_role_reads_or_changes_the_list_as_it_should, |app| {
    let demo = app.demo_hearing_id().await;
    let elsewhere = app.other_hearing().await;
    let owner = official(&app).await;
    let id = add(&app, &owner, party("Red Barnet", "rb@example.dk")).await;
    let roles = [
        ("admin", Some((Role::Admin, None))),
        ("moderator", Some((Role::Moderator, None))),
        ("reader", Some((Role::Reader, Some(demo)))),
        ("elsewhere", Some((Role::Official, Some(elsewhere)))),
        ("anonymous", None),
    ];
    // (read, add, edit, answered, invite, reminder, import, remove, page, form post)
    let expected = [
        [200, 201, 200, 200, 200, 200, 200, 204, 200, 303],
        [200, 403, 403, 403, 403, 403, 403, 403, 200, 403],
        [200, 403, 403, 403, 403, 403, 403, 403, 200, 403],
        [403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        [401, 401, 401, 401, 401, 401, 401, 401, 401, 303],
    ];
    for ((name, grant), want) in roles.into_iter().zip(expected) {
        let cookie = match grant {
            Some((role, hearing)) => {
                Some(app.sign_in(&format!("{name}@kk.dk"), role, hearing).await)
            }
            None => None,
        };
        let c = cookie.as_deref();
        let one = format!("{LIST}/{id}");
        let mut got = Vec::new();
        let requests = [
            (Method::GET, LIST.to_owned(), None),
            (
                Method::POST,
                LIST.to_owned(),
                Some(party(&format!("Forening {name}"), "f@example.dk")),
            ),
            (
                Method::PUT,
                one.clone(),
                Some(party("Red Barnet", "post@redbarnet.example.dk")),
            ),
            (
                Method::PUT,
                format!("{one}/answered"),
                Some(json!({"answered": "yes"})),
            ),
            (Method::POST, format!("{LIST}/invite"), None),
            (
                Method::PUT,
                format!("/api/v1/admin/hearings/{SLUG}/party-reminder"),
                Some(json!({"remind_days_before": 5})),
            ),
            (
                Method::POST,
                format!("{LIST}/import"),
                Some(json!({"lines": format!("Import {name};union;i@example.dk")})),
            ),
            (Method::DELETE, one.clone(), None),
        ];
        for (method, path, body) in requests {
            got.push(call(&app, method, &path, c, body).await.status().as_u16());
        }
        let page = match c {
            Some(c) => app.get_with_cookie(PAGE, c).await,
            None => app.get(PAGE).await,
        };
        let status = page.status().as_u16();
        let html = page.text().await.unwrap();
        let forms = html.contains(r#"name="intent""#);
        assert_eq!(
            forms,
            name == "admin",
            "{name} sees the forms only if it may change the list"
        );
        got.push(status);
        let mut post = app
            .client
            .post(format!("{}{PAGE}", app.address))
            .form(&[("intent", "settings"), ("remind_days", "3")]);
        if let Some(c) = c {
            post = post.header(reqwest::header::COOKIE, c);
        }
        got.push(post.send().await.unwrap().status().as_u16());
        assert_eq!(got, want, "{name}");
    }
});

db_test!(
    every_bad_field_is_refused_with_its_message_and_nothing_changes,
    |app| {
        let cookie = official(&app).await;
        let id = add(&app, &cookie, json!({"name": "Dansk Industri", "kind": "employers", "email": "di@example.dk", "cvr": "64942212"})).await;
        let (parties, audit) = (
            app.count("consulted_party").await,
            app.count("audit_log").await,
        );
        let cases = [
            (
                json!({"name": "A", "kind": "union", "email": "a@b"}),
                "email",
                "E-mailadressen ser forkert ud",
            ),
            (
                json!({"name": "A", "kind": "union", "email": ""}),
                "email",
                "Skriv den e-mailadresse",
            ),
            (
                json!({"name": "A", "kind": "union", "email": "a@example.dk", "cvr": "64942213"}),
                "cvr",
                "CVR-nummeret findes ikke",
            ),
            (
                json!({"name": "A", "kind": "union", "email": "a@example.dk", "cvr": "1234"}),
                "cvr",
                "Et CVR-nummer har 8 cifre",
            ),
            (
                json!({"name": "  ", "kind": "union", "email": "a@example.dk"}),
                "name",
                "Skriv partens navn",
            ),
            (
                json!({"name": "A", "kind": "klub", "email": "a@example.dk"}),
                "kind",
                "Vælg hvilken slags",
            ),
            (
                json!({"name": "A", "kind": "union", "email": "a@example.dk", "deadline": "4/10"}),
                "deadline",
                "Skriv fristen som en dato",
            ),
            (
                json!({"name": " dansk  INDUSTRI. ", "kind": "union", "email": "x@example.dk"}),
                "name",
                "allerede en part",
            ),
            (
                json!({"name": "DI Fonden", "kind": "union", "email": "x@example.dk", "cvr": "6494 2212"}),
                "cvr",
                "allerede en part",
            ),
        ];
        for (body, field, message) in cases {
            let body_again = Some(body.clone());
            let response = call(&app, Method::POST, LIST, Some(&cookie), body_again).await;
            assert_eq!(response.status(), 422, "{body}");
            let answer: Value = response.json().await.unwrap();
            let text = answer["errors"][field].as_str().unwrap_or_default();
            assert!(text.contains(message), "{body}: {answer}");
        }
        let english = app
            .client
            .post(format!("{}{LIST}", app.address))
            .header(reqwest::header::COOKIE, &cookie)
            .header(reqwest::header::ACCEPT_LANGUAGE, "en")
            .json(&json!({"name": "A", "kind": "union", "email": "a@b"}))
            .send()
            .await
            .unwrap();
        let answer: Value = english.json().await.unwrap();
        assert!(
            answer["errors"]["email"]
                .as_str()
                .unwrap()
                .contains("looks wrong"),
            "{answer}"
        );
        let edit = call(
            &app,
            Method::PUT,
            &format!("{LIST}/{id}"),
            Some(&cookie),
            Some(json!({"name": "Dansk Industri", "kind": "employers", "email": "di@"})),
        )
        .await;
        assert_eq!(edit.status(), 422);
        let import =
            json!({"lines": "LO Hovedstaden;union;lo@example.dk\nRed Barnet;association;rb@\n"});
        let response = call(
            &app,
            Method::POST,
            &format!("{LIST}/import"),
            Some(&cookie),
            Some(import),
        )
        .await;
        assert_eq!(response.status(), 422);
        let answer: Value = response.json().await.unwrap();
        assert!(
            answer["errors"]["lines"]
                .as_str()
                .unwrap()
                .starts_with("Linje 2: E-mailadressen"),
            "{answer}"
        );
        let linked = call(
            &app,
            Method::PUT,
            &format!("{LIST}/{id}/answered"),
            Some(&cookie),
            Some(json!({"answered": "auto", "svarnummer": "2010-64452-9999"})),
        )
        .await;
        assert_eq!(linked.status(), 422);
        let setting = call(
            &app,
            Method::PUT,
            &format!("/api/v1/admin/hearings/{SLUG}/party-reminder"),
            Some(&cookie),
            Some(json!({"remind_days_before": 61})),
        )
        .await;
        assert_eq!(setting.status(), 422);
        assert_eq!(
            app.count("consulted_party").await,
            parties,
            "nothing was added"
        );
        assert_eq!(app.count("audit_log").await, audit, "nothing was logged");
        let stored = &list(&app, &cookie).await["parties"][0];
        assert_eq!(
            stored["email"], "di@example.dk",
            "the refused edit changed nothing"
        );
        assert_eq!(stored["answered_by"], "auto");
    }
);

db_test!(
    the_letter_is_queued_once_per_party_however_often_it_is_sent,
    |app| {
        let cookie = official(&app).await;
        add(&app, &cookie, party("Red Barnet", "rb@example.dk")).await;
        add(&app, &cookie, json!({"name": "Valby Lokaludvalg", "kind": "council", "email": "valby@example.dk", "contact_person": "Sekretariatet", "deadline": "2010-09-27"})).await;
        let invite = format!("{LIST}/invite");
        let first: Value = call(&app, Method::POST, &invite, Some(&cookie), None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(first["invited"], 2);
        let again: Value = call(&app, Method::POST, &invite, Some(&cookie), None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(again["invited"], 0);
        assert_eq!(
            app.count("mail_outbox WHERE dedupe_key LIKE 'party-invitation:%'")
                .await,
            2
        );
        let eml = app.wait_for_eml(2).await;
        assert!(eml.contains("To: valby@example.dk"), "{eml}");
        let mails = mail_outbox::Entity::find().all(&app.db).await.unwrap();
        let valby = mails
            .iter()
            .find(|m| m.to_addr == "valby@example.dk")
            .unwrap();
        assert_eq!(
            valby.subject,
            "Høring: Københavns Integrationspolitik 2011-2014"
        );
        let text = &valby.body_text;
        assert!(
            text.contains("Kære Sekretariatet, Valby Lokaludvalg"),
            "{text}"
        );
        assert!(
            text.contains("27. september 2010 kl. 23.59"),
            "the party's own deadline: {text}"
        );
        assert!(
            text.contains("/hearings/integrationspolitik-2011-2014/respond"),
            "{text}"
        );
        let html = valby.body_html.as_deref().unwrap();
        assert!(html.contains("<a href=") && html.contains("<p>"), "{html}");

        add(&app, &cookie, party("LO Hovedstaden", "lo@example.dk")).await;
        let stale = call(
            &app,
            Method::POST,
            &format!("{invite}?expected=3"),
            Some(&cookie),
            None,
        )
        .await;
        assert_eq!(
            stale.status(),
            422,
            "the list changed since the official looked"
        );
        let answer: Value = stale.json().await.unwrap();
        assert!(
            answer["errors"]["invite"]
                .as_str()
                .unwrap()
                .contains("nu får 1 parter")
        );
        let third: Value = call(
            &app,
            Method::POST,
            &format!("{invite}?expected=1"),
            Some(&cookie),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(third["invited"], 1);
        assert_eq!(app.count("mail_outbox").await, 3);
        assert_eq!(
            app.count("audit_log WHERE action = 'party.invite'").await,
            3
        );
        let parties = list(&app, &cookie).await;
        assert!(
            parties["parties"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["invited_at"].is_string())
        );
    }
);

/// Marks the hearing's responses as confirmed.
async fn confirm_all(app: &TestApp) {
    app.db
        .execute_unprepared(
            "UPDATE response SET status = 'verified' WHERE status = 'awaiting_verification'",
        )
        .await
        .unwrap();
}

async fn respond(app: &TestApp, body: Value) -> String {
    let path = format!("/api/v1/hearings/{SLUG}/responses");
    let response = app.post_json(&path, &body, "da").await;
    assert_eq!(response.status(), 202);
    response.json::<Value>().await.unwrap()["svarnummer"]
        .as_str()
        .unwrap()
        .to_owned()
}

db_test!(
    reminders_go_once_to_invited_parties_that_have_not_answered,
    |app| {
        let cookie = official(&app).await;
        let waiting = add(&app, &cookie, party("Red Barnet", "rb@example.dk")).await;
        add(&app, &cookie, party("LO Hovedstaden", "lo@example.dk")).await;
        let early = add(&app, &cookie, json!({"name": "Valby Lokaludvalg", "kind": "council", "email": "valby@example.dk", "deadline": "2010-09-20"})).await;
        call(
            &app,
            Method::POST,
            &format!("{LIST}/invite"),
            Some(&cookie),
            None,
        )
        .await;
        add(&app, &cookie, party("Ikke inviteret", "ny@example.dk")).await;
        app.open_demo_hearing().await;
        respond(&app, json!({"kind": "association", "name": "Karin", "organisation": "LO Hovedstaden", "email": "karin@example.dk", "text": "Vi svarer.", "publish_name": true})).await;
        confirm_all(&app).await;
        set_closes_at(&app, Utc.with_ymd_and_hms(2010, 10, 4, 21, 59, 59).unwrap()).await;
        let at = |m, d, h| Utc.with_ymd_and_hms(2010, m, d, h, 0, 0).unwrap();
        let remind =
            |now| app::party::remind::queue_due_reminders(&app.db, "https://ordet.example", now);
        assert_eq!(
            remind(at(10, 5, 12)).await.unwrap(),
            0,
            "after every deadline"
        );
        assert_eq!(
            remind(at(9, 10, 12)).await.unwrap(),
            0,
            "too early for everyone"
        );
        assert_eq!(
            remind(at(9, 14, 12)).await.unwrap(),
            1,
            "the party with its own deadline"
        );
        assert_eq!(
            remind(at(9, 28, 12)).await.unwrap(),
            1,
            "the one that has not answered"
        );
        assert_eq!(remind(at(9, 29, 12)).await.unwrap(), 0, "once");
        assert_eq!(
            app.count("mail_outbox WHERE dedupe_key LIKE 'party-reminder:%'")
                .await,
            2
        );
        let reminded =
            format!("consulted_party WHERE reminded_at IS NOT NULL AND id IN ({waiting}, {early})");
        assert_eq!(app.count(&reminded).await, 2);
        assert_eq!(
            app.count("audit_log WHERE action = 'party.remind' AND actor_id IS NULL")
                .await,
            2
        );

        let late = add(
            &app,
            &cookie,
            party("Dansk Flygtningehjælp", "drc@example.dk"),
        )
        .await;
        call(
            &app,
            Method::POST,
            &format!("{LIST}/invite"),
            Some(&cookie),
            None,
        )
        .await;
        let setting = format!("/api/v1/admin/hearings/{SLUG}/party-reminder");
        call(
            &app,
            Method::PUT,
            &setting,
            Some(&cookie),
            Some(json!({"remind_days_before": 0})),
        )
        .await;
        assert_eq!(remind(at(10, 3, 12)).await.unwrap(), 0, "0 is off");
        call(
            &app,
            Method::PUT,
            &setting,
            Some(&cookie),
            Some(json!({"remind_days_before": 2})),
        )
        .await;
        assert_eq!(
            remind(at(10, 1, 12)).await.unwrap(),
            0,
            "3 days before, with 2 set"
        );
        assert_eq!(
            remind(at(10, 3, 12)).await.unwrap(),
            2,
            "the two invited last"
        );
        assert_eq!(
            app.count(&format!(
                "consulted_party WHERE reminded_at IS NOT NULL AND id = {late}"
            ))
            .await,
            1
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'party.reminder_setting'")
                .await,
            2
        );
    }
);

async fn set_answered(app: &TestApp, cookie: &str, id: i64, body: Value) -> Value {
    let path = format!("{LIST}/{id}/answered");
    let response = call(app, Method::PUT, &path, Some(cookie), Some(body)).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

db_test!(
    responses_are_matched_by_cvr_e_mail_or_organisation_and_by_hand,
    |app| {
        let cookie = official(&app).await;
        let by_cvr = add(&app, &cookie, json!({"name": "Firma A/S", "kind": "company", "email": "firma@example.dk", "cvr": "64942212"})).await;
        add(
            &app,
            &cookie,
            party("Red Barnet", "Kontakt@RedBarnet.example.dk"),
        )
        .await;
        add(&app, &cookie, party("LO Hovedstaden", "lo@example.dk")).await;
        let nobody = add(&app, &cookie, party("Ingen svar", "ingen@example.dk")).await;
        app.open_demo_hearing().await;
        let cvr_number = respond(&app, json!({"kind": "company", "name": "Bo", "organisation": "Et andet navn", "cvr": "64942212", "email": "bo@example.dk", "text": "Svar fra firmaet.", "publish_name": true})).await;
        let mail_number = respond(&app, json!({"kind": "association", "name": "Eva", "organisation": "RB", "email": "kontakt@redbarnet.example.dk", "text": "Svar fra Red Barnet.", "publish_name": true})).await;
        let name_number = respond(&app, json!({"kind": "association", "name": "Karin", "organisation": " lo  HOVEDSTADEN. ", "email": "karin@example.dk", "text": "Svar fra LO.", "publish_name": true})).await;
        respond(&app, json!({"kind": "resident", "name": "Ingen svar", "email": "borger@example.dk", "text": "En borger.", "publish_name": false})).await;
        confirm_all(&app).await;
        respond(&app, json!({"kind": "association", "name": "Ib", "organisation": "Ingen svar", "email": "ib@example.dk", "text": "Ikke bekræftet.", "publish_name": true})).await;

        let parties = list(&app, &cookie).await;
        let find = |parties: &Value, name: &str| {
            parties["parties"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["name"] == name)
                .cloned()
                .unwrap()
        };
        assert_eq!(
            find(&parties, "Firma A/S")["svarnumre"],
            json!([cvr_number])
        );
        assert_eq!(
            find(&parties, "Red Barnet")["svarnumre"],
            json!([mail_number])
        );
        assert_eq!(
            find(&parties, "LO Hovedstaden")["svarnumre"],
            json!([name_number])
        );
        let none = find(&parties, "Ingen svar");
        assert_eq!(
            none["answered"], false,
            "a resident's name and an unconfirmed response are no answer: {none}"
        );

        let yes = set_answered(&app, &cookie, nobody, json!({"answered": "yes"})).await;
        assert_eq!(
            (yes["answered"].clone(), yes["answered_by"].clone()),
            (json!(true), json!("yes"))
        );
        let no = set_answered(&app, &cookie, by_cvr, json!({"answered": "no"})).await;
        assert_eq!(no["answered"], false);
        let linked = set_answered(
            &app,
            &cookie,
            nobody,
            json!({"answered": "auto", "svarnummer": name_number}),
        )
        .await;
        assert_eq!(
            (linked["answered"].clone(), linked["svarnumre"].clone()),
            (json!(true), json!([name_number]))
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'party.answered'").await,
            3
        );

        let hearing = app::hearing::store::find_by_slug(&app.db, SLUG)
            .await
            .unwrap()
            .unwrap();
        let notat = app::party::store::answered_list(&app.db, &hearing)
            .await
            .unwrap();
        let flags: Vec<(String, bool)> = notat.into_iter().map(|p| (p.name, p.answered)).collect();
        assert_eq!(
            flags,
            [
                ("Firma A/S".to_owned(), false),
                ("Ingen svar".into(), true),
                ("LO Hovedstaden".into(), true),
                ("Red Barnet".into(), true)
            ]
        );
    }
);

async fn post_form(app: &TestApp, cookie: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(format!("{}{PAGE}", app.address))
        .header(reqwest::header::COOKIE, cookie)
        .form(fields)
        .send()
        .await
        .unwrap()
}

db_test!(an_official_keeps_the_list_with_plain_forms, |app| {
    let cookie = official(&app).await;
    let page = app.get_with_cookie(PAGE, &cookie).await;
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("Der er endnu ingen parter")
    );
    let bad = [
        ("intent", "add"),
        ("name", "Red Barnet"),
        ("kind", "association"),
        ("email", "rb@example"),
    ];
    let refused = post_form(&app, &cookie, &bad).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("E-mailadressen ser forkert ud"), "{html}");
    assert!(
        html.contains(r#"value="Red Barnet""#) && html.contains(r#"value="rb@example""#),
        "the typed values stay"
    );
    assert!(
        html.contains(r#"aria-describedby="add-email-error""#),
        "{html}"
    );
    assert_eq!(app.count("consulted_party").await, 0);

    let good = [
        ("intent", "add"),
        ("name", "Red Barnet"),
        ("kind", "association"),
        ("email", "rb@example.dk"),
    ];
    let added = post_form(&app, &cookie, &good).await;
    assert_eq!(added.status(), 303);
    assert_eq!(added.headers()["location"], format!("{PAGE}?saved=add"));
    let stale = post_form(&app, &cookie, &[("intent", "invite"), ("expected", "2")]).await;
    assert_eq!(stale.status(), 422);
    assert!(stale.text().await.unwrap().contains("nu får 1 parter"));
    let sent = post_form(&app, &cookie, &[("intent", "invite"), ("expected", "1")]).await;
    assert_eq!(sent.headers()["location"], format!("{PAGE}?invited=1"));
    let html = app
        .get_with_cookie(&format!("{PAGE}?invited=1"), &cookie)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Høringsbrevet er lagt i kø til 1 parter"),
        "{html}"
    );
    assert!(html.contains("Alle parter på listen har fået høringsbrevet"));

    let settings = post_form(
        &app,
        &cookie,
        &[("intent", "settings"), ("remind_days", "en uge")],
    )
    .await;
    assert_eq!(settings.status(), 422);
    let html = settings.text().await.unwrap();
    assert!(html.contains("Skriv et helt antal dage") && html.contains(r#"value="en uge""#));
    let lines =
        "LO Hovedstaden;union;lo@example.dk\nDansk Industri;employers;di@example.dk;64942212";
    let imported = post_form(&app, &cookie, &[("intent", "import"), ("lines", lines)]).await;
    assert_eq!(imported.status(), 303);
    assert_eq!(app.count("consulted_party").await, 3);
    assert_eq!(app.count("consulted_party WHERE cvr = '64942212'").await, 1);
    let cross_site = app
        .client
        .post(format!("{}{PAGE}", app.address))
        .header(reqwest::header::COOKIE, &cookie)
        .header(reqwest::header::ORIGIN, "https://evil.example")
        .form(&[("intent", "settings"), ("remind_days", "3")])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    let parties = list(&app, &cookie).await;
    let lo = parties["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "LO Hovedstaden")
        .unwrap()["id"]
        .to_string();
    let bad_cvr = [
        ("intent", "update"),
        ("party_id", &lo),
        ("name", "LO Hovedstaden"),
        ("kind", "union"),
        ("email", "lo@example.dk"),
        ("cvr", "12345678"),
    ];
    let refused = post_form(&app, &cookie, &bad_cvr).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("CVR-nummeret findes ikke"), "{html}");
    assert!(
        html.contains(&format!(r#"aria-describedby="p{lo}-cvr-error""#)),
        "the message belongs to this party's field"
    );
    assert!(
        html.contains(r#"value="12345678""#) && html.contains("<details open"),
        "{html}"
    );
    let unknown = [
        ("intent", "answered"),
        ("party_id", &lo),
        ("answered", "yes"),
        ("svarnummer", "2010-64452-0042"),
    ];
    let refused = post_form(&app, &cookie, &unknown).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Høringen har intet svar med dette nummer")
            && html.contains(r#"value="2010-64452-0042""#)
    );
    assert_eq!(
        app.count("consulted_party WHERE answered_override IS NOT NULL OR cvr = '12345678'")
            .await,
        0
    );
    let english = app
        .get_with_cookie(PAGE, &format!("{cookie}; ordet_lang=en"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        english.contains("Consultation list") && english.contains("Has not answered"),
        "{english}"
    );
    let removed = post_form(&app, &cookie, &[("intent", "delete"), ("party_id", &lo)]).await;
    assert_eq!(removed.status(), 303);
    assert_eq!(app.count("consulted_party").await, 2);
    assert_eq!(
        app.count("audit_log WHERE action = 'party.remove'").await,
        1
    );
});

db_test!(the_demo_list_is_loaded_once, |app| {
    assert_eq!(server::demo_parties::load(&app.db).await.unwrap(), 20);
    assert_eq!(server::demo_parties::load(&app.db).await.unwrap(), 0);
    assert_eq!(app.count("consulted_party").await, 20);
});
