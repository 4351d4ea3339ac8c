//! Signing in under attack: parallel wrong passwords lock the account all the same, a network
//! that tries too many passwords is told to wait, and asking for sign-in or reset links for a
//! resident's address does not stop the resident from answering.

use app::auth::{Role, accounts};
use reqwest::Method;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, PASSWORD, TestApp, call, paths};

const EMAIL: &str = "official@kk.dk";

async fn account(app: &TestApp) -> app::entities::account::Model {
    accounts::find(&app.db, EMAIL).await.unwrap().unwrap()
}

db_test!(fifty_parallel_wrong_passwords_lock_the_account, |app| {
    let _ = app.sign_in(EMAIL, Role::Official, None).await;
    let now = chrono::Utc::now();
    let mut guesses = tokio::task::JoinSet::new();
    for n in 0..50 {
        let db = app.db.clone();
        guesses.spawn(async move {
            accounts::sign_in(&db, EMAIL, &format!("forkert gæt nummer {n}"), now).await
        });
    }
    while let Some(guess) = guesses.join_next().await {
        assert_eq!(guess.unwrap().unwrap(), None);
    }
    let after = account(&app).await;
    assert!(
        after.failed_logins >= accounts::MAX_FAILURES,
        "every guess counted: {}",
        after.failed_logins
    );
    assert!(after.locked_until.is_some_and(|until| until > now));
    let right = accounts::sign_in(&app.db, EMAIL, PASSWORD, now)
        .await
        .unwrap();
    assert_eq!(right, None, "locked even for the right password");
    let later = now + chrono::Duration::minutes(accounts::LOCK_MINUTES + 1);
    let right = accounts::sign_in(&app.db, EMAIL, PASSWORD, later).await;
    assert!(right.unwrap().is_some(), "the lock ends");
    assert_eq!(account(&app).await.failed_logins, 0);
});

db_test!(
    a_network_that_tries_too_many_passwords_is_told_to_wait,
    |app| {
        let _ = app.sign_in(EMAIL, Role::Official, None).await;
        let mut tries = tokio::task::JoinSet::new();
        for n in 0..50 {
            let request = app
                .client
                .post(format!("{}/api/v1/auth/login", app.address))
                .header(reqwest::header::ACCEPT_LANGUAGE, "en")
                .json(&json!({"email": format!("nobody{n}@kk.dk"), "password": "gæt"}));
            tries.spawn(async move { request.send().await.unwrap() });
        }
        let mut limited = Vec::new();
        while let Some(answer) = tries.join_next().await {
            let answer = answer.unwrap();
            if answer.status() == 429 {
                limited.push(answer.json::<Value>().await.unwrap());
            } else {
                assert_eq!(answer.status(), 401);
            }
        }
        // One sign-in above (by the helper), then the network's burst is used up; a slow
        // machine may earn a try back every 10 seconds meanwhile.
        let burst = app::web::limit::SIGN_INS_PER_NETWORK as usize;
        let passed = 50 - limited.len();
        assert!((burst - 1..=burst + 2).contains(&passed), "{passed} passed");
        assert_eq!(limited[0]["error"]["code"], "rate_limited");
        let message = limited[0]["error"]["message"].as_str().unwrap();
        assert!(message.starts_with("Many password sign-ins"), "{message}");

        // A slow machine may have earned a try back (one every 10 s) while the guesses ran.
        let form = || {
            app.client
                .post(format!("{}/admin/login", app.address))
                .form(&[("email", EMAIL), ("password", "forkert"), ("next", "")])
                .send()
        };
        let mut answer = form().await.unwrap();
        for _ in 0..5 {
            if answer.status() != 401 {
                break;
            }
            answer = form().await.unwrap();
        }
        assert_eq!(answer.status(), 429);
        assert!(answer.headers().get("set-cookie").is_none());
        let page = answer.text().await.unwrap();
        assert!(
            page.contains("Vent et par minutter") && page.contains(EMAIL),
            "the form again, the address kept: {page}"
        );
    }
);

db_test!(
    asking_for_links_for_an_address_does_not_stop_it_from_answering,
    |app| {
        app.open_demo_hearing().await;
        let email = "ida@example.dk";
        for path in ["/api/v1/auth/login-link", "/api/v1/auth/password-reset"] {
            for _ in 0..app::web::limit::LINKS_PER_EMAIL {
                let asked = call(
                    &app,
                    Method::POST,
                    path,
                    None,
                    Some(json!({"email": email})),
                );
                assert_eq!(asked.await.status(), 202, "{path}");
            }
        }
        let body = json!({"kind": "resident", "name": "Ida", "email": email,
            "text": "Mit høringssvar.", "publish_name": false});
        let path = &paths::responses(DEMO);
        let submitted = app.post_json(path, &body, "da").await;
        assert_eq!(submitted.status(), 202, "the resident can still answer");
    }
);
