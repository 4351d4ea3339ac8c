//! Building the application: database, migrations, routes; then serving until stopped.

use std::sync::Arc;

use anyhow::Context;
use app::auth::session::SessionPolicy;
use app::blob::Storage;
use app::clock::{SharedClock, SystemClock};
use app::instance::Instance;
use app::jobs::{Job, worker};
use app::mail::{Backend, Mailer};
use app::search::Search;
use app::search::follower::Follower;
use app::search::index::SearchIndex;
use app::search::indexer;
use app::state::{AppState, Services};
use app::themes::worker::ThemeWorker;
use axum::Router;
use leptos::prelude::LeptosOptions;
use migration::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::background::Background;
use crate::config::Config;
use crate::routes::router;
use crate::shutdown::{Shutdown, Workers};

/// A bound, ready-to-serve Ordet with its background tasks started.
pub struct Application {
    listener: TcpListener,
    router: Router,
    port: u16,
    workers: Workers,
    background: Background,
    search: Search,
    grace: std::time::Duration,
    pages: crate::page_cache::PageCache,
}

/// Opens the database named by the configuration (creating SQLite's directory) and brings
/// its schema up to date, one process at a time ([`app::db::MigrationLock`]).
pub async fn open_database(config: &Config) -> anyhow::Result<DatabaseConnection> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("creating ORDET_DATA_DIR {}", config.data_dir.display()))?;
    if let Some(parent) = sqlite_parent_dir(&config.database_url) {
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("creating the database directory {parent}"))?;
    }
    // The lock first: a new SQLite file is switched to WAL by the first connection, which
    // needs the file to itself, so processes starting together must not connect at once
    // (they failed with "database is locked").
    let lock = app::db::MigrationLock::acquire(&config.database_url)
        .await
        .context("waiting for the migration lock")?;
    let db = app::db::connect(&config.database_url)
        .await
        .context("connecting to DATABASE_URL")?;
    Migrator::up(&db, None)
        .await
        .context("migrating the database")?;
    lock.release()
        .await
        .context("releasing the migration lock")?;
    Ok(db)
}

/// The directory of a SQLite file URL, when it has one.
fn sqlite_parent_dir(url: &str) -> Option<String> {
    let path = app::db::sqlite_path(url)?;
    let parent = std::path::Path::new(&path).parent()?.to_str()?;
    (!parent.is_empty()).then(|| parent.to_owned())
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
        let mut workers = Workers::new(Job {
            db: db.clone(),
            instance: Instance::new(),
            clock: clock.clone(),
            stop: CancellationToken::new(),
        });
        let attachments = attachment_storage(config, workers.instance()).await?;
        attachments
            .clear_staging(clock.now())
            .await
            .context("clearing this process's folder in ORDET_DATA_DIR/attachments/tmp")?;
        let background = Background::new(config, workers.job(), &attachments)?;
        let (mail_nudge, extract_nudge) = (background.mail_nudge(), background.extract_nudge());
        if config.start_workers {
            background.clone().start(&mut workers);
        }
        let search = search_index(config, &db, workers.job()).await?;
        let state_search = search.clone();
        let fill_key = app::web::fill_time::FillKey::load(&db, clock.now())
            .await
            .context("reading the form-signing key from the database")?;
        let limiter = app::web::limit::RateLimiter::load(&db, config.limits, clock.clone())
            .await
            .context("reading the rate-limit key from the database")?;
        let pages = crate::page_cache::PageCache::new(config.page_cache_pages);
        workers.spawn(pages.clone().watch(workers.job()));
        let router = router(
            AppState::new(Services {
                db,
                leptos_options,
                base_url: config.base_url.clone(),
                mail_nudge,
                limiter: Arc::new(limiter),
                attachments,
                min_fill_seconds: config.min_fill_seconds,
                fill_key,
                extract_nudge,
                search,
                clock,
                sessions: SessionPolicy::new(&config.base_url, config.session_idle),
                instance: workers.instance().clone(),
                proxies: config.trusted_proxies.clone(),
                retention_months: config.retention_months,
                sentence_model: config.sentence_model.clone(),
                site: Arc::new(config.site.clone()),
                shell: app::app::any_shell,
            }),
            pages.clone(),
        );
        Ok(Application {
            listener,
            router,
            port,
            workers,
            background,
            search: state_search,
            grace: config.shutdown_grace,
            pages,
        })
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// This process's name: what its leases and claims are marked with.
    pub fn instance(&self) -> &Instance {
        self.workers.instance()
    }

    /// This process's search index and how far it has followed the outbox.
    pub fn search(&self) -> Search {
        self.search.clone()
    }

    /// This process's background workers (tests that start none run their passes).
    pub fn background(&self) -> Background {
        self.background.clone()
    }

    /// This process's kept pages (tests tell them of changes written straight to the database).
    pub fn pages(&self) -> crate::page_cache::PageCache {
        self.pages.clone()
    }

    /// A handle that stops the application as SIGTERM does (tests).
    pub fn shutdown(&self) -> Shutdown {
        self.workers.shutdown()
    }

    /// Serves until Ctrl-C, SIGTERM or [`Self::shutdown`]; then lets requests under way finish,
    /// stops the background tasks and hands back what they hold (within
    /// `ORDET_SHUTDOWN_SECONDS`), and only then returns.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        tracing::info!(port = self.port, instance = %self.instance(), "Ordet is listening");
        crate::shutdown::serve(self.listener, self.router, self.workers, self.grace).await
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

/// Opens this process's search index under `ORDET_INDEX_DIR` and starts following the index
/// outbox (a new, stale or foreign index is rebuilt from the database while serving). The
/// process holding the directory's lock writes it and runs the theme worker, which reads the
/// index; another process sharing the directory reads it and takes over when the writer stops.
async fn search_index(
    config: &Config,
    db: &DatabaseConnection,
    job: Job,
) -> anyhow::Result<Search> {
    let instance = job.instance.clone();
    let root = config.index_dir.clone();
    let lock =
        indexer::lock(&root, instance.id()).context("locking ORDET_INDEX_DIR/indexer.lock")?;
    let index = match &lock {
        Some(_) => {
            let (index, _) = SearchIndex::open(&root).context("opening ORDET_INDEX_DIR")?;
            index.remove_other_generations();
            index
        }
        None => {
            tracing::info!(
                "another process writes ORDET_INDEX_DIR; this one reads it, and takes over if it stops"
            );
            SearchIndex::open_shared(&root).context("opening ORDET_INDEX_DIR")?
        }
    };
    let search = Search::new(index);
    let themes = {
        let (job, index) = (job.clone(), search.index.clone());
        let (start, model) = (config.start_workers, config.sentence_model.clone());
        move || {
            if start {
                tokio::spawn(worker::run(job, ThemeWorker::new(index, model)));
            }
        }
    };
    let follower = Follower {
        db: db.clone(),
        search: search.clone(),
        root,
        clock: job.clock.clone(),
        instance,
    };
    follower.spawn(lock, themes);
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
/// `config.site_root` relative to the working directory, hashed when the site has a hash
/// file (`static_files`).
fn leptos_options(config: &Config, addr: std::net::SocketAddr) -> LeptosOptions {
    let mut options = LeptosOptions::builder()
        .output_name(Arc::<str>::from("ordet"))
        .site_root(config.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build();
    if let Some(hash_file) = crate::static_files::HashFile::read(&config.site_root).leptos_options()
    {
        options.hash_files = true;
        options.hash_file = hash_file.into();
    }
    options
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
