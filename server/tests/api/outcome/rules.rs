//! The officials' rules of the outcome: a bad decision is refused at its fields with nothing
//! stored; publishing needs the decision, a remark for every response and the silent parties
//! considered, and queues nothing when refused; only officials of the hearing may, and only
//! once it is being processed; the page's forms work without JavaScript.

use app::auth::Role;
use reqwest::Method;
use serde_json::json;

use super::{closed_with_responses, decision, remark_everything};
use crate::db_test;
use crate::helpers::{DEMO, call, form, paths};

/// Outcome mails in the outbox.
const OUTCOME_MAILS: &str = "mail_outbox WHERE dedupe_key LIKE 'outcome:%'";

db_test!(
    a_bad_decision_is_refused_at_its_fields_and_nothing_is_stored,
    |app| {
        let id = app.demo_hearing_id().await;
        let cookie = app
            .sign_in("sagsbehandler@kk.dk", Role::Official, Some(id))
            .await;
        let bad = json!({"decided_on": "17/11 2010", "committee": " ", "minutes_url": "javascript:alert(1)", "decision": ""});
        let refused = call(
            &app,
            Method::PUT,
            &paths::admin_api(DEMO, "outcome"),
            Some(&cookie),
            Some(bad),
        )
        .await;
        assert_eq!(refused.status(), 422);
        let body: serde_json::Value = refused.json().await.unwrap();
        let fields: Vec<&str> = body["errors"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            fields,
            ["committee", "decided_on", "decision", "minutes_url"],
            "{body}"
        );
        assert!(
            body["errors"]["minutes_url"]
                .as_str()
                .unwrap()
                .contains("https://"),
            "{body}"
        );
        assert_eq!(app.count("hearing_outcome").await, 0);
    }
);

db_test!(
    publishing_needs_the_decision_every_remark_and_the_silent_parties,
    |app| {
        let cookie = closed_with_responses(&app).await;
        let publish = paths::admin_api(DEMO, "outcome/publish");
        let considered = json!({"parties_considered": true});
        let first = call(
            &app,
            Method::POST,
            &publish,
            Some(&cookie),
            Some(considered.clone()),
        )
        .await;
        assert_eq!(first.status(), 422);
        let body: serde_json::Value = first.json().await.unwrap();
        assert!(
            body["errors"]["publish"].is_string(),
            "no decision saved yet: {body}"
        );
        let saved = call(
            &app,
            Method::PUT,
            &paths::admin_api(DEMO, "outcome"),
            Some(&cookie),
            Some(decision()),
        )
        .await;
        assert_eq!(saved.status(), 200);
        let view: serde_json::Value = saved.json().await.unwrap();
        let missing = view["checklist"]["without_remark"]
            .as_array()
            .unwrap()
            .len();
        assert_eq!(missing, 30, "no remark written yet");
        assert!(
            !view["checklist"]["silent_parties"]
                .as_array()
                .unwrap()
                .is_empty(),
            "{view}"
        );
        let refused = call(&app, Method::POST, &publish, Some(&cookie), Some(json!({}))).await;
        assert_eq!(refused.status(), 422);
        let body: serde_json::Value = refused.json().await.unwrap();
        assert!(
            body["errors"]["remarks"]
                .as_str()
                .unwrap()
                .contains("30 svar"),
            "{body}"
        );
        assert!(body["errors"]["parties_considered"].is_string(), "{body}");
        remark_everything(&app, &cookie).await;
        let refused = call(&app, Method::POST, &publish, Some(&cookie), Some(json!({}))).await;
        assert_eq!(
            refused.status(),
            422,
            "the silent parties not yet considered"
        );
        assert_eq!(
            app.count(OUTCOME_MAILS).await,
            0,
            "a refusal queues nothing"
        );
        let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(hearing.status, app::vocab::HearingState::Processing);
        let published = call(
            &app,
            Method::POST,
            &publish,
            Some(&cookie),
            Some(considered),
        )
        .await;
        assert_eq!(published.status(), 200);
        assert!(app.count(OUTCOME_MAILS).await > 0);
    }
);

