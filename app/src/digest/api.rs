//! The digest's JSON API and the browser preview, for officials:
//! `GET /api/v1/admin/hearings/{slug}/digest` (settings, recipients, schedule, history,
//! warnings), `GET …/digest/preview?kind=weekly|final|manual` (subject, text, HTML, numbers),
//! `POST …/digest/send` (queue one now), `PUT …/digest/settings`, and
//! `GET /admin/hearings/{slug}/digest/preview` (the HTML part as the recipients will see it).

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::DigestProblem;
use super::content::Numbers;
use super::queue::{self, Queued};
use super::schedule::{Kind, Slot};
use super::{DigestOverview, DigestSettings, html, settings, status, text};
use crate::auth::{Capability, OfficialCall, Principal};
use crate::error::AppError;
use crate::hearing::store::hearing_for;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, MayNotManage, NoRole, NoSuchHearing, NotSignedIn};

/// The officials' routes (behind the same-origin check).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/hearings/{slug}/digest", get(overview))
        .route("/api/v1/admin/hearings/{slug}/digest/preview", get(preview))
        .route("/api/v1/admin/hearings/{slug}/digest/send", post(send))
        .route(
            "/api/v1/admin/hearings/{slug}/digest/settings",
            put(save_settings),
        )
        .route("/admin/hearings/{slug}/digest/preview", get(preview_page))
}

/// Which digest to preview.
#[derive(Debug, Default, Deserialize)]
pub struct PreviewQuery {
    /// `weekly` (default), `final` or `manual`.
    #[serde(default)]
    kind: Option<String>,
}

/// A digest as it would be sent now.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Preview {
    /// The subject line.
    pub subject: String,
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
    /// The numbers in it.
    #[schema(value_type = Object)]
    pub numbers: Numbers,
}

/// What "send now" queued.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Sent {
    /// The digest's id.
    pub run_id: i32,
    /// How many mails.
    pub recipients: usize,
}

/// Settings, recipients, the digests to come and those sent, and warnings.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/digest", tag = "digest",
    params(HearingSlug),
    responses((status = 200, body = DigestOverview), NotSignedIn, NoSuchHearing,
        NoRole))]
pub async fn overview(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<DigestOverview>, AppError> {
    let now = state.clock.now();
    Ok(Json(status::overview(&state.db, &who, &slug, now).await?))
}

async fn compose_preview(
    state: &AppState,
    who: &Principal,
    slug: &str,
    kind: Option<&str>,
) -> Result<Preview, AppError> {
    let hearing = hearing_for(&state.db, who, slug, Capability::ReadResponses).await?;
    let kind = kind.and_then(Kind::parse).unwrap_or(Kind::Weekly);
    let now = state.clock.now();
    let slot = Slot {
        kind,
        period: "preview".into(),
        at: now,
    };
    let digest = queue::compose(&state.db, &hearing, &slot, now, &state.base_url).await?;
    Ok(Preview {
        subject: text::subject(&digest),
        text: text::text(&digest),
        html: html::html(&digest),
        numbers: digest.numbers,
    })
}

/// The digest as it would be sent now, without sending it.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/digest/preview", tag = "digest",
    params(HearingSlug,
        ("kind" = Option<String>, Query, description = "weekly (default), final or manual")),
    responses((status = 200, body = Preview), NotSignedIn, NoSuchHearing,
        NoRole))]
pub async fn preview(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
    Query(query): Query<PreviewQuery>,
) -> Result<Json<Preview>, AppError> {
    Ok(Json(
        compose_preview(&state, &who, &slug, query.kind.as_deref()).await?,
    ))
}

/// The HTML part, as a page of its own (without a session: to sign-in and back).
pub async fn preview_page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<PreviewQuery>,
    request: Request<Body>,
) -> Response {
    let who = match browser_official(&state, request).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    match compose_preview(&state, &who, &slug, query.kind.as_deref()).await {
        Ok(preview) => ([(header::CACHE_CONTROL, "no-store")], Html(preview.html)).into_response(),
        Err(error) => error.into_response(),
    }
}

/// The signed-in official for a document opened in the browser, or a 303 to sign-in that
/// comes back to it.
pub(crate) async fn browser_official(
    state: &AppState,
    request: Request<Body>,
) -> Result<Principal, Response> {
    let (parts, _) = request.into_parts();
    crate::auth::signed_in_or_sign_in(state, &parts).await
}

/// Queues a digest to every recipient now (officials who manage the hearing).
pub async fn send_now(
    state: &AppState,
    who: &Principal,
    slug: &str,
    locale: Locale,
) -> Result<Sent, AppError> {
    let hearing = hearing_for(&state.db, who, slug, Capability::ManageHearing).await?;
    let now = state.clock.now();
    let slot = Slot::manual(now);
    match queue::queue(&state.db, &hearing, &slot, now, &state.base_url).await? {
        Queued::Now { run_id, recipients } => {
            state.mail_nudge.notify_one();
            Ok(Sent { run_id, recipients })
        }
        Queued::Before => Err(AppError::Conflict(
            "a digest was queued this very second; try again".into(),
        )),
        Queued::NoRecipients => Err(AppError::Validation(BTreeMap::from([(
            "recipients".to_owned(),
            DigestProblem::NoRecipients
                .message(locale.messages())
                .to_owned(),
        )]))),
    }
}

/// `POST …/digest/send`: 202 with the digest's id and number of mails.
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/digest/send", tag = "digest",
    params(HearingSlug),
    responses((status = 202, body = Sent), NotSignedIn, NoSuchHearing,
        MayNotManage,
        (status = 422, description = "The hearing has no recipients: `{\"errors\": {\"recipients\": …}}`")))]
pub async fn send(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<(StatusCode, Json<Sent>), AppError> {
    let sent = send_now(&state, &who, &slug, locale).await?;
    Ok((StatusCode::ACCEPTED, Json(sent)))
}

/// `PUT …/digest/settings`: the settings checked field by field (422 with every problem).
#[utoipa::path(put, path = "/api/v1/admin/hearings/{slug}/digest/settings", tag = "digest",
    params(HearingSlug),
    request_body = DigestSettings,
    responses((status = 200, body = DigestSettings), NotSignedIn, NoSuchHearing,
        MayNotManage,
        (status = 422, description = "`{\"errors\": {field: message}}` for weekday, hour, lead_days")))]
pub async fn save_settings(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(body): Json<serde_json::Value>,
) -> Result<Json<DigestSettings>, AppError> {
    let hearing = hearing_for(&state.db, &who, &slug, Capability::ManageHearing).await?;
    let fields = body
        .as_object()
        .map(|object| {
            object
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let checked = settings::parse(&fields, locale).map_err(AppError::Validation)?;
    settings::change(&state.db, &who, hearing.id, checked, state.clock.now()).await?;
    Ok(Json(checked))
}
