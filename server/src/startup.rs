//! Building the application: database, migrations, routes; then serving until stopped.

use std::sync::Arc;

use anyhow::Context;
use app::attachment::blob::Storage;
use app::attachment::worker::Extractor;
use app::auth::session::SessionPolicy;
use app::clock::{SharedClock, SystemClock};
use app::instance::Instance;
use app::mail::{Backend, Mailer};
use app::search::Search;
use app::search::index::SearchIndex;
use app::search::indexer::{self, Indexer};
use app::state::AppState;
use axum::Router;
use leptos::prelude::LeptosOptions;
use migration::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

use crate::config::Config;
use crate::routes::router;

/// A bound, ready-to-serve Ordet.
pub struct Application {
    listener: TcpListener,
    router: Router,
    port: u16,
}

/// Opens the database named by the configuration (creating SQLite's directory) and brings
/// its schema up to date.
pub async fn open_database(config: &Config) -> anyhow::Result<DatabaseConnection> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("creating ORDET_DATA_DIR {}", config.data_dir.display()))?;
    if let Some(parent) = sqlite_parent_dir(&config.database_url) {
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("creating the database directory {parent}"))?;
    }
    let db = app::db::connect(&config.database_url)
        .await
        .context("connecting to DATABASE_URL")?;
    Migrator::up(&db, None)
        .await
        .context("migrating the database")?;
    Ok(db)
}

/// The directory of a SQLite file URL, when it has one.
fn sqlite_parent_dir(url: &str) -> Option<String> {
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next()?;
    let parent = std::path::Path::new(path).parent()?.to_str()?;
    (!parent.is_empty() && path != ":memory:").then(|| parent.to_owned())
}

impl Application {
    /// Connects, migrates and binds `config.addr` (port 0 picks a free port).
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let db = open_database(config).await?;
        Self::with_database(config, db).await
    }

    /// Binds the app to an already migrated database.
    pub async fn with_database(config: &Config, db: DatabaseConnection) -> anyhow::Result<Self> {
        Self::with_clock(config, db, Arc::new(SystemClock)).await
    }

    /// Binds the app to an already migrated database, its tasks reading `clock` (tests move a
    /// manual one).
    pub async fn with_clock(
        config: &Config,
        db: DatabaseConnection,
        clock: SharedClock,
    ) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(config.addr)
            .await
            .with_context(|| format!("listening on ORDET_ADDR {}", config.addr))?;
        let port = listener.local_addr()?.port();
        let leptos_options = leptos_options(config, listener.local_addr()?);
        let mail_nudge = Arc::new(tokio::sync::Notify::new());
        tokio::spawn(app::mail::outbox::run_worker(
            db.clone(),
            mailer(config)?,
            mail_nudge.clone(),
            clock.clone(),
        ));
        tokio::spawn(app::digest::worker::run(
            db.clone(),
            config.base_url.clone(),
            clock.clone(),
            mail_nudge.clone(),
        ));
        let instance = Instance::new();
        let attachments = attachment_storage(config, &instance).await?;
        attachments
            .clear_staging(clock.now())
            .await
            .context("clearing this process's folder in ORDET_DATA_DIR/attachments/tmp")?;
        tokio::spawn(app::response::publish::run_publisher(db.clone()));
        tokio::spawn(app::party::remind::run_reminders(
            db.clone(),
            config.base_url.clone(),
            mail_nudge.clone(),
        ));
        let extract_nudge = Arc::new(tokio::sync::Notify::new());
        let extractor = Extractor {
            program: config.extractor.clone(),
            timeout: config.extract_timeout,
        };
        tokio::spawn(app::attachment::worker::run_worker(
            db.clone(),
            attachments.clone(),
            extractor,
            extract_nudge.clone(),
        ));
        let search = search_index(config, &db).await?;
        let fill_key = app::response::fill_time::FillKey::load(&db, clock.now())
            .await
            .context("reading the form-signing key from the database")?;
        let router = router(AppState {
            db,
            leptos_options,
            base_url: config.base_url.clone(),
            mail_nudge,
            limiter: Arc::new(app::limit::RateLimiter::default()),
            attachments,
            min_fill_seconds: config.min_fill_seconds,
            fill_key,
            extract_nudge,
            search,
            clock,
            sessions: SessionPolicy::new(&config.base_url, config.session_idle),
            instance,
        });
        Ok(Application {
            listener,
            router,
            port,
        })
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until Ctrl-C or SIGTERM, finishing requests under way.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        tracing::info!(port = self.port, "Ordet is listening");
        let service = self
            .router
            .into_make_service_with_connect_info::<std::net::SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown_signal())
            .await
    }
}

