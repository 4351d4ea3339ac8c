//! Password reset by e-mail: the same answer for any address, a one-time link that expires,
//! the password policy with nothing changed on a refusal, and on success every session
//! signed out and the lock-out cleared. Helpers here serve `users.rs` and `records.rs` too.

use app::auth::Role;
use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, EntityTrait};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{PASSWORD, TestApp, call, form};

pub const NEW_PASSWORD: &str = "en helt ny og lang adgangskode";

/// The token of the set-password link in a mail.
pub fn reset_token(eml: &str) -> String {
    let marker = "/admin/password-reset/";
    let start = eml.find(marker).expect("a set-password link") + marker.len();
    eml[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

/// The status of signing in with the API.
pub async fn login_status(app: &TestApp, email: &str, password: &str) -> StatusCode {
    let body = json!({"email": email, "password": password});
    call(app, Method::POST, "/api/v1/auth/login", None, Some(body))
        .await
        .status()
}

async fn account(app: &TestApp, email: &str) -> app::entities::account::Model {
    app::auth::accounts::find(&app.db, email)
        .await
        .unwrap()
        .unwrap()
}

async fn ask(app: &TestApp, email: &str) -> StatusCode {
    let body = json!({"email": email});
    call(
        app,
        Method::POST,
        "/api/v1/auth/password-reset",
        None,
        Some(body),
    )
    .await
    .status()
}

db_test!(
    a_reset_answers_alike_and_only_a_known_address_gets_mail,
    |app| {
        app.sign_in("sb@kk.dk", Role::Official, None).await;
        assert_eq!(ask(&app, "ukendt@kk.dk").await, 202);
        assert_eq!(
            app.count("mail_outbox").await,
            0,
            "no mail for an unknown address"
        );
        assert_eq!(ask(&app, "SB@kk.dk").await, 202);
        assert_eq!(app.count("mail_outbox").await, 1);
        assert_eq!(app.count("account_token WHERE purpose = 'reset'").await, 1);
        assert_eq!(ask(&app, "ikke en adresse").await, 422);

        let refused = form(&app, "/admin/password-reset", None, &[("email", "sb@")]).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(html.contains("Skriv en gyldig e-mailadresse"), "{html}");
        assert!(html.contains(r#"value="sb@""#), "the address typed stays");
        assert!(html.contains(r#"aria-describedby="error-email""#));
        let sent = form(
            &app,
            "/admin/password-reset",
            None,
            &[("email", "ukendt@kk.dk")],
        )
        .await;
        assert_eq!(sent.status(), 303);
        assert_eq!(sent.headers()["location"], "/admin/password-reset?sent=1");
        let (status, page) = app.get_page("/admin/password-reset?sent=1").await;
        assert_eq!(status, 200);
        assert!(page.contains("Hvis adressen har en konto"));
        assert_eq!(app.count("mail_outbox").await, 1, "still only the one mail");
    }
);

db_test!(
    a_new_password_follows_the_policy_and_signs_out_everywhere,
    |app| {
        const EMAIL: &str = "sagsbehandler@kk.dk";
        let first = app.sign_in(EMAIL, Role::Official, None).await;
        assert_eq!(login_status(&app, EMAIL, PASSWORD).await, 200);
        let id = account(&app, EMAIL).await.id;
        let sessions = format!("session WHERE account_id = {id}");
        app.db
            .execute_unprepared(&format!(
                "UPDATE account SET failed_logins = 3 WHERE id = {id}"
            ))
            .await
            .unwrap();
        assert_eq!(ask(&app, EMAIL).await, 202);
        let eml = app.eml(1).await;
        assert!(
            eml.contains("en ny adgangskode til Ordet") && eml.contains("60 minutter"),
            "{eml}"
        );
        let token = reset_token(&eml);
        let link = format!("/admin/password-reset/{token}");
        let api_link = format!("/api/v1/auth/password-reset/{token}");
        let (status, page) = app.get_page(&link).await;
        assert_eq!(status, 200);
        assert!(page.contains("Ny adgangskode") && page.contains("Mindst 12 tegn"));

        let before = account(&app, EMAIL).await;
        let refusals = [
            (
                "kort",
                "kort",
                "Adgangskoden skal have mindst 12 tegn.",
                "password",
            ),
            (
                NEW_PASSWORD,
                "en anden lang adgangskode",
                "De to adgangskoder er ikke ens.",
                "repeat",
            ),
            (
                EMAIL,
                EMAIL,
                "Adgangskoden må ikke være din e-mailadresse.",
                "password",
            ),
        ];
        for (password, repeat, message, field) in refusals {
            let fields = [("password", password), ("repeat", repeat)];
            let refused = form(&app, &link, None, &fields).await;
            assert_eq!(refused.status(), 422);
            let html = refused.text().await.unwrap();
            assert!(html.contains(message), "{message}: {html}");
            let described = match field {
                "password" => r#"aria-describedby="hint-password error-password""#,
                _ => r#"aria-describedby="error-repeat""#,
            };
            assert!(html.contains(described), "{described}");
            assert!(
                !html.contains(&format!(r#"value="{password}""#)),
                "never echoed"
            );
        }
        let weak = json!({"password": "kort"});
        let weak = call(&app, Method::POST, &api_link, None, Some(weak)).await;
        assert_eq!(weak.status(), 422);
        let answer = weak.json::<Value>().await.unwrap();
        assert_eq!(
            answer["errors"]["password"],
            "Adgangskoden skal have mindst 12 tegn."
        );
        assert_eq!(account(&app, EMAIL).await, before, "nothing changed");
        assert_eq!(app.count(&sessions).await, 2);

        let fields = [("password", NEW_PASSWORD), ("repeat", NEW_PASSWORD)];
        let done = form(&app, &link, None, &fields).await;
        assert_eq!(done.status(), 303);
        assert_eq!(done.headers()["location"], "/admin/login?reset=done");
        assert_eq!(app.count(&sessions).await, 0, "signed out everywhere");
        let me = call(&app, Method::GET, "/api/v1/auth/me", Some(&first), None).await;
        assert_eq!(me.status(), 401);
        let after = account(&app, EMAIL).await;
        assert_eq!((after.failed_logins, after.locked_until), (0, None));
        assert_eq!(login_status(&app, EMAIL, PASSWORD).await, 401);
        assert_eq!(login_status(&app, EMAIL, NEW_PASSWORD).await, 200);
        let audited =
            format!("audit_log WHERE action = 'account.password_reset' AND actor_id = {id}");
        assert_eq!(app.count(&audited).await, 1);
        let (_, login) = app.get_page("/admin/login?reset=done").await;
        assert!(login.contains("Din nye adgangskode er gemt"));

        let again = form(&app, &link, None, &fields).await;
        assert_eq!(again.status(), 303, "a used link goes back to its page");
        let (status, spent) = app.get_page(&link).await;
        assert_eq!(status, 410);
        assert!(spent.contains("Linket virker ikke længere"));
        let other = json!({"password": "endnu en lang adgangskode"});
        let json_again = call(&app, Method::POST, &api_link, None, Some(other)).await;
        assert_eq!(json_again.status(), 404);
        assert_eq!(
            login_status(&app, EMAIL, NEW_PASSWORD).await,
            200,
            "unchanged"
        );
    }
);

db_test!(an_expired_or_unknown_reset_link_changes_nothing, |app| {
    app.sign_in("sb@kk.dk", Role::Official, None).await;
    assert_eq!(ask(&app, "sb@kk.dk").await, 202);
    let token = reset_token(&app.eml(1).await);
    let row = app::entities::account_token::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let minutes = (row.expires_at - row.created_at).num_minutes();
    assert_eq!(minutes, 60, "a reset link works for an hour");
    app.db
        .execute_unprepared("UPDATE account_token SET expires_at = created_at")
        .await
        .unwrap();
    let (status, page) = app
        .get_page(&format!("/admin/password-reset/{token}"))
        .await;
    assert_eq!(status, 410);
    assert!(page.contains("udløbet"));
    let body = json!({"password": NEW_PASSWORD});
    let expired = call(
        &app,
        Method::POST,
        &format!("/api/v1/auth/password-reset/{token}"),
        None,
        Some(body.clone()),
    )
    .await;
    assert_eq!(expired.status(), 404);
    let unknown = call(
        &app,
        Method::POST,
        "/api/v1/auth/password-reset/abc123",
        None,
        Some(body),
    )
    .await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(
        login_status(&app, "sb@kk.dk", PASSWORD).await,
        200,
        "the old password still works"
    );
    assert_eq!(app.count("audit_log").await, 0);
});

/// The path of the sign-in link in a mail.
fn login_link(eml: &str) -> String {
    let start = eml.find("/admin/login/").expect("a sign-in link");
    eml[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect()
}

db_test!(
    one_reset_link_posted_twice_at_once_sets_the_password_once,
    |app| {
        const EMAIL: &str = "sb@kk.dk";
        app.sign_in(EMAIL, Role::Official, None).await;
        assert_eq!(ask(&app, EMAIL).await, 202);
        let token = reset_token(&app.eml(1).await);
        let path = format!("/api/v1/auth/password-reset/{token}");
        let post = |password: &str| {
            let body = json!({"password": password});
            call(&app, Method::POST, &path, None, Some(body))
        };
        let (a, b) = tokio::join!(post(NEW_PASSWORD), post("en anden helt ny adgangskode"));
        let mut statuses = [a.status().as_u16(), b.status().as_u16()];
        statuses.sort_unstable();
        assert_eq!(statuses, [204, 404], "exactly one succeeds");
        assert_eq!(
            app.count("audit_log WHERE action = 'account.password_reset'")
                .await,
            1
        );
        let winner = if a.status() == 204 {
            NEW_PASSWORD
        } else {
            "en anden helt ny adgangskode"
        };
        assert_eq!(login_status(&app, EMAIL, winner).await, 200);
    }
);

db_test!(a_reset_uses_up_sign_in_links_mailed_before_it, |app| {
    const EMAIL: &str = "sb@kk.dk";
    app.sign_in(EMAIL, Role::Official, None).await;
    let body = json!({"email": EMAIL});
    let sent = call(
        &app,
        Method::POST,
        "/api/v1/auth/login-link",
        None,
        Some(body),
    )
    .await;
    assert_eq!(sent.status(), 202);
    app.eml(1).await;
    assert_eq!(ask(&app, EMAIL).await, 202);
    app.eml(2).await;
    let mails = format!("{}{}", app.eml(1).await, app.eml(2).await);
    let (login, token) = (login_link(&mails), reset_token(&mails));
    let body = json!({"password": NEW_PASSWORD});
    let path = format!("/api/v1/auth/password-reset/{token}");
    let done = call(&app, Method::POST, &path, None, Some(body)).await;
    assert_eq!(done.status(), 204);
    assert_eq!(
        app.count("account_token WHERE used_at IS NULL").await,
        0,
        "every open link of the account is used up"
    );
    let used = app
        .client
        .post(format!("{}{login}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(
        used.headers()["location"],
        "/admin/login?link=invalid",
        "the old sign-in link no longer signs in"
    );
    assert!(used.headers().get("set-cookie").is_none());
});
