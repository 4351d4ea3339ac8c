//! Officials see a hearing's erasure requests and carry them out: only those who may moderate
//! the hearing, and only from this site; the rule decides what stays.

use app::auth::Role;
use reqwest::Method;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use super::{DEMO, OTHER, app_on_clock, open_data, respond, response_id};
use crate::helpers::{Backend, TestApp, call, form, paths};

/// Ida's response to `slug` with a pending erasure request; the request's id.
async fn asked(app: &TestApp, slug: &str, text: &str) -> i32 {
    respond(app, slug, ("Ida Holm", "ida@example.dk"), text).await;
    ask_erasure(app, slug).await
}

/// Ida asks for erasure of her response to `slug`; the request's id.
async fn ask_erasure(app: &TestApp, slug: &str) -> i32 {
    let id = response_id(app, slug, "ida@example.dk").await.to_string();
    let cookie = open_data(app, "ida@example.dk").await;
    let fields = [
        ("intent", "erase"),
        ("response", id.as_str()),
        ("confirm", "true"),
    ];
    let answer = form(app, "/my-data", Some(&cookie), &fields).await;
    assert_eq!(answer.headers()["location"], "/my-data?erasure=requested");
    let list = app::entities::erasure_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    list.iter()
        .find(|r| r.response_id.map(|r| r.to_string()) == Some(id.clone()))
        .expect("the request")
        .id
}