/// The attachment store `ORDET_BLOB_URL` names (the data directory's folder by default),
/// staging uploads in `instance`'s own folder.
pub async fn attachment_storage(config: &Config, instance: &Instance) -> anyhow::Result<Storage> {
    let storage = Storage::open(
        &config.blob_store,
        &config.data_dir,
        instance,
        config.attachment_limits,
    )
    .context("opening the attachment store (ORDET_BLOB_URL, ORDET_DATA_DIR/attachments)")?;
    storage
        .check()
        .await
        .context("reaching the attachment store (ORDET_BLOB_URL, AWS_*)")?;
    Ok(storage)
}

/// Opens the search index under `ORDET_DATA_DIR/index/` and starts its indexer, which first
/// catches up with the outbox (and rebuilds a missing index from the database), and the theme
/// worker, which reads the index. Another process holding the index's lock is the indexer;
/// this one then only searches.
async fn search_index(config: &Config, db: &DatabaseConnection) -> anyhow::Result<Search> {
    let root = config.data_dir.join("index");
    let lock = indexer::lock(&root).context("locking ORDET_DATA_DIR/index/indexer.lock")?;
    let (index, fresh) = SearchIndex::open(&root).context("opening ORDET_DATA_DIR/index")?;
    let search = Search {
        index: Arc::new(index),
        nudge: Arc::new(tokio::sync::Notify::new()),
    };
    let Some(lock) = lock else {
        tracing::warn!("another process indexes ORDET_DATA_DIR/index; this one only searches");
        return Ok(search);
    };
    search.index.remove_other_generations();
    if fresh {
        indexer::request_rebuild(db).await?;
    }
    tokio::spawn(app::themes::worker::run(db.clone(), search.index.clone()));
    let indexer = Indexer::new(db.clone(), search.index.clone());
    let nudge = search.nudge.clone();
    tokio::spawn(async move {
        let _lock = lock;
        indexer::run(indexer, nudge).await;
    });
    Ok(search)
}

/// SMTP when `SMTP_URL` is set, else `.eml` files in `ORDET_DATA_DIR/outbox/`.
pub fn mailer(config: &Config) -> anyhow::Result<Mailer> {
    let mailer = match &config.smtp_url {
        Some(url) => Mailer::smtp(url, &config.mail_from),
        None => Mailer::new(
            Backend::File(config.data_dir.join("outbox")),
            &config.mail_from,
        ),
    };
    mailer.context("setting up mail (SMTP_URL, ORDET_MAIL_FROM)")
}

/// Leptos' options without cargo-leptos' environment: the site files are found under
/// `config.site_root` relative to the working directory.
fn leptos_options(config: &Config, addr: std::net::SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(Arc::<str>::from("ordet"))
        .site_root(config.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build()
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use super::sqlite_parent_dir;

    #[test]
    fn the_sqlite_directory_is_found_in_the_url() {
        assert_eq!(
            sqlite_parent_dir("sqlite://data/ordet.db?mode=rwc").as_deref(),
            Some("data")
        );
        assert_eq!(
            sqlite_parent_dir("sqlite:///tmp/x/o.db").as_deref(),
            Some("/tmp/x")
        );
        assert_eq!(sqlite_parent_dir("sqlite://ordet.db"), None);
        assert_eq!(
            sqlite_parent_dir("postgres://postgres@localhost/ordet"),
            None
        );
    }
}
