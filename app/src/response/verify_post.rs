//! `POST /verify/{token}`: the button on the verification page. It confirms the response
//! (exactly once, however many presses arrive) and renders the page with what happened;
//! opening the link (GET) only shows the button, so a mail scanner confirms nothing.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::Request;
use axum::response::{IntoResponse, Response};

use super::Confirmed;
use super::form_post::render_again;
use crate::i18n::page_locale;
use crate::state::AppState;

/// Confirms the response behind `token` and shows the outcome.
pub async fn post_confirm(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request<Body>,
) -> Response {
    let locale = page_locale(request.headers());
    let done = super::verify::verify(
        &state.db,
        &token,
        (&state.base_url, locale),
        state.clock.now(),
    );
    let outcome = match done.await {
        Ok(outcome) => outcome,
        Err(error) => return error.into_response(),
    };
    state.mail_nudge.notify_one();
    let status = outcome.status_code();
    let (parts, _) = request.into_parts();
    let page = Request::from_parts(parts, Body::empty());
    render_again(state, Confirmed(outcome), page, status).await
}
