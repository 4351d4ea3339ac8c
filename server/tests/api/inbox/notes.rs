//! Internal notes and tags, the response page, and who reaches which tool.

use app::auth::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

use super::*;
use crate::db_test;

db_test!(notes_and_tags_stay_internal, |app| {
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let (id, _) = letter(&app, resident("Et svar om bolig."), "email").await;
    assert_eq!(
        moderate(&app, &cookie, id, json!({"action": "publish"}))
            .await
            .status(),
        200
    );
    let notes = format!("/api/v1/admin/responses/{id}/notes");
    let tags = format!("/api/v1/admin/responses/{id}/tags");
    let empty = json_of(
        call(
            &app,
            Method::POST,
            &notes,
            Some(&cookie),
            Some(json!({"note": "  "})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(empty["errors"]["note"].is_string());
    let long = "x".repeat(5_001);
    assert_eq!(
        call(
            &app,
            Method::POST,
            &notes,
            Some(&cookie),
            Some(json!({"note": long}))
        )
        .await
        .status(),
        422
    );
    let bad = json_of(
        call(
            &app,
            Method::POST,
            &tags,
            Some(&cookie),
            Some(json!({"tag": "<b>"})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(bad["errors"]["tag"].is_string());
    assert_eq!(
        app.count("response_note").await + app.count("response_tag").await,
        0
    );

    let secret = "Ring til boligselskabet om sagen";
    let saved = json_of(
        call(
            &app,
            Method::POST,
            &notes,
            Some(&cookie),
            Some(json!({"note": secret})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(saved[0]["body"], secret);
    assert_eq!(saved[0]["author"], "sb@kk.dk");
    let tagged = json_of(
        call(
            &app,
            Method::POST,
            &tags,
            Some(&cookie),
            Some(json!({"tag": "Bolig"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(tagged, json!(["bolig"]));
    json_of(
        call(
            &app,
            Method::POST,
            &tags,
            Some(&cookie),
            Some(json!({"tag": "bolig"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(app.count("response_tag").await, 1, "a tag is held once");

    let public = app.get(&paths::responses(DEMO)).await.text().await.unwrap();
    let open_data = app
        .get(&paths::hearing_api(DEMO, "export.json"))
        .await
        .text()
        .await
        .unwrap();
    for shown in [public, open_data] {
        assert!(
            !shown.contains(secret) && !shown.contains("bolig\""),
            "never public: {shown}"
        );
    }
    let officials = app
        .html_with_cookie(&paths::admin_api(DEMO, "export.csv"), &cookie)
        .await;
    assert!(
        officials.contains(",bolig"),
        "officials' export has the tags: {officials}"
    );
    let reader = app.sign_in("udvalg@kk.dk", Role::Reader, None).await;
    let read = json_of(
        call(
            &app,
            Method::GET,
            &format!("/api/v1/admin/responses/{id}"),
            Some(&reader),
            None,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(read["notes"][0]["body"], secret);
    assert_eq!(read["response"]["tags"], json!(["bolig"]));
    assert_eq!(
        call(
            &app,
            Method::POST,
            &notes,
            Some(&reader),
            Some(json!({"note": "Nej"}))
        )
        .await
        .status(),
        403
    );

    let removed = json_of(
        call(
            &app,
            Method::DELETE,
            &format!("{tags}/bolig"),
            Some(&cookie),
            None,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(removed, json!([]));
    assert_eq!(
        app.count("audit_log WHERE action IN ('note.add', 'tag.add', 'tag.remove')")
            .await,
        3
    );
});

/// A role and the hearing it is held for (`None`: every hearing).
type Grant = (Role, Option<i32>);

db_test!(each_role_reaches_the_response_tools_it_should, |app| {
    let (id, _) = letter(&app, resident("Et svar."), "email").await;
    let demo = app.demo_hearing_id().await;
    let elsewhere = app.other_hearing().await;
    // (read one response, add a note, bulk publish) per role
    let expected: [(&str, Option<Grant>, [u16; 3]); 6] = [
        ("admin", Some((Role::Admin, None)), [200, 200, 200]),
        (
            "official",
            Some((Role::Official, Some(demo))),
            [200, 200, 200],
        ),
        ("moderator", Some((Role::Moderator, None)), [200, 200, 200]),
        ("reader", Some((Role::Reader, None)), [200, 403, 403]),
        (
            "elsewhere",
            Some((Role::Official, Some(elsewhere))),
            [403, 403, 403],
        ),
        ("anonymous", None, [401, 401, 401]),
    ];
    for (name, grant, want) in expected {
        let cookie = match grant {
            Some((role, hearing)) => {
                Some(app.sign_in(&format!("{name}@kk.dk"), role, hearing).await)
            }
            None => None,
        };
        let cookie = cookie.as_deref();
        let read = call(
            &app,
            Method::GET,
            &format!("/api/v1/admin/responses/{id}"),
            cookie,
            None,
        )
        .await;
        let note = call(
            &app,
            Method::POST,
            &format!("/api/v1/admin/responses/{id}/notes"),
            cookie,
            Some(json!({"note": "n"})),
        )
        .await;
        let bulk = app
            .admin_api(
                Method::POST,
                "moderation",
                cookie,
                Some(json!({"ids": [id], "action": "publish"})),
            )
            .await;
        let got = [
            read.status().as_u16(),
            note.status().as_u16(),
            bulk.status().as_u16(),
        ];
        assert_eq!(got, want, "{name}");
    }
});

db_test!(
    the_response_page_shows_everything_and_keeps_a_refused_note,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let (id, svarnummer) = letter(
            &app,
            association("Red Barnet", "Vi savner fokus på børn."),
            "letter",
        )
        .await;
        let page = format!("/admin/responses/{id}");
        let html = app.html_with_cookie(&page, &cookie).await;
        assert!(
            html.contains(&svarnummer)
                && html.contains("Red Barnet")
                && html.contains("Vi savner fokus på børn.")
        );
        let post = |fields: Vec<(&'static str, String)>| {
            let app = &app;
            let request = app
                .client
                .post(format!("{}{page}", app.address))
                .header(reqwest::header::COOKIE, cookie.clone())
                .form(&fields);
            async move { request.send().await.unwrap() }
        };
        let refused = post(vec![("intent", "note".into()), ("note", " ".into())]).await;
        assert_eq!(refused.status(), 422);
        assert!(refused.text().await.unwrap().contains("Skriv noten."));
        let typed = "</textarea><b>fed</b>".repeat(300);
        let too_long = post(vec![("intent", "note".into()), ("note", typed.clone())]).await;
        assert_eq!(too_long.status(), 422);
        let html = too_long.text().await.unwrap();
        assert!(
            html.contains("&lt;/textarea&gt;&lt;b&gt;fed"),
            "the text stays, escaped"
        );
        let saved = post(vec![
            ("intent", "note".into()),
            ("note", "Svar sendt videre.".into()),
        ])
        .await;
        assert_eq!(saved.status(), 303);
        let redact = post(vec![
            ("intent", "decide".into()),
            ("action", "redact".into()),
            ("reason", "Navn".into()),
            ("passage", "ikke i teksten".into()),
        ])
        .await;
        assert_eq!(redact.status(), 422);
        let html = redact.text().await.unwrap();
        assert!(
            html.contains("ordret") && html.contains("ikke i teksten"),
            "message and passage kept"
        );
        let html = app.html_with_cookie(&page, &cookie).await;
        assert!(html.contains("Svar sendt videre.") && html.contains("note.add"));
    }
);
