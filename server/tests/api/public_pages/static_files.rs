//! Answers compressed as the client asks (not what is compressed already), the site's hashed
//! files kept a year and the rest briefly, and the pages naming the hashed files.

use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING};

use crate::helpers::{Backend, DEMO, TestApp, paths, spawn_app_configured};

const JS: &str = "ordet.AbCdEfGhIjKlMnOpQrStUv.js";
const CSS_HASH: &str = "ZyXwVuTsRqPoNmLkJiHgFe";

/// Ordet serving a built site of hashed files with their hash file.
async fn with_hashed_site(backend: Backend) -> (TestApp, tempfile::TempDir) {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(
        site.path().join("pkg").join(JS),
        "console.log(1);".repeat(200),
    )
    .unwrap();
    let css = format!("ordet.{CSS_HASH}.css");
    std::fs::write(site.path().join("pkg").join(css), "body{color:#123}").unwrap();
    std::fs::write(site.path().join("pkg/unhashed.js"), "// no hash").unwrap();
    let hashes =
        format!("js: AbCdEfGhIjKlMnOpQrStUv\nwasm: 0123456789abcdefghijkl\ncss: {CSS_HASH}\n");
    std::fs::write(site.path().join("hash.txt"), hashes).unwrap();
    let root = site.path().to_owned();
    let app = spawn_app_configured(backend, None, move |config| config.site_root = root).await;
    (app, site)
}

async fn get(app: &TestApp, path: &str, encoding: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.address))
        .header(ACCEPT_ENCODING, encoding)
        .send()
        .await
        .unwrap()
}

fn header(response: &reqwest::Response, name: reqwest::header::HeaderName) -> &str {
    response
        .headers()
        .get(name)
        .map_or("", |v| v.to_str().unwrap())
}

async fn compression_as_asked(backend: Backend) {
    let (app, _site) = with_hashed_site(backend).await;
    let page = paths::hearing_page(DEMO, "");
    let plain = get(&app, &page, "identity").await;
    assert_eq!(header(&plain, CONTENT_ENCODING), "");
    let html = plain.text().await.unwrap();
    assert!(
        html.contains(&format!("/pkg/{JS}")),
        "the page names the hashed script"
    );
    assert!(
        html.contains(&format!("/pkg/ordet.{CSS_HASH}.css")),
        "the page names the hashed stylesheet"
    );
    for (asked, sent) in [("br", "br"), ("gzip", "gzip"), ("gzip, deflate, br", "br")] {
        let packed = get(&app, &page, asked).await;
        assert_eq!(packed.status(), 200);
        assert_eq!(header(&packed, CONTENT_ENCODING), sent, "{asked}");
        let bytes = packed.bytes().await.unwrap();
        assert!(
            bytes.len() * 3 < html.len(),
            "{sent}: {} of {}",
            bytes.len(),
            html.len()
        );
        assert!(!bytes.starts_with(b"<!DOCTYPE"), "{sent}");
    }
    let script = get(&app, &format!("/pkg/{JS}"), "br").await;
    assert_eq!(header(&script, CONTENT_ENCODING), "br");
    let cookie = app
        .sign_in("sb@kk.dk", app::auth::Role::Official, None)
        .await;
    let xlsx = app
        .client
        .get(app.url(&paths::admin_api(DEMO, "export.xlsx")))
        .header(ACCEPT_ENCODING, "br, gzip")
        .header(reqwest::header::COOKIE, cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status(), 200);
    assert_eq!(
        header(&xlsx, CONTENT_ENCODING),
        "",
        "a ZIP is not packed again"
    );
}

async fn caching_by_name(backend: Backend) {
    let (app, _site) = with_hashed_site(backend).await;
    let hashed = get(&app, &format!("/pkg/{JS}"), "identity").await;
    assert_eq!(hashed.status(), 200);
    assert_eq!(
        header(&hashed, CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    let unhashed = get(&app, "/pkg/unhashed.js", "identity").await;
    assert_eq!(unhashed.status(), 200);
    assert_eq!(header(&unhashed, CACHE_CONTROL), "public, max-age=300");
    let css = get(&app, "/pkg/ordet.css", "identity").await;
    assert_eq!(
        css.status(),
        200,
        "the stylesheet's unhashed path serves the hashed file"
    );
    assert_eq!(header(&css, CACHE_CONTROL), "public, max-age=300");
    assert_eq!(css.text().await.unwrap(), "body{color:#123}");
    let (_, page) = app.hearing_page("").await;
    assert!(!page.is_empty());
    let html = get(&app, &paths::hearing_page(DEMO, ""), "identity").await;
    assert!(!header(&html, CACHE_CONTROL).contains("immutable"));
}

mod answers_are_compressed_as_the_client_asks {
    use super::*;

    #[tokio::test]
    async fn on_sqlite() {
        compression_as_asked(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn on_postgres() {
        compression_as_asked(Backend::Postgres).await;
    }
}

mod hashed_files_are_kept_a_year_and_others_briefly {
    use super::*;

    #[tokio::test]
    async fn on_sqlite() {
        caching_by_name(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn on_postgres() {
        caching_by_name(Backend::Postgres).await;
    }
}
