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
/// `app::web::client::resolve_client` found it (behind a trusted proxy, the forwarded one), so every
/// line logged while serving it (a refused rate limit, an error) says who asked. The route is
/// the matched pattern (`/verify/{token}`), never the path: paths carry one-time tokens. At
/// `info`, so the default filter keeps it.
pub fn request_span<B>(request: &http::Request<B>) -> tracing::Span {
    let extensions = request.extensions();
    let client = extensions
        .get::<app::web::client::ClientAddr>()
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

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use app::web::client::ClientAddr;

    /// What the subscriber wrote.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_line_logged_while_serving_names_the_client_and_not_the_path() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let mut request = http::Request::post("/verify/0123456789abcdef")
            .body(())
            .unwrap();
        let client = ClientAddr("198.51.100.7".parse().unwrap());
        request.extensions_mut().insert(client);
        tracing::subscriber::with_default(subscriber, || {
            let _serving = super::request_span(&request).entered();
            tracing::warn!("rate limit reached");
        });
        let line = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        assert!(line.contains("client=198.51.100.7"), "{line}");
        assert!(line.contains("method=POST"), "{line}");
        assert!(
            !line.contains("0123456789abcdef"),
            "no token from the path: {line}"
        );
    }
}
