//! Building the application: database, migrations, routes; then serving until stopped.

use std::sync::Arc;

use anyhow::Context;
use app::app::{App, shell};
use app::attachment::blob::Storage;
use app::attachment::worker::Extractor;
use app::auth::session::SessionPolicy;
use app::clock::{SharedClock, SystemClock};
use app::mail::{Backend, Mailer};
use app::search::Search;
use app::search::index::SearchIndex;
use app::search::indexer::{self, Indexer};
use app::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use leptos::prelude::{LeptosOptions, provide_context};
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use migration::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::security_headers::SecurityHeaders;

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
        let attachments = Storage::new(&config.data_dir, config.attachment_limits);
        attachments
            .clear_staging()
            .await
            .context("clearing ORDET_DATA_DIR/attachments/tmp")?;
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

/// Every route: the REST API, health checks, the language switch and the Leptos pages (and
/// their server functions). Every state-changing request to any of them passes one
/// cross-site check (`auth::csrf::same_origin`), the outermost layer but tracing.
fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let options = state.leptos_options.clone();
    let upload_limit = upload_body_limit(state.attachments.limits);
    Router::new()
        .merge(app::hearing::api::router())
        .merge(app::themes::api::router())
        .merge(app::response::api::router().layer(DefaultBodyLimit::max(upload_limit)))
        .merge(app::attachment::api::router())
        .merge(app::i18n::router())
        .merge(crate::health::router())
        // Pages outside the Leptos shell (the digest preview, the printable hvidbog) make the
        // browser ask for the site icon; the shell declares none, so there is none to send.
        .route(
            "/favicon.ico",
            get(|| async { http::StatusCode::NO_CONTENT }),
        )
        .merge(crate::openapi::router())
        .leptos_routes_with_context(&state, routes, context.clone(), move || {
            shell(options.clone())
        })
        // After the Leptos routes: the same path's GET (the form page) is registered there.
        .route(
            "/hearings/{slug}/respond",
            post(app::response::form_post::post_form).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/responses/manage/{token}",
            post(app::response::manage::post::post_change),
        )
        .route(
            "/verify/{token}",
            post(app::response::verify_post::post_confirm),
        )
        .merge(admin_router())
        .fallback(file_and_error_handler_with_context::<AppState, _>(
            context, shell,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.search.clone(),
            nudge_indexer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            app::auth::csrf::same_origin,
        ))
        .layer(TraceLayer::new_for_http())
        .layer(axum::middleware::from_fn_with_state(
            SecurityHeaders::for_base_url(&state.base_url),
            crate::security_headers::add,
        ))
        .with_state(state)
}

/// Wakes the indexer after a request that may have changed a response (every method but GET
/// and HEAD), so the index follows within moments.
async fn nudge_indexer(
    axum::extract::State(search): axum::extract::State<Search>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let writes = !matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    let response = next.run(request).await;
    if writes {
        search.nudge.notify_one();
    }
    response
}

/// The officials' API and forms: sign-in, the inbox, moderation, the audit log. (The forms'
/// paths are also Leptos pages for GET, so this router is merged after the Leptos routes.)
fn admin_router() -> Router<AppState> {
    Router::new()
        .route("/admin/login", post(app::auth::form_post::post_login))
        .route("/admin/logout", post(app::auth::form_post::post_logout))
        .route(
            "/admin/login-link",
            post(app::auth::form_post::post_login_link),
        )
        .route(
            "/admin/login/{token}",
            post(app::auth::form_post::follow_login_link),
        )
        .route(
            "/admin/hearings/{slug}/responses",
            post(app::moderation::form_post::post_decision),
        )
        .route(
            "/admin/responses/{id}",
            post(app::moderation::form_post::post_response_page),
        )
        .route(
            "/admin/hearings/{slug}/parties",
            post(app::party::form_post::post_parties),
        )
        .route(
            "/admin/hearings/{slug}/themes",
            post(app::themes::form_post::post_themes),
        )
        .route(
            "/admin/hearings/{slug}/digest",
            post(app::digest::form_post::post_digest),
        )
        .route(
            "/admin/hearings/{slug}/hvidbog",
            post(app::hvidbog::form_post::post_remark),
        )
        .route(
            "/admin/password-reset",
            post(app::users::reset_post::post_request),
        )
        .route(
            "/admin/password-reset/{token}",
            post(app::users::reset_post::post_password),
        )
        .route("/admin/users", post(app::users::form_post::post_users))
        .merge(app::auth::api::router())
        .merge(app::export::api::router())
        .merge(app::response::admin_api::router())
        .merge(app::moderation::api::router())
        .merge(app::party::api::router())
        .merge(app::users::api::router())
        .merge(app::records::api::router())
        .merge(app::themes::api::admin_router())
        .merge(app::digest::api::router())
        .merge(app::hvidbog::api::router())
        .merge(app::hearing_admin::form_post::router())
        .merge(
            app::hearing_admin::api::router().layer(DefaultBodyLimit::max(
                app::hearing_admin::form_post::MAX_FORM_BYTES,
            )),
        )
}

/// The largest request body a submission may have: every file at its largest, one more
/// file's worth (so an extra file is answered with a message, not a cut connection) and the
/// fields.
fn upload_body_limit(limits: app::attachment::Limits) -> usize {
    let files = (limits.max_files as u64 + 1).saturating_mul(limits.max_file_bytes);
    usize::try_from(files.saturating_add(1024 * 1024)).unwrap_or(usize::MAX)
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
