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
use crate::auth::OfficialForm;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::form::see_other;

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

/// A posted form of the administration pages: its fields in order.
type Posted = OfficialForm<Vec<(String, String)>, { 256 * 1024 }>;

/// `POST /admin/hearings/new`.
pub async fn post_new(State(state): State<AppState>, posted: Posted) -> Response {
    let input = super::form_fields::settings_from_fields(&posted.fields);
    let now = state.clock.now();
    let outcome = write::create(&state.db, &posted.who, &input, posted.locale, now).await;
    let outcome = outcome.map(|model| format!("/admin/hearings/{}?saved=created", model.slug));
    answer_settings(&state, &posted, input, outcome).await
}

/// `POST /admin/hearings/{slug}`: the settings form.
pub async fn post_settings(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: Posted,
) -> Response {
    let mut input = super::form_fields::settings_from_fields(&posted.fields);
    input.slug = slug.clone();
    let (who, now) = (&posted.who, state.clock.now());
    let outcome = write::update(&state.db, who, &slug, &input, posted.locale, now).await;
    let outcome = outcome.map(|_| format!("/admin/hearings/{slug}?saved=settings"));
    answer_settings(&state, &posted, input, outcome).await
}

/// What the settings form answers: on to `outcome`'s page, or the form again with what was
/// typed (`values`) and a message per field.
async fn answer_settings(
    state: &AppState,
    posted: &Posted,
    values: SettingsInput,
    outcome: Result<String, AppError>,
) -> Response {
    let again = |errors| SettingsFormState { values, errors };
    state
        .answer_form(outcome, posted.page_request(), again)
        .await
}

/// `POST /admin/hearings/{slug}/status` with `status`: the status buttons. A refused
/// change renders the hearing's page with the reason by the buttons.
pub async fn post_status(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: Posted,
) -> Response {
    let locale = posted.locale;
    let wanted = posted
        .fields
        .iter()
        .find(|(k, _)| k == "status")
        .map(|(_, v)| v.as_str());
    let (who, now) = (&posted.who, state.clock.now());
    let result = match wanted.and_then(Target::parse) {
        Some(target) => write::change_status(&state.db, who, &slug, target, locale, now).await,
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
    let mut parts = posted.page;
    parts.uri = uri;
    let page = Request::from_parts(parts, Body::empty());
    state
        .render_again(StatusFormState { error }, page, StatusCode::CONFLICT)
        .await
}
