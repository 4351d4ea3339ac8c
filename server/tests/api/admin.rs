//! Officials: sign-in, the role matrix over the admin API, moderation with its audit trail,
//! lock-out and cross-site refusal.

use app::auth::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{PASSWORD, TestApp, call, call_json};

async fn login(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.client
        .post(format!("{}/api/v1/auth/login", app.address))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

/// A confirmed, published response; returns its id.
async fn published_response(app: &TestApp) -> i64 {
    app.open_demo_hearing().await;
    let body = json!({"kind": "resident", "name": "Ida", "email": "ida@example.dk", "text": "Et svar.", "publish_name": false});
    let response = app.submit_response(&body).await;
    let id = response.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    assert_eq!(app.confirm_mail(1).await.status(), 200);
    id
}

db_test!(each_role_can_do_exactly_what_it_should, |app| {
    let id = published_response(&app).await;
    let demo = app.demo_hearing_id().await;
    let elsewhere = app.other_hearing().await;
    let roles = [
        ("admin", Some((Role::Admin, None))),
        ("official", Some((Role::Official, Some(demo)))),
        ("moderator", Some((Role::Moderator, None))),
        ("reader", Some((Role::Reader, None))),
        (
            "official-elsewhere",
            Some((Role::Official, Some(elsewhere))),
        ),
        ("anonymous", None),
    ];
    // (can read the inbox, can moderate, can read the audit log) → expected statuses
    let expected = [
        ("admin", [200, 200, 200]),
        ("official", [200, 200, 403]),
        ("moderator", [200, 200, 403]),
        ("reader", [200, 403, 403]),
        ("official-elsewhere", [403, 403, 403]),
        ("anonymous", [401, 401, 401]),
    ];
    for ((name, grant), (_, want)) in roles.into_iter().zip(expected) {
        let cookie = match grant {
            Some((role, hearing)) => {
                Some(app.sign_in(&format!("{name}@kk.dk"), role, hearing).await)
            }
            None => None,
        };
        let cookie = cookie.as_deref();
        let inbox = app
            .admin_api(reqwest::Method::GET, "responses", cookie, None)
            .await;
        let hold = json!({"action": "hold", "reason": "Tjekkes"});
        let moderate = call(
            &app,
            reqwest::Method::POST,
            &format!("/api/v1/admin/responses/{id}/moderation"),
            cookie,
            Some(hold),
        )
        .await;
        let audit = call(
            &app,
            reqwest::Method::GET,
            "/api/v1/admin/audit",
            cookie,
            None,
        )
        .await;
        let got = [
            inbox.status().as_u16(),
            moderate.status().as_u16(),
            audit.status().as_u16(),
        ];
        assert_eq!(got, want, "{name}");
    }
});

db_test!(
    moderation_is_audited_and_a_rejection_tells_the_respondent_why,
    |app| {
        let id = published_response(&app).await;
        let cookie = app
            .sign_in("sagsbehandler@kk.dk", Role::Official, None)
            .await;
        let path = format!("/api/v1/admin/responses/{id}/moderation");
        let missing = call(
            &app,
            reqwest::Method::POST,
            &path,
            Some(&cookie),
            Some(json!({"action": "reject"})),
        )
        .await;
        assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(missing.text().await.unwrap().contains("begrundelse"));
        let reject = json!({"action": "reject", "reason": "Svaret indeholder personangreb."});
        let answer = call(
            &app,
            reqwest::Method::POST,
            &path,
            Some(&cookie),
            Some(reject),
        )
        .await;
        assert_eq!(answer.status(), 200);
        assert_eq!(answer.json::<Value>().await.unwrap()["status"], "rejected");
        assert_eq!(app.public_responses("").await["total"], 0);
        let mail = app.eml(3).await;
        assert!(
            mail.contains("To: ida@example.dk") && mail.contains("personangreb"),
            "{mail}"
        );

        let publish = call(
            &app,
            reqwest::Method::POST,
            &path,
            Some(&cookie),
            Some(json!({"action": "publish"})),
        )
        .await;
        assert_eq!(publish.status(), 200);
        let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
        let log: Value = call_json(
            &app,
            reqwest::Method::GET,
            "/api/v1/admin/audit",
            Some(&admin),
            None,
        )
        .await;
        assert_eq!(log["total"], 2);
        assert_eq!(log["items"][0]["action"], "moderation.publish");
        assert_eq!(log["items"][0]["before"]["status"], "rejected");
        assert_eq!(log["items"][1]["action"], "moderation.reject");
        assert_eq!(log["items"][1]["before"]["status"], "published");
        assert_eq!(log["items"][1]["reason"], "Svaret indeholder personangreb.");

        let inbox: Value = app
            .admin_api(
                reqwest::Method::GET,
                "responses?status=published",
                Some(&cookie),
                None,
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(inbox["total"], 1);
        assert_eq!(
            inbox["items"][0]["email"], "ida@example.dk",
            "officials see private fields"
        );
        assert_eq!(inbox["counts"]["status"]["published"], 1);
    }
);

db_test!(
    wrong_passwords_lock_the_account_and_answers_do_not_tell_accounts_apart,
    |app| {
        let _ = app.sign_in("official@kk.dk", Role::Official, None).await;
        let unknown = login(&app, "nobody@kk.dk", PASSWORD).await;
        assert_eq!(unknown.status(), 401);
        let unknown_body = unknown.text().await.unwrap();
        for _ in 0..5 {
            let wrong = login(&app, "official@kk.dk", "forkert adgangskode").await;
            assert_eq!(wrong.status(), 401);
            assert_eq!(wrong.text().await.unwrap(), unknown_body);
        }
        assert_eq!(
            login(&app, "official@kk.dk", PASSWORD).await.status(),
            401,
            "locked for 15 minutes"
        );
    }
);

db_test!(
    signing_out_ends_the_session_and_cross_site_posts_are_refused,
    |app| {
        let id = published_response(&app).await;
        let cookie = app.sign_in("official@kk.dk", Role::Official, None).await;
        let cross_site = app
            .client
            .post(format!(
                "{}/api/v1/admin/responses/{id}/moderation",
                app.address
            ))
            .header(reqwest::header::COOKIE, &cookie)
            .header(reqwest::header::ORIGIN, "https://evil.example")
            .json(&json!({"action": "hold", "reason": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(cross_site.status(), 403);
        assert_eq!(app.count("audit_log").await, 0);
        let same_site = app
            .client
            .post(format!("{}/api/v1/auth/logout", app.address))
            .header(reqwest::header::COOKIE, &cookie)
            .header(reqwest::header::ORIGIN, &app.address)
            .send()
            .await
            .unwrap();
        assert_eq!(same_site.status(), 204);
        let after = call(
            &app,
            reqwest::Method::GET,
            "/api/v1/auth/me",
            Some(&cookie),
            None,
        )
        .await;
        assert_eq!(after.status(), 401);
    }
);

db_test!(
    a_sign_in_link_works_once_and_unknown_addresses_get_the_same_answer,
    |app| {
        let _ = app.sign_in("official@kk.dk", Role::Official, None).await;
        let ask = |email: &'static str| {
            app.client
                .post(format!("{}/api/v1/auth/login-link", app.address))
                .json(&json!({"email": email}))
                .send()
        };
        assert_eq!(ask("nobody@kk.dk").await.unwrap().status(), 202);
        assert_eq!(ask("OFFICIAL@kk.dk").await.unwrap().status(), 202);
        let mail = app.eml(1).await;
        assert!(
            mail.contains("To: official@kk.dk"),
            "only the real account gets mail: {mail}"
        );
        assert_eq!(app.count("mail_outbox").await, 1);
        let start = mail.find("/admin/login/").unwrap();
        let path: String = mail[start..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();

        let (status, page) = app.get_page(&path).await;
        assert_eq!(
            status, 200,
            "opening the link changes nothing (mail scanners open links)"
        );
        assert!(page.contains(&format!(r#"action="{path}""#)), "{page}");
        let use_link = || app.client.post(format!("{}{path}", app.address)).send();
        let first = use_link().await.unwrap();
        assert_eq!(first.status(), 303);
        assert_eq!(first.headers()["location"], "/admin");
        let cookie = first.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        let me = call(
            &app,
            reqwest::Method::GET,
            "/api/v1/auth/me",
            Some(&cookie),
            None,
        )
        .await;
        assert_eq!(me.json::<Value>().await.unwrap()["email"], "official@kk.dk");

        let again = use_link().await.unwrap();
        assert_eq!(
            again.headers()["location"],
            "/admin/login?link=invalid",
            "a link works once"
        );
        let (_, html) = app.get_page("/admin/login?link=invalid").await;
        assert!(html.contains("Linket virker ikke længere"));
    }
);
