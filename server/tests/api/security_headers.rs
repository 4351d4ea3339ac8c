//! Security headers on every kind of response, and the page's scripts carrying the nonce the
//! Content-Security-Policy names.

use app::auth::Role;

use crate::db_test;
use crate::helpers::{Backend, DEMO, TestApp, paths, spawn_app_configured};

/// Asserts the headers every response must carry; returns the CSP's script nonce.
fn assert_security_headers(what: &str, response: &reqwest::Response) -> String {
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .unwrap_or_else(|| panic!("{what}: no {name} header"))
            .to_str()
            .unwrap()
            .to_owned()
    };
    let csp = header("content-security-policy");
    for directive in [
        "default-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ] {
        assert!(
            csp.contains(directive),
            "{what}: {directive} missing in {csp}"
        );
    }
    let script_src = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src "))
        .unwrap_or_else(|| panic!("{what}: no script-src in {csp}"));
    assert!(
        !script_src.contains("unsafe-inline"),
        "{what}: {script_src}"
    );
    assert!(script_src.contains("'wasm-unsafe-eval'"), "{what}");
    assert_eq!(
        header("referrer-policy"),
        "strict-origin-when-cross-origin",
        "{what}"
    );
    assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header("x-frame-options"), "DENY", "{what}");
    let permissions = header("permissions-policy");
    for feature in ["camera=()", "microphone=()", "geolocation=()"] {
        assert!(permissions.contains(feature), "{what}: {permissions}");
    }
    script_src
        .split_whitespace()
        .find_map(|s| s.strip_prefix("'nonce-")?.strip_suffix('\''))
        .unwrap_or_else(|| panic!("{what}: no nonce in {script_src}"))
        .to_owned()
}

/// Every `<script …>` opening tag of `html`.
fn script_tags(html: &str) -> Vec<&str> {
    html.match_indices("<script")
        .map(|(start, _)| {
            let end = html[start..]
                .find('>')
                .map_or(html.len(), |e| start + e + 1);
            &html[start..end]
        })
        .collect()
}

/// Asserts the response's headers, and that every script of its page carries the header's
/// nonce and no element has an inline event handler or a `javascript:` address.
async fn assert_page(what: &str, response: reqwest::Response) -> String {
    let nonce = assert_security_headers(what, &response);
    let html = response.text().await.unwrap();
    let scripts = script_tags(&html);
    assert!(
        !scripts.is_empty(),
        "{what}: the hydration script is missing"
    );
    for tag in scripts {
        assert!(
            tag.contains(&format!("nonce=\"{nonce}\"")),
            "{what}: {tag} lacks nonce {nonce}"
        );
    }
    assert!(!html.contains("javascript:"), "{what}");
    let lower = html.to_ascii_lowercase();
    for handler in [
        " onclick=",
        " onload=",
        " onerror=",
        " onsubmit=",
        " onchange=",
    ] {
        assert!(!lower.contains(handler), "{what}: inline {handler}");
    }
    nonce
}

db_test!(pages_api_and_errors_carry_the_security_headers, |app| {
    let mut nonces = Vec::new();
    for path in [
        "/".to_owned(),
        paths::hearing_page(DEMO, ""),
        paths::hearing_page(DEMO, "respond"),
        paths::hearing_page(DEMO, "responses"),
        "/admin/login".to_owned(),
        "/no-such-page".to_owned(),
    ] {
        nonces.push(assert_page(&path, app.get(&path).await).await);
    }
    let mut unique = nonces.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), nonces.len(), "one nonce per response");

    for path in [
        "/api/v1/hearings".to_owned(),
        paths::hearing_api(DEMO, ""),
        "/api/v1/openapi.json".to_owned(),
        "/api/v1/hearings/no-such-hearing".to_owned(),
        "/api/v1/admin/users".to_owned(),
        "/healthz".to_owned(),
        paths::admin_page(DEMO, "hvidbog/print"),
    ] {
        assert_security_headers(&path, &app.get(&path).await);
    }
    // A refused form is rendered again outside the Leptos routes: the same nonce rule holds.
    let again = crate::helpers::form(
        &app,
        &paths::hearing_page(DEMO, "respond"),
        None,
        &[("name", "x")],
    )
    .await;
    assert_eq!(again.status(), 422, "the form comes back");
    assert_page("a refused form", again).await;

    let refused = app
        .client
        .post(format!("{}/api/v1/admin/users", app.address))
        .header(reqwest::header::ORIGIN, "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    assert_security_headers("a cross-site POST", &refused);
});

db_test!(an_officials_pages_carry_the_nonce_on_every_script, |app| {
    let cookie = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
    for path in [
        "/admin".to_owned(),
        paths::admin_page(DEMO, "responses"),
        paths::admin_page(DEMO, "hvidbog"),
    ] {
        let response = app.get_with_cookie(&path, &cookie).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_page(&path, response).await;
    }
    // The pages outside the Leptos shell: no scripts at all, inline styles only.
    for path in [
        paths::admin_page(DEMO, "hvidbog/print"),
        paths::admin_page(DEMO, "digest/preview"),
    ] {
        let response = app.get_with_cookie(&path, &cookie).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_security_headers(&path, &response);
        let html = response.text().await.unwrap();
        assert!(script_tags(&html).is_empty(), "{path} has a script");
    }
});

async fn app_with(tweak: impl FnOnce(&mut server::config::Config)) -> TestApp {
    spawn_app_configured(Backend::Sqlite, None, tweak).await
}

#[tokio::test]
async fn a_static_file_carries_the_security_headers() {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(site.path().join("pkg/ordet.css"), "body{}").unwrap();
    let root = site.path().to_owned();
    let app = app_with(move |config| config.site_root = root).await;
    let response = app.get("/pkg/ordet.css").await;
    assert_eq!(response.status(), 200);
    assert_security_headers("a static file", &response);
}

#[tokio::test]
async fn hsts_is_sent_only_when_the_public_address_is_https() {
    let plain = app_with(|_| {}).await;
    let response = plain.get("/").await;
    assert!(!response.headers().contains_key("strict-transport-security"));

    let secure = app_with(|config| config.base_url = "https://hoering.example".into()).await;
    for path in ["/", "/api/v1/hearings", "/no-such-page"] {
        let response = secure.get(path).await;
        assert_eq!(
            response.headers()["strict-transport-security"],
            "max-age=31536000; includeSubDomains",
            "{path}"
        );
    }
}
