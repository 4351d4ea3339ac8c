//! The officials' side of this slice as a browser and as each role sees it: the user page
//! with plain forms (values kept, messages at their fields) and the role matrix of every
//! route of accounts and records (admin, official, moderator, reader, nobody).

use app::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, call, form, paths};
use crate::users::users;

db_test!(the_user_page_works_with_plain_forms, |app| {
    let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
    let (status, _) = app.get_page("/admin/users").await;
    assert_eq!(status, 401);
    let page = app.get_with_cookie("/admin/users", &admin).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Opret en bruger") && html.contains("admin@kk.dk"));
    let bad = [
        ("op", "create"),
        ("name", "Åse Læser"),
        ("email", "aase@"),
        ("role", "reader"),
        ("hearing", ""),
    ];
    let refused = form(&app, "/admin/users", Some(&admin), &bad).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains(r#"value="Åse Læser""#),
        "the name typed stays"
    );
    assert!(html.contains(r#"value="aase@""#));
    assert!(html.contains("Skriv en gyldig e-mailadresse"));
    assert!(html.contains(r#"aria-describedby="error-email""#));
    assert_eq!(app.count("account").await, 1);
    let good = [
        ("op", "create"),
        ("name", "Åse Læser"),
        ("email", "aase@kk.dk"),
        ("role", "reader"),
        ("hearing", ""),
    ];
    let created = form(&app, "/admin/users", Some(&admin), &good).await;
    assert_eq!(created.status(), 303);
    assert_eq!(created.headers()["location"], "/admin/users?saved=created");
    let aase = app.id_of("aase@kk.dk").await.to_string();
    let disable = [("op", "disable"), ("account_id", aase.as_str())];
    let disabled = form(&app, "/admin/users", Some(&admin), &disable).await;
    assert_eq!(
        disabled.headers()["location"],
        "/admin/users?saved=disabled"
    );
    let html = app
        .html_with_cookie("/admin/users?saved=disabled", &admin)
        .await;
    assert!(html.contains("Kontoen er deaktiveret") && html.contains("Deaktiveret"));
    let me = app.id_of("admin@kk.dk").await.to_string();
    let list = users(&app, &admin).await;
    let own = list.iter().find(|u| u["email"] == "admin@kk.dk").unwrap();
    let role_id = own["roles"][0]["id"].to_string();
    let remove = [
        ("op", "remove_role"),
        ("account_id", me.as_str()),
        ("role_id", role_id.as_str()),
    ];
    let refused = form(&app, "/admin/users", Some(&admin), &remove).await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Du kan ikke fjerne din egen sidste administratorrolle.")
    );
    let reader = app.sign_in("laeser@kk.dk", Role::Reader, None).await;
    let forbidden = form(&app, "/admin/users", Some(&reader), &good).await;
    assert_eq!(forbidden.status(), 403);
});

async fn status(
    app: &TestApp,
    (method, path, body): (&Method, &str, &Option<Value>),
    cookie: Option<&str>,
) -> u16 {
    call(app, method.clone(), path, cookie, body.clone())
        .await
        .status()
        .as_u16()
}

db_test!(every_route_of_accounts_and_records_checks_the_role, |app| {
    let demo = app.demo_hearing_id().await;
    let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
    let official = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let moderator = app.sign_in("mod@kk.dk", Role::Moderator, None).await;
    let reader = app.sign_in("udvalg@kk.dk", Role::Reader, None).await;
    let valby = app.other_hearing().await;
    assert_ne!(valby, demo);
    let other_hearing = app.sign_in("andet@kk.dk", Role::Reader, Some(valby)).await;
    let target = app::auth::accounts::find(&app.db, "udvalg@kk.dk")
        .await
        .unwrap()
        .unwrap()
        .id;
    let zip = paths::admin_api(DEMO, "attachments.zip");
    let admin_only: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, "/admin/users".into(), None),
        (Method::GET, "/api/v1/admin/users".into(), None),
        (
            Method::POST,
            "/api/v1/admin/users".into(),
            Some(json!({"name": ""})),
        ),
        (
            Method::POST,
            format!("/api/v1/admin/users/{target}/roles"),
            Some(json!({"role": "x"})),
        ),
        (
            Method::DELETE,
            format!("/api/v1/admin/users/{target}/roles/999"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/admin/users/{target}/enable"),
            None,
        ),
        (Method::GET, "/api/v1/admin/audit.csv".into(), None),
        (Method::GET, "/api/v1/admin/audit.json".into(), None),
    ];
    for (method, path, body) in admin_only {
        let expected_admin = match (method.as_str(), path.as_str()) {
            ("POST", "/api/v1/admin/users") => 422,
            ("POST", p) if p.ends_with("/roles") => 422,
            ("DELETE", _) => 404,
            ("POST", _) => 204,
            _ => 200,
        };
        assert_eq!(
            status(&app, (&method, &path, &body), Some(&admin)).await,
            expected_admin,
            "admin {method} {path}"
        );
        for (who, cookie) in [
            ("official", &official),
            ("moderator", &moderator),
            ("reader", &reader),
        ] {
            assert_eq!(
                status(&app, (&method, &path, &body), Some(cookie)).await,
                403,
                "{who} {method} {path}"
            );
        }
        assert_eq!(
            status(&app, (&method, &path, &body), None).await,
            401,
            "nobody {method} {path}"
        );
    }
    for cookie in [&admin, &official, &moderator, &reader] {
        assert_eq!(app.get_with_cookie(&zip, cookie).await.status(), 200);
    }
    assert_eq!(
        app.get_with_cookie(&zip, &other_hearing).await.status(),
        403
    );
    assert_eq!(app.get(&zip).await.status(), 401);
    let elsewhere = app
        .client
        .post(format!(
            "{}/api/v1/admin/users/{target}/disable",
            app.address
        ))
        .header(reqwest::header::COOKIE, &admin)
        .header(reqwest::header::ORIGIN, "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.status(), 403, "cross-site");
    let form = app
        .client
        .post(format!("{}/admin/password-reset", app.address))
        .header(reqwest::header::ORIGIN, "https://evil.example")
        .form(&[("email", "admin@kk.dk")])
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 403, "cross-site form");
    assert_eq!(app.count("account WHERE disabled").await, 0);
});
