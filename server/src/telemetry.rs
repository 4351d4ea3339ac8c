//! Logging: `tracing` to stderr, filtered by `RUST_LOG` (default `info`), and the span every
//! request is logged in.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber; a second call (as in tests) is a no-op.
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// The span of one HTTP request: method, route and the client's address as
/// `app::client::resolve_client` found it (behind a trusted proxy, the forwarded one), so every
/// line logged while serving it (a refused rate limit, an error) says who asked. The route is
/// the matched pattern (`/verify/{token}`), never the path: paths carry one-time tokens. At
/// `info`, so the default filter keeps it.
pub fn request_span<B>(request: &http::Request<B>) -> tracing::Span {
    let extensions = request.extensions();
    let client = extensions
        .get::<app::client::ClientAddr>()
        .map(ToString::to_string)
        .unwrap_or_default();
    let route = extensions
        .get::<axum::extract::MatchedPath>()
        .map_or("-", |path| path.as_str());
    tracing::info_span!(
        "request",
        method = %request.method(),
        route,
        client = %client,
    )
}