async fn only_the_hearings_moderators_see_and_carry_out(backend: Backend) {
    let (app, _clock) = app_on_clock(backend).await;
    let demo = app.demo_hearing_id().await;
    let request = asked(&app, DEMO, "Slet mig.").await;
    let carry = format!("/api/v1/admin/erasure-requests/{request}/carry-out");
    let roles = [
        ("reader", Some((Role::Reader, Some(demo)))),
        ("elsewhere", Some((Role::Official, Some(demo + 1)))),
        ("anonymous", None),
    ];
    // (page, list, carry out by API, carry out by form)
    let expected = [
        [403, 403, 403, 403],
        [403, 403, 403, 403],
        [401, 401, 401, 303],
    ];
    for ((name, grant), want) in roles.into_iter().zip(expected) {
        let cookie = match grant {
            Some((role, hearing)) => {
                Some(app.sign_in(&format!("{name}@kk.dk"), role, hearing).await)
            }
            None => None,
        };
        let c = cookie.as_deref();
        let page = match c {
            Some(c) => app.admin_page(c, "erasure-requests").await,
            None => app.get(&paths::admin_page(DEMO, "erasure-requests")).await,
        };
        let got = [
            page.status().as_u16(),
            app.admin_api(Method::GET, "erasure-requests", c, None)
                .await
                .status()
                .as_u16(),
            call(&app, Method::POST, &carry, c, None)
                .await
                .status()
                .as_u16(),
            app.admin_form("erasure-requests", c, &[("request", &request.to_string())])
                .await
                .status()
                .as_u16(),
        ];
        assert_eq!(got, want, "{name}");
    }
    let sign_in = app
        .admin_form(
            "erasure-requests",
            None,
            &[("request", &request.to_string())],
        )
        .await;
    assert!(
        sign_in.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/admin/login?next=")
    );
    assert_eq!(
        app.count("erasure_request WHERE status = 'pending'").await,
        1,
        "nothing carried out"
    );

    let moderator = app
        .sign_in("moderator@kk.dk", Role::Moderator, Some(demo))
        .await;
    let page = app.admin_page(&moderator, "erasure-requests").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Udfør sletning"), "{html}");
    assert!(
        !html.contains("Slet mig."),
        "the page holds no response text"
    );
    let list = app
        .admin_api(Method::GET, "erasure-requests", Some(&moderator), None)
        .await;
    let list: serde_json::Value = list.json().await.unwrap();
    assert_eq!(list["items"][0]["status"], "pending");
    assert_eq!(list["decided"], false);

    let cross_site = app
        .client
        .post(app.url(&paths::admin_page(DEMO, "erasure-requests")))
        .header(reqwest::header::ORIGIN, "https://evil.example")
        .header(reqwest::header::COOKIE, &moderator)
        .form(&[("request", request.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403, "the Origin check");
    assert_eq!(
        app.count("erasure_request WHERE status = 'pending'").await,
        1
    );
}

crate::digest::on_both!(
    only_the_hearings_moderators_see_and_carry_out,
    only_the_hearings_moderators_see_and_carry_out
);

async fn set_status(app: &TestApp, slug: &str, status: &str) {
    let hearing = app::hearing::store::find_by_slug(&app.db, slug)
        .await
        .unwrap()
        .unwrap();
    let mut hearing = hearing.into_active_model();
    hearing.status = Set(status.parse().expect("a hearing state"));
    hearing.update(&app.db).await.unwrap();
}

async fn respondents_with(app: &TestApp, email: &str) -> i64 {
    app.count(&format!("respondent WHERE LOWER(email) = '{email}'"))
        .await
}

async fn carrying_out_erases_as_the_rule_says(backend: Backend) {
    let (app, _clock) = app_on_clock(backend).await;
    let moderator = app.sign_in("moderator@kk.dk", Role::Admin, None).await;
    respond(&app, DEMO, ("Bo Holm", "bo@example.dk"), "Bo bliver.").await;
    respond(
        &app,
        OTHER,
        ("Ida Holm", "ida@example.dk"),
        "Behold teksten.",
    )
    .await;
    let open = asked(&app, DEMO, "Slet mig helt.").await;
    let open_response = response_id(&app, DEMO, "ida@example.dk").await;

    let done = app
        .admin_form(
            "erasure-requests",
            Some(&moderator),
            &[("request", &open.to_string())],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(
        done.headers()["location"],
        paths::admin_page(DEMO, &format!("erasure-requests?done={open}")).as_str()
    );
    assert_eq!(
        app.count(&format!("response WHERE id = {open_response}"))
            .await,
        0,
        "deleted"
    );
    assert_eq!(
        app.count("response WHERE body = 'Bo bliver.'").await,
        1,
        "nothing of Bo's"
    );
    let request = app::entities::erasure_request::Entity::find_by_id(open)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(request.status.as_str(), "carried_out");
    assert_eq!(
        request.response_id, None,
        "the request outlives the response"
    );
    assert_eq!(
        request.carried_out_by,
        Some(app.id_of("moderator@kk.dk").await)
    );
    let html = app
        .admin_page(&moderator, &format!("erasure-requests?done={open}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Sletningen er udført."), "{html}");
    let again = call(
        &app,
        Method::POST,
        &format!("/api/v1/admin/erasure-requests/{open}/carry-out"),
        Some(&moderator),
        None,
    )
    .await;
    assert_eq!(again.status(), 409);
    assert_eq!(
        app.count(&format!(
            "audit_log WHERE action = 'respondent.erasure_carried_out' AND entity_id = {open}"
        ))
        .await,
        1
    );

    set_status(&app, OTHER, "decided").await;
    let decided = ask_erasure(&app, OTHER).await;
    let kept_response = response_id(&app, OTHER, "ida@example.dk").await;
    let carried = call(
        &app,
        Method::POST,
        &format!("/api/v1/admin/erasure-requests/{decided}/carry-out"),
        Some(&moderator),
        None,
    )
    .await;
    assert_eq!(carried.status(), 200);
    let carried: serde_json::Value = carried.json().await.unwrap();
    assert_eq!(carried["kept"], "record");
    assert_eq!(carried["responses_erased"], 1);
    let row = app::entities::response::Entity::find_by_id(kept_response)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the record is kept");
    assert_eq!(row.body, "Behold teksten.");
    assert_eq!(
        respondents_with(&app, "ida@example.dk").await,
        0,
        "her address is gone"
    );
    assert_eq!(respondents_with(&app, "bo@example.dk").await, 1);
}

crate::digest::on_both!(
    carrying_out_erases_as_the_rule_says,
    carrying_out_erases_as_the_rule_says
);
