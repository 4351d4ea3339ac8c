//! `POST /verify/{token}`: the button on the verification page. It confirms the response
//! (exactly once, however many presses arrive) and renders the page with what happened;
//! opening the link (GET) only shows the button, so a mail scanner confirms nothing.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::Request;
use axum::response::{IntoResponse, Response};

use super::Confirmed;
use crate::state::AppState;
use crate::web::language::PageLocale;

/// Confirms the response behind `token` and shows the outcome.
pub async fn post_confirm(
    State(state): State<AppState>,
    Path(token): Path<String>,
    PageLocale(locale): PageLocale,
    request: Request<Body>,
) -> Response {
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
    state.render_again(Confirmed(outcome), page, status).await
}