db_test!(
    only_the_hearings_officials_may_and_only_once_it_is_processed,
    |app| {
        let id = app.demo_hearing_id().await;
        app.open_demo_hearing().await;
        let outcome = paths::admin_api(DEMO, "outcome");
        let anonymous = call(&app, Method::PUT, &outcome, None, Some(decision())).await;
        assert_eq!(anonymous.status(), 401);
        let reader = app.sign_in("laeser@kk.dk", Role::Reader, None).await;
        let other_id = app.other_hearing().await;
        let other = app
            .sign_in("valby@kk.dk", Role::Official, Some(other_id))
            .await;
        for cookie in [&reader, &other] {
            let put = call(&app, Method::PUT, &outcome, Some(cookie), Some(decision())).await;
            assert_eq!(put.status(), 403);
            let get = call(&app, Method::GET, &outcome, Some(cookie), None).await;
            assert_eq!(get.status(), 403);
            let publish = paths::admin_api(DEMO, "outcome/publish");
            let post = call(&app, Method::POST, &publish, Some(cookie), Some(json!({}))).await;
            assert_eq!(post.status(), 403);
        }
        assert_eq!(app.count("hearing_outcome").await, 0);
        // Open: a decision dated after the deadline can be prepared, not published.
        let official = app
            .sign_in("sagsbehandler@kk.dk", Role::Official, Some(id))
            .await;
        let deadline = app::hearing::store::find_by_slug(&app.db, DEMO)
            .await
            .unwrap()
            .unwrap()
            .closes_at;
        let mut later = decision();
        later["decided_on"] = json!(
            app::clock::day(deadline + chrono::Duration::days(2), app::clock::HOME_ZONE)
                .to_string()
        );
        let saved = call(&app, Method::PUT, &outcome, Some(&official), Some(later)).await;
        assert_eq!(saved.status(), 200);
        let early = call(
            &app,
            Method::POST,
            &paths::admin_api(DEMO, "outcome/publish"),
            Some(&official),
            Some(json!({})),
        )
        .await;
        assert_eq!(early.status(), 409);
        assert_eq!(app.get_hearing(DEMO).await["outcome"], json!(null));
    }
);

db_test!(
    the_page_s_forms_work_without_javascript_and_keep_what_was_typed,
    |app| {
        let cookie = closed_with_responses(&app).await;
        let page = paths::admin_page(DEMO, "outcome");
        let typed = "Udvalget vedtog politikken – med en skrivefejl i datoen.";
        let fields = [
            ("action", "save"),
            ("decided_on", "i går"),
            ("committee", "BIU"),
            ("minutes_url", ""),
            ("decision", typed),
        ];
        let refused = form(&app, &page, Some(&cookie), &fields).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(html.contains(typed), "the typed decision stays in the form");
        assert!(
            html.contains("Skriv en gyldig dato som ÅÅÅÅ-MM-DD."),
            "the message at its field"
        );
        assert!(html.contains("id=\"error-decided_on\""));
        let today = server::demo::today().to_string();
        let fields = [
            ("action", "save"),
            ("decided_on", today.as_str()),
            ("committee", "BIU"),
            ("minutes_url", ""),
            ("decision", typed),
        ];
        let saved = form(&app, &page, Some(&cookie), &fields).await;
        assert_eq!(saved.status(), 303);
        assert_eq!(
            saved.headers()["location"],
            format!("{page}?saved=1").as_str()
        );
        let refused = form(&app, &page, Some(&cookie), &[("action", "publish")]).await;
        assert_eq!(refused.status(), 422, "no remarks written");
        let html = refused.text().await.unwrap();
        assert!(
            html.contains("id=\"error-publish\"") && html.contains("30 svar mangler"),
            "at the button"
        );
        assert!(
            html.contains(typed),
            "the stored decision stays in its form"
        );
        remark_everything(&app, &cookie).await;
        let fields = [("action", "publish"), ("parties_considered", "yes")];
        let published = form(&app, &page, Some(&cookie), &fields).await;
        assert_eq!(published.status(), 303);
        let html = app
            .html_with_cookie(&format!("{page}?published=1"), &cookie)
            .await;
        assert!(
            html.contains(&format!("/hearings/{DEMO}/outcome")),
            "the public page is linked"
        );
        assert!(
            !html.contains("name=\"action\" value=\"publish\""),
            "no second publication offered"
        );
    }
);
