//! `spawn_app` and `TestApp`: one running Ordet per test, on the database backend asked for.

mod confirm;
pub mod database;
mod endpoints;
pub mod logs;
pub mod paths;
mod postgres;
mod requests;
pub mod serve;
mod template;
pub mod wait;
mod work;

pub use database::{BareDatabase, bare_database, count, steps_back_to_before, test_config};
pub use paths::DEMO;
pub use postgres::PostgresDatabase;
pub use wait::until;

use database::{demo_database, sqlite_url};
pub use requests::{call, call_json, form};

use app::clock::{SharedClock, SystemClock};
use sea_orm::DatabaseConnection;
use server::config::Config;
use server::startup::{Application, open_database};

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Writes each test twice: `name::on_sqlite` and `name::on_postgres`.
#[macro_export]
macro_rules! db_test {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($app: $crate::helpers::TestApp) $body

            #[tokio::test]
            async fn on_sqlite() {
                run($crate::helpers::spawn_app($crate::helpers::Backend::Sqlite).await).await;
            }

            #[tokio::test]
            async fn on_postgres() {
                run($crate::helpers::spawn_app($crate::helpers::Backend::Postgres).await).await;
            }
        }
    };
}

/// Writes `name::on_sqlite` and `name::on_postgres`, each running `scenario(backend)` (for
/// tests that start their own app, server or database).
#[macro_export]
macro_rules! on_both {
    ($name:ident, $scenario:ident) => {
        mod $name {
            #[tokio::test]
            async fn on_sqlite() {
                super::$scenario($crate::helpers::Backend::Sqlite).await;
            }

            #[tokio::test]
            async fn on_postgres() {
                super::$scenario($crate::helpers::Backend::Postgres).await;
            }
        }
    };
}

/// A running application and a way to talk to it.
pub struct TestApp {
    pub address: String,
    pub db: DatabaseConnection,
    pub client: reqwest::Client,
    pub data_dir: tempfile::TempDir,
    postgres: Option<PostgresDatabase>,
    /// The app's kept pages: [`TestApp::get`] tells them that the test may have written
    /// straight to the database (as another process would) before it asks, so a test reads
    /// what it wrote without waiting for the database's change signal, which
    /// `public_pages::page_cache` tests on its own.
    pub pages: server::page_cache::PageCache,
    /// The app's background workers, not started: a test runs the passes it needs
    /// ([`TestApp::send_mail`], [`TestApp::extract_files`], `background.pass(…)`), so it
    /// never waits for a loop.
    pub background: server::background::Background,
    /// The app's search index, whose progress [`TestApp::index_caught_up`] watches.
    pub search: app::search::Search,
}

/// Starts Ordet with the demo hearing (2010 dates) on a fresh database, mail as .eml files.
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, None).await
}

/// Starts Ordet as [`spawn_app`] does, sending mail to `smtp_url` when given.
pub async fn spawn_app_with(backend: Backend, smtp_url: Option<String>) -> TestApp {
    spawn_app_configured(backend, smtp_url, |_| {}).await
}

/// Starts Ordet as [`spawn_app`] does, after `tweak` had its say on the configuration.
/// Attachments are limited to 1 MB each, and their text is extracted by the `ordet` binary
/// built for these tests.
pub async fn spawn_app_configured(
    backend: Backend,
    smtp_url: Option<String>,
    tweak: impl FnOnce(&mut Config),
) -> TestApp {
    spawn_app_at(backend, smtp_url, tweak, std::sync::Arc::new(SystemClock)).await
}

/// Starts Ordet as [`spawn_app_configured`] does, its tasks and sessions reading `clock`.
pub async fn spawn_app_at(
    backend: Backend,
    smtp_url: Option<String>,
    tweak: impl FnOnce(&mut Config),
    clock: SharedClock,
) -> TestApp {
    logs::install();
    let (data_dir, postgres, database_url) = demo_database(backend).await;
    let env = |name: &str| match name {
        "SMTP_URL" => smtp_url.clone(),
        "ORDET_MAX_FILE_MB" => Some("1".into()),
        "ORDET_EXTRACT_TIMEOUT_SECS" => Some("30".into()),
        _ => None,
    };
    let mut config = test_config(&database_url, data_dir.path(), env);
    config.extractor = env!("CARGO_BIN_EXE_ordet").into();
    config.start_workers = false;
    tweak(&mut config);
    let db = open_database(&config).await.expect("database");
    let app = Application::with_clock(&config, db.clone(), clock)
        .await
        .expect("application");
    let address = format!("http://127.0.0.1:{}", app.port());
    let pages = app.pages();
    let background = app.background();
    let search = app.search();
    tokio::spawn(app.run_until_stopped());
    let client = same_site_client(&address);
    TestApp {
        address,
        db,
        client,
        data_dir,
        postgres,
        pages,
        background,
        search,
    }
}

/// A client that says, as a browser on the app's own pages does, that its requests come from
/// `address` (`Origin`; a test that sets its own `Origin` wins), and does not follow redirects.
/// A request that gets no answer within two minutes fails the test (naming the request)
/// instead of hanging the whole run.
fn same_site_client(address: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    let origin = reqwest::header::HeaderValue::from_str(address).expect("origin");
    headers.insert(reqwest::header::ORIGIN, origin);
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .timeout(std::time::Duration::from_secs(120))
        .build()
        .expect("http client")
}

