//! Hearing administration over the JSON API and the pages: who may do what, every refused
//! field with its message (and nothing stored), the status flow and its audit entries, and
//! a draft hearing that the public never sees.

use app::auth::Role;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, call_json, paths};

/// Sends `method path` with the session `cookie` (if any) and a JSON body (if any).
pub async fn send(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    cookie: Option<&str>,
    body: Option<&Value>,
) -> reqwest::Response {
    crate::helpers::call(app, method, path, cookie, body.cloned()).await
}

/// Valid settings for a new hearing with `slug`.
pub fn new_hearing(slug: &str) -> Value {
    json!({
        "slug": slug,
        "title": "Københavns Kulturpolitik",
        "summary": "Et udkast til en ny kulturpolitik.",
        "committee": "Kultur- og Fritidsudvalget",
        "journal_number": "2026-12345",
        "opens_at": "2027-01-05T08:00",
        "closes_at": "2027-02-27T23:59",
        "publication_policy": "after_moderation",
        "milestones": [{"date": "2027-03-10", "label": "Udvalgsmøde", "kind": "meeting"}],
        "digest_recipients": [{"name": "Udvalgssekretær", "email": "sekretaer@kk.dk"}]
    })
}

/// Signs an admin in and creates the hearing `slug` through the API; returns the cookie.
pub async fn admin_with_hearing(app: &TestApp, slug: &str) -> String {
    let cookie = app.sign_in("admin@kk.dk", Role::Admin, None).await;
    let created = send(
        app,
        reqwest::Method::POST,
        "/api/v1/admin/hearings",
        Some(&cookie),
        Some(&new_hearing(slug)),
    )
    .await;
    assert_eq!(created.status(), 201);
    cookie
}

db_test!(each_role_may_manage_exactly_the_hearings_it_should, |app| {
    use reqwest::Method;
    let admin = admin_with_hearing(&app, "kulturpolitik").await;
    let demo = app.demo_hearing_id().await;
    let other = app::hearing::store::find_by_slug(&app.db, "kulturpolitik")
        .await
        .unwrap()
        .unwrap()
        .id;
    let official = app
        .sign_in("official@kk.dk", Role::Official, Some(demo))
        .await;
    let elsewhere = app
        .sign_in("elsewhere@kk.dk", Role::Official, Some(other))
        .await;
    let moderator = app.sign_in("moderator@kk.dk", Role::Moderator, None).await;
    let reader = app.sign_in("reader@kk.dk", Role::Reader, None).await;
    let current: Value = call_json(
        &app,
        Method::GET,
        &paths::admin_api(DEMO, ""),
        Some(&admin),
        None,
    )
    .await;
    let settings = current["settings"].clone();
    let page = &paths::admin_page(DEMO, "");
    let cases = [
        (Some(&admin), 200, 201),
        (Some(&official), 200, 403),
        (Some(&elsewhere), 403, 403),
        (Some(&moderator), 403, 403),
        (Some(&reader), 403, 403),
        (None, 401, 401),
    ];
    for (n, (cookie, manage, create)) in cases.into_iter().enumerate() {
        let cookie = cookie.map(String::as_str);
        let who = format!("case {n}");
        assert_eq!(
            send(&app, Method::GET, &paths::admin_api(DEMO, ""), cookie, None)
                .await
                .status(),
            manage,
            "{who} GET"
        );
        assert_eq!(
            send(
                &app,
                Method::PUT,
                &paths::admin_api(DEMO, ""),
                cookie,
                Some(&settings)
            )
            .await
            .status(),
            manage,
            "{who} PUT"
        );
        let status = send(
            &app,
            Method::POST,
            &paths::admin_api(DEMO, "status"),
            cookie,
            Some(&json!({"status": "decided"})),
        )
        .await;
        assert_eq!(
            status.status(),
            if manage == 200 { 409 } else { manage },
            "{who} status"
        );
        let preview = send(
            &app,
            Method::POST,
            &paths::admin_api(DEMO, "drafts?preview=true"),
            cookie,
            None,
        )
        .await;
        assert_eq!(
            preview.status(),
            if manage == 200 { 422 } else { manage },
            "{who} draft"
        );
        let body = new_hearing(&format!("ny-hoering-{n}"));
        let created = send(
            &app,
            Method::POST,
            "/api/v1/admin/hearings",
            cookie,
            Some(&body),
        )
        .await;
        assert_eq!(created.status(), create, "{who} create");
        let html = match cookie {
            Some(c) => app.get_with_cookie(page, c).await,
            None => app.get(page).await,
        };
        assert_eq!(html.status(), manage, "{who} page");
        let new_page = match cookie {
            Some(c) => app.get_with_cookie("/admin/hearings/new", c).await,
            None => app.get("/admin/hearings/new").await,
        };
        assert_eq!(
            new_page.status(),
            if create == 201 { 200 } else { create },
            "{who} new page"
        );
    }
    let readers_diff = send(
        &app,
        Method::GET,
        &paths::admin_api(DEMO, "drafts/diff?from=1&to=1"),
        Some(&reader),
        None,
    )
    .await;
    assert_eq!(
        readers_diff.status(),
        200,
        "a committee reader may read the diff"
    );
    let strangers_diff = send(
        &app,
        Method::GET,
        &paths::admin_api(DEMO, "drafts/diff?from=1&to=1"),
        Some(&elsewhere),
        None,
    )
    .await;
    assert_eq!(strangers_diff.status(), 403);
});

