//! The administration pages' form posts, each to its page's own address, so a refused form
//! is that page again with every value and a message at each field; an accepted one
//! redirects back with a confirmation (post/redirect/get). Without a session: to sign-in.

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{Request, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use super::status_flow::Target;
use super::{SettingsFormState, SettingsInput, StatusFormState, write};
use crate::auth::Principal;
use crate::error::AppError;
use crate::form::see_other;
use crate::i18n::page_locale;
use crate::response::form_post::render_again;
use crate::state::AppState;

/// The largest form accepted: a draft at its largest, twice (file and text), and the rest.
pub const MAX_FORM_BYTES: usize = 2 * crate::draft::markdown::MAX_DRAFT_BYTES + 64 * 1024;

/// The form routes (merged behind the same-origin check, after the Leptos pages).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/hearings/new", post(post_new))
        .route("/admin/hearings/{slug}", post(post_settings))
        .route("/admin/hearings/{slug}/status", post(post_status))
        .route(
            "/admin/hearings/{slug}/draft",
            post(super::draft_post::post_draft).layer(DefaultBodyLimit::max(MAX_FORM_BYTES)),
        )
}

/// The signed-in official, or the answer to give instead (to sign-in back to this page).
pub(super) async fn official(
    state: &AppState,
    parts: &http::request::Parts,
) -> Result<Principal, Response> {
    crate::form::official(state, parts, parts.uri.path()).await
}

/// Reads a URL-encoded form's fields in order.
async fn fields(body: Body) -> Option<Vec<(String, String)>> {
    crate::form::read(body, 256 * 1024).await.ok()
}

/// `POST /admin/hearings/new`.
pub async fn post_new(State(state): State<AppState>, request: Request<Body>) -> Response {
    let locale = page_locale(request.headers());
    let (parts, body) = request.into_parts();
    let who = match official(&state, &parts).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let Some(fields) = fields(body).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let input = super::form_fields::settings_from_fields(&fields);
    match write::create(&state.db, &who, &input, locale, state.clock.now()).await {
        Ok(model) => see_other(&format!("/admin/hearings/{}?saved=created", model.slug)),
        Err(error) => settings_refused(state, input, error, parts).await,
    }
}

/// `POST /admin/hearings/{slug}`: the settings form.
pub async fn post_settings(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Response {
    let locale = page_locale(request.headers());
    let (parts, body) = request.into_parts();
    let who = match official(&state, &parts).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let Some(fields) = fields(body).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let mut input = super::form_fields::settings_from_fields(&fields);
    input.slug = slug.clone();
    match write::update(&state.db, &who, &slug, &input, locale, state.clock.now()).await {
        Ok(_) => see_other(&format!("/admin/hearings/{slug}?saved=settings")),
        Err(error) => settings_refused(state, input, error, parts).await,
    }
}

async fn settings_refused(
    state: AppState,
    values: SettingsInput,
    error: AppError,
    parts: http::request::Parts,
) -> Response {
    let AppError::Validation(errors) = error else {
        return error.into_response();
    };
    let again = SettingsFormState { values, errors };
    let page = Request::from_parts(parts, Body::empty());
    render_again(state, again, page, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// `POST /admin/hearings/{slug}/status` with `status`: the status buttons. A refused
/// change renders the hearing's page with the reason by the buttons.
pub async fn post_status(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Response {
    let locale = page_locale(request.headers());
    let (mut parts, body) = request.into_parts();
    let who = match official(&state, &parts).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let fields = fields(body).await.unwrap_or_default();
    let wanted = fields
        .iter()
        .find(|(k, _)| k == "status")
        .map(|(_, v)| v.as_str());
    let result = match wanted.and_then(Target::parse) {
        Some(target) => {
            write::change_status(&state.db, &who, &slug, target, locale, state.clock.now()).await
        }
        None => Err(AppError::Conflict(
            locale.messages().ha_status_unknown().into(),
        )),
    };
    let error = match result {
        Ok(_) => return see_other(&format!("/admin/hearings/{slug}?saved=status")),
        Err(AppError::Conflict(message)) => message,
        Err(other) => return other.into_response(),
    };
    let Ok(uri) = format!("/admin/hearings/{slug}").parse::<Uri>() else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    parts.uri = uri;
    let page = Request::from_parts(parts, Body::empty());
    render_again(state, StatusFormState { error }, page, StatusCode::CONFLICT).await
}
