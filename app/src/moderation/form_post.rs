//! `POST /admin/hearings/{slug}/responses`: the inbox's decision form, posted to the inbox's
//! own address (filters included), so a refused decision is the same page again with the
//! choice and the message at the response's reason field. Accepted: back to the inbox with a
//! confirmation.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;

use super::DecisionFormState;
use super::actions::{Action, moderate};
use crate::auth::session;
use crate::error::AppError;
use crate::response::form_post::render_again;
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DecisionForm {
    response_id: i32,
    action: String,
    reason: String,
}

fn see_other(location: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, location.to_owned())],
    )
        .into_response()
}

/// The inbox's address with its filters and `saved=1`.
fn with_saved(uri: &axum::http::Uri) -> String {
    let mut query: Vec<&str> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("saved="))
        .collect();
    query.push("saved=1");
    format!("{}?{}", uri.path(), query.join("&"))
}

/// Handles a posted decision.
pub async fn post_decision(
    State(state): State<AppState>,
    Path(_slug): Path<String>,
    request: Request<Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let form: DecisionForm = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let id = form.response_id;
    let back = parts.uri.to_string();
    let who = match session::from_headers(&state.db, &parts.headers, Utc::now()).await {
        Ok(Some(who)) => who,
        Ok(None) => return see_other(&format!("/admin/login?next={back}")),
        Err(error) => return error.into_response(),
    };
    let action = match form.action.as_str() {
        "hold" => Action::Hold,
        "reject" => Action::Reject,
        _ => Action::Publish,
    };
    let reason = Some(form.reason.clone());
    match moderate(&state.db, &who, id, (action, reason), Utc::now()).await {
        Ok(_) => {
            state.mail_nudge.notify_one();
            see_other(&with_saved(&parts.uri))
        }
        Err(AppError::Validation(errors)) => {
            let again = DecisionFormState {
                response_id: id,
                action: form.action,
                reason: form.reason,
                error: errors.into_values().next().unwrap_or_default(),
            };
            let page = Request::from_parts(parts, Body::empty());
            render_again(state, again, page, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(error) => error.into_response(),
    }
}