db_test!(every_bad_field_is_named_and_nothing_is_stored, |app| {
    let cookie = admin_with_hearing(&app, "kulturpolitik").await;
    let (hearings, audit, recipients) = (
        app.count("hearing").await,
        app.count("audit_log").await,
        app.count("digest_recipient").await,
    );
    let mut bad = new_hearing("Kultur Politik");
    bad["title"] = json!("");
    bad["journal_number"] = json!("64452");
    bad["opens_at"] = json!("næste mandag");
    bad["closes_at"] = json!("2027-01-01T00:00");
    bad["publication_policy"] = json!("straks");
    bad["milestones"] = json!([{"date": "10/3", "label": "", "kind": "fest"}]);
    bad["digest_recipients"] = json!([{"name": "", "email": "ikke en adresse"}]);
    let refused = send(
        &app,
        reqwest::Method::POST,
        "/api/v1/admin/hearings",
        Some(&cookie),
        Some(&bad),
    )
    .await;
    assert_eq!(refused.status(), 422);
    let errors = refused.json::<Value>().await.unwrap()["errors"].clone();
    assert_eq!(
        errors["slug"],
        format!("Brug 3–80 små bogstaver (a–z), tal og enkelte bindestreger, fx {DEMO}.")
    );
    assert_eq!(errors["title"], "Udfyld feltet.");
    assert_eq!(
        errors["journal_number"],
        "Skriv journalnummeret som årstal, bindestreg og løbenummer, fx 2010-64452."
    );
    assert_eq!(
        errors["opens_at"],
        "Skriv dato og klokkeslæt, fx 2010-08-09 00:00."
    );
    assert_eq!(errors["publication_policy"], "Vælg en af mulighederne.");
    assert_eq!(errors["milestones.0.date"], "Skriv en dato, fx 2010-08-09.");
    assert_eq!(errors["milestones.0.label"], "Udfyld feltet.");
    assert_eq!(
        errors["milestones.0.kind"],
        "Vælg en af de slags, der står på listen."
    );
    assert_eq!(errors["digest_recipients.0.name"], "Udfyld feltet.");
    assert_eq!(
        errors["digest_recipients.0.email"],
        "Skriv en gyldig e-mailadresse, fx navn@kk.dk."
    );
    let mut early = new_hearing("kulturpolitik");
    early["closes_at"] = json!("2027-01-01T00:00");
    let refused = send(
        &app,
        reqwest::Method::POST,
        "/api/v1/admin/hearings",
        Some(&cookie),
        Some(&early),
    )
    .await;
    let errors = refused.json::<Value>().await.unwrap()["errors"].clone();
    assert_eq!(errors["closes_at"], "Fristen skal ligge efter åbningen.");
    assert_eq!(
        errors["slug"],
        "Det korte navn bruges allerede af en anden høring."
    );
    let english = app
        .client
        .post(format!("{}/api/v1/admin/hearings", app.address))
        .header(reqwest::header::COOKIE, &cookie)
        .header(reqwest::header::ACCEPT_LANGUAGE, "en")
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(
        english.json::<Value>().await.unwrap()["errors"]["title"],
        "Fill in this field."
    );
    let mut update = new_hearing("kulturpolitik");
    update["journal_number"] = json!("2026/12345");
    let path = "/api/v1/admin/hearings/kulturpolitik";
    assert_eq!(
        send(
            &app,
            reqwest::Method::PUT,
            path,
            Some(&cookie),
            Some(&update)
        )
        .await
        .status(),
        422
    );
    assert_eq!(
        (
            app.count("hearing").await,
            app.count("audit_log").await,
            app.count("digest_recipient").await
        ),
        (hearings, audit, recipients)
    );
    let stored: Value = call_json(&app, reqwest::Method::GET, path, Some(&cookie), None).await;
    assert_eq!(stored["settings"]["journal_number"], "2026-12345");
    assert_eq!(
        stored["settings"]["opens_at"], "2027-01-05T07:00:00Z",
        "08:00 in Copenhagen is 07:00 UTC in winter"
    );
    assert_eq!(
        stored["settings"]["digest_recipients"][0]["email"],
        "sekretaer@kk.dk"
    );
    assert_eq!(stored["stored_status"], "draft");
    assert_eq!(stored["history"][0]["action"], "hearing.create");
});
