//! The administration pages' form posts, each to its page's own address, so a refused form
//! is that page again with every value and a message at each field; an accepted one
//! redirects back with a confirmation (post/redirect/get). Without a session: to sign-in.

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{Request, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chrono::Utc;

use super::status_flow::Target;
use super::{
    MilestoneInput, RecipientInput, SettingsFormState, SettingsInput, StatusFormState, write,
};
use crate::auth::{Principal, session};
use crate::error::AppError;
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

pub(super) fn see_other(location: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, location.to_owned())],
    )
        .into_response()
}

/// The signed-in official, or the answer to give instead (to sign-in, or the failure).
pub(super) async fn official(
    state: &AppState,
    parts: &http::request::Parts,
) -> Result<Principal, Response> {
    match session::from_headers(&state.db, &parts.headers, Utc::now()).await {
        Ok(Some(who)) => Ok(who),
        Ok(None) => Err(see_other(&format!(
            "/admin/login?next={}",
            parts.uri.path()
        ))),
        Err(error) => Err(error.into_response()),
    }
}

/// Reads a URL-encoded form's fields in order.
async fn fields(body: Body) -> Option<Vec<(String, String)>> {
    let bytes = axum::body::to_bytes(body, 256 * 1024).await.ok()?;
    serde_urlencoded::from_bytes(&bytes).ok()
}

/// The settings from form fields: `title`, …, `milestones.{i}.date|label|kind|remove`,
/// `digest_recipients.{i}.name|email|remove`. A removed row is kept blank, so the
/// messages' row numbers stay those of the form.
pub fn settings_from_fields(fields: &[(String, String)]) -> SettingsInput {
    let mut input = SettingsInput::default();
    let mut removed_milestones = Vec::new();
    let mut removed_recipients = Vec::new();
    for (name, value) in fields {
        let value = value.clone();
        let mut parts = name.splitn(3, '.');
        match (
            parts.next(),
            parts.next().and_then(|i| i.parse::<usize>().ok()),
            parts.next(),
        ) {
            (Some("milestones"), Some(i), Some(field)) if i < 100 => {
                if input.milestones.len() <= i {
                    input.milestones.resize(i + 1, MilestoneInput::default());
                }
                let row = &mut input.milestones[i];
                match field {
                    "date" => row.date = value,
                    "label" => row.label = value,
                    "kind" => row.kind = value,
                    "remove" => removed_milestones.push(i),
                    _ => {}
                }
            }
            (Some("digest_recipients"), Some(i), Some(field)) if i < 500 => {
                if input.digest_recipients.len() <= i {
                    input
                        .digest_recipients
                        .resize(i + 1, RecipientInput::default());
                }
                let row = &mut input.digest_recipients[i];
                match field {
                    "name" => row.name = value,
                    "email" => row.email = value,
                    "remove" => removed_recipients.push(i),
                    _ => {}
                }
            }
            _ => match name.as_str() {
                "slug" => input.slug = value,
                "title" => input.title = value,
                "summary" => input.summary = value,
                "committee" => input.committee = value,
                "journal_number" => input.journal_number = value,
                "opens_at" => input.opens_at = value,
                "closes_at" => input.closes_at = value,
                "publication_policy" => input.publication_policy = value,
                _ => {}
            },
        }
    }
    for i in removed_milestones {
        input.milestones[i] = MilestoneInput::default();
    }
    for i in removed_recipients {
        input.digest_recipients[i] = RecipientInput::default();
    }
    input
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
    let input = settings_from_fields(&fields);
    match write::create(&state.db, &who, &input, locale, Utc::now()).await {
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
    let mut input = settings_from_fields(&fields);
    input.slug = slug.clone();
    match write::update(&state.db, &who, &slug, &input, locale, Utc::now()).await {
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
            write::change_status(&state.db, &who, &slug, target, locale, Utc::now()).await
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
