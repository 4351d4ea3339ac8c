//! What every request handler and server function can reach.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::{LeptosOptions, use_context};
use sea_orm::DatabaseConnection;

use crate::error::AppError;

/// Shared application state: the database (the single source of truth), Leptos' options and
/// the process's services. One `Arc`, so cheap to clone: axum clones the state for every
/// request, for each middleware that holds it and each handler that extracts it (issue 19: a
/// deep clone per request was about 18 % of a kept page's CPU, `docs/BENCHMARKS.md`).
#[derive(Clone, Debug)]
pub struct AppState(Arc<Services>);

impl AppState {
    /// The state holding `services`.
    pub fn new(services: Services) -> Self {
        AppState(Arc::new(services))
    }
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

/// What [`AppState`] holds.
#[derive(Debug)]
pub struct Services {
    /// The connection pool.
    pub db: DatabaseConnection,
    /// Where the site files are and what they are called.
    pub leptos_options: LeptosOptions,
    /// The public address, for links in e-mails (no trailing slash).
    pub base_url: String,
    /// Wakes the mail worker when a message was queued.
    pub mail_nudge: std::sync::Arc<tokio::sync::Notify>,
    /// Rate limits per action, network and e-mail address, in the database.
    pub limiter: std::sync::Arc<crate::web::limit::RateLimiter>,
    /// Where attached files are stored, and their limits.
    pub attachments: crate::blob::Storage,
    /// The response form's minimum fill time (0: no check).
    pub min_fill_seconds: u64,
    /// Signs the response form's render time (a key shared by every process).
    pub fill_key: crate::web::fill_time::FillKey,
    /// Wakes the text-extraction job when files arrived.
    pub extract_nudge: std::sync::Arc<tokio::sync::Notify>,
    /// The search index, and the indexer's wake-up call.
    pub search: crate::search::Search,
    /// The time (the system clock; tests set a manual one).
    pub clock: crate::clock::SharedClock,
    /// Officials' sessions: the idle timeout and the cookie.
    pub sessions: crate::web::session_cookie::SessionPolicy,
    /// This process's name among the processes sharing the database.
    pub instance: crate::instance::Instance,
    /// The proxies whose forwarded client addresses are believed (`crate::web::client`).
    pub proxies: crate::web::client::TrustedProxies,
    /// Months a decided hearing keeps its respondents' personal data unless it says otherwise
    /// (`ORDET_RETENTION_MONTHS`, see `crate::retention::schedule`).
    pub retention_months: u32,
    /// The themes' sentence model (`ORDET_EMBEDDING_MODEL`).
    pub sentence_model: crate::embedding::SentenceModel,
    /// The installation's facts for its privacy notice and accessibility statement.
    pub site: std::sync::Arc<crate::installation::Installation>,
    /// The page shell, for pages rendered again in answer to a form (`crate::app::shell`).
    pub shell: crate::web::render::Shell,
}

impl AppState {
    /// The page of `request` rendered again with `form_state` (the refused values and their
    /// messages) in the context, where the page picks it up, answered as `status`.
    pub async fn render_again<T: Clone + Send + Sync + 'static>(
        &self,
        form_state: T,
        request: axum::http::Request<axum::body::Body>,
        status: axum::http::StatusCode,
    ) -> axum::response::Response {
        let state = self.clone();
        let context = move || {
            leptos::prelude::provide_context(state.clone());
            leptos::prelude::provide_context(form_state.clone());
        };
        let options = self.leptos_options.clone();
        crate::web::render::page_again(self.shell, options, context, request, status).await
    }

    /// What an official's form answers once carried out: on to `outcome`'s location (303); its
    /// page (`page`) again with what was typed and a message per field (`again(errors)`, 422)
    /// when a field was refused; any other error's own answer.
    pub async fn answer_form<T: Clone + Send + Sync + 'static>(
        &self,
        outcome: Result<String, crate::error::AppError>,
        page: axum::http::Request<axum::body::Body>,
        again: impl FnOnce(std::collections::BTreeMap<String, String>) -> T,
    ) -> axum::response::Response {
        use axum::response::IntoResponse;
        match outcome {
            Ok(location) => crate::web::form::see_other(&location),
            Err(crate::error::AppError::Validation(errors)) => {
                let status = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
                self.render_again(again(errors), page, status).await
            }
            Err(error) => error.into_response(),
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state inside a server function, where the server provided it as context.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        AppError::Internal
    })
}