impl TestApp {
    pub fn backend(&self) -> Backend {
        if self.postgres.is_some() {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    /// The database's URL, for a second process on the same database.
    pub fn database_url(&self) -> String {
        match &self.postgres {
            Some(pg) => pg.url.clone(),
            None => sqlite_url(self.data_dir.path()),
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.pages.changed();
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_with_cookie(&self, path: &str, cookie: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header(reqwest::header::COOKIE, cookie)
            .send()
            .await
            .expect("request")
    }

    pub async fn get_json(&self, path: &str) -> serde_json::Value {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.json().await.expect("JSON body")
    }

    pub async fn get_hearings(&self) -> serde_json::Value {
        self.get_json("/api/v1/hearings").await
    }

    pub async fn get_hearing(&self, slug: &str) -> serde_json::Value {
        self.get_json(&format!("/api/v1/hearings/{slug}")).await
    }

    /// The HTML of `path` for a browser sending `cookie`.
    pub async fn html_with_cookie(&self, path: &str, cookie: &str) -> String {
        let response = self.get_with_cookie(path, cookie).await;
        response.text().await.expect("HTML body")
    }

    pub async fn get_page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("HTML body"))
    }

    /// Counts the rows of a table (`"response WHERE …"` narrows it).
    pub async fn count(&self, table: &str) -> i64 {
        count(&self.db, table).await
    }

    pub async fn post_json(
        &self,
        path: &str,
        body: &serde_json::Value,
        language: &str,
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header(reqwest::header::ACCEPT_LANGUAGE, language)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    /// Opens the demo hearing (its 2010 dates have long passed): opened yesterday, a month left.
    pub async fn open_demo_hearing(&self) {
        use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
        let hearing = app::hearing::store::find_by_slug(&self.db, DEMO)
            .await
            .unwrap()
            .unwrap();
        let now = chrono::Utc::now();
        let mut hearing = hearing.into_active_model();
        hearing.opens_at = Set(now - chrono::Duration::days(1));
        hearing.closes_at = Set(now + chrono::Duration::days(30));
        hearing.update(&self.db).await.expect("open the hearing");
    }

    /// Every file under `ORDET_DATA_DIR/attachments`, staging included.
    pub fn stored_files(&self) -> Vec<std::path::PathBuf> {
        fn walk(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else {
                    found.push(path);
                }
            }
        }
        let mut found = Vec::new();
        walk(&self.data_dir.path().join("attachments"), &mut found);
        found
    }

    /// Creates an official's account with one role (password [`PASSWORD`]), signs it in
    /// through the API and returns the session cookie (`name=value`).
    pub async fn sign_in(
        &self,
        email: &str,
        role: app::auth::Role,
        hearing_id: Option<i32>,
    ) -> String {
        let new = app::auth::accounts::NewAccount {
            email: email.into(),
            name: email.into(),
            password: Some(PASSWORD.into()),
            role,
            hearing_id,
        };
        app::auth::accounts::create(&self.db, new, chrono::Utc::now())
            .await
            .expect("account");
        let response = self
            .client
            .post(format!("{}/api/v1/auth/login", self.address))
            .json(&serde_json::json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 200, "{email} signs in");
        let cookie = response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        cookie.split(';').next().unwrap().to_owned()
    }

    /// A second hearing, open for a month, with no draft; its id.
    pub async fn other_hearing(&self) -> i32 {
        let now = chrono::Utc::now();
        let new = app::hearing::store::NewHearing {
            slug: "lokalplan-valby".into(),
            journal_number: "2026-1".into(),
            title: "Lokalplan Valby".into(),
            summary: "En anden høring.".into(),
            committee: "Teknik- og Miljøudvalget".into(),
            opens_at: now,
            closes_at: now + chrono::Duration::days(30),
            publication_policy: "after_moderation".parse().unwrap(),
            milestones: Vec::new(),
            annexes: Vec::new(),
        };
        app::hearing::store::create(&self.db, &new, chrono::Utc::now())
            .await
            .unwrap()
    }

    /// The id of the account with `email`.
    pub async fn id_of(&self, email: &str) -> i32 {
        app::auth::accounts::find(&self.db, email)
            .await
            .unwrap()
            .expect("an account")
            .id
    }

    /// A `started` value for the response form as this server signs it, a minute old: the
    /// form passes the minimum fill time.
    pub async fn signed_start(&self) -> String {
        let now = chrono::Utc::now();
        let key = app::web::fill_time::FillKey::load(&self.db, now)
            .await
            .expect("the form key");
        key.sign(now.timestamp() - 60)
    }

    /// The demo hearing's id.
    pub async fn demo_hearing_id(&self) -> i32 {
        app::hearing::store::find_by_slug(&self.db, DEMO)
            .await
            .expect("query")
            .expect("demo hearing")
            .id
    }
}

/// The password of accounts made by [`TestApp::sign_in`].
pub const PASSWORD: &str = "en lang nok adgangskode";
