//! `/healthz` (the process answers) and `/readyz` (the database answers too, and how far this
//! process's search index is behind it).

use app::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

/// The health routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
}

async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let ready = match app::db::ping(&state.db).await {
        Ok(()) => {
            let applied = state.search.progress.get();
            app::search::outbox::lag(&state.db, &applied, state.clock.now()).await
        }
        Err(error) => Err(error),
    };
    match ready {
        Ok(lag) => (
            StatusCode::OK,
            Json(json!({ "status": "ready", "database": "ok", "index_lag": lag })),
        ),
        Err(error) => {
            tracing::warn!(%error, "readiness check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable", "database": "unreachable" })),
            )
        }
    }
}
