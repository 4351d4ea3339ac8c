//! Redirect targets taken from a request (`/lang/{code}?next=`, the sign-in form's `next`)
//! lead only to a path on this site, however they are spelt.

use app::auth::Role;
use reqwest::StatusCode;

use crate::db_test;
use crate::helpers::{DEMO, PASSWORD, TestApp, paths};

/// Targets a browser would follow off the site (or into a header), as the request carries
/// them after decoding.
const HOSTILE: [&str; 14] = [
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/%09/evil.example",
    "/%2F/evil.example",
    "/.//evil.example",
    "\\/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    " /x",
    "/x\r\nSet-Cookie: a=b",
    "/\n/evil.example",
    "/%5C/evil.example",
    "",
];

async fn switch(app: &TestApp, next: &str) -> reqwest::Response {
    app.client
        .get(format!("{}/lang/en", app.address))
        .query(&[("next", next)])
        .send()
        .await
        .unwrap()
}

async fn sign_in_form(app: &TestApp, email: &str, next: &str) -> reqwest::Response {
    app.client
        .post(format!("{}/admin/login", app.address))
        .header(reqwest::header::ORIGIN, &app.address)
        .form(&[("email", email), ("password", PASSWORD), ("next", next)])
        .send()
        .await
        .unwrap()
}

db_test!(
    the_language_switch_goes_back_only_to_a_path_on_this_site,
    |app| {
        for next in HOSTILE {
            let response = switch(&app, next).await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next:?}");
            assert_eq!(response.headers()["location"], "/", "{next:?}");
        }
        let back = &paths::hearing_page(DEMO, "responses?q=bolig&page=2");
        let response = switch(&app, back).await;
        assert_eq!(response.headers()["location"], back);
    }
);

db_test!(
    signing_in_by_the_form_goes_on_only_to_a_path_on_this_site,
    |app| {
        let email = "sb@kk.dk";
        app.sign_in(email, Role::Official, None).await;
        for next in [
            "/\t/evil.example",
            "/%09/evil.example",
            "//evil.example",
            "/.//evil.example",
        ] {
            let response = sign_in_form(&app, email, next).await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next:?}");
            assert_eq!(response.headers()["location"], "/admin", "{next:?}");
        }
        let response = sign_in_form(&app, email, "/admin/users").await;
        assert_eq!(response.headers()["location"], "/admin/users");
    }
);
