//! The hvidbog for officials: `GET /api/v1/admin/hearings/{slug}/hvidbog` (the draft as
//! JSON), `PUT …/hvidbog/remarks` (save a remark), and the downloads
//! `GET /admin/hearings/{slug}/hvidbog.docx` (Word) and `GET /admin/hearings/{slug}/hvidbog/print`
//! (a printable page).

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, put};
use axum::{Json, Router};
use serde::Deserialize;

use super::remarks::{self, Target};
use super::{Hvidbog, Remark, build, docx, print};
use crate::auth::{Capability, OfficialCall, Principal};
use crate::digest::DigestProblem;
use crate::digest::api::browser_official;
use crate::error::AppError;
use crate::hearing::store::hearing_for;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, MayNotManage, NoRole, NoSuchHearing, NotSignedIn};

/// The officials' routes (behind the same-origin check).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/hearings/{slug}/hvidbog", get(draft))
        .route(
            "/api/v1/admin/hearings/{slug}/hvidbog/remarks",
            put(save_remark),
        )
        .route("/admin/hearings/{slug}/hvidbog.docx", get(download_docx))
        .route("/admin/hearings/{slug}/hvidbog/print", get(printable))
}

/// A remark as sent to the API.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct RemarkInput {
    /// `response` or `theme`.
    pub target: String,
    /// The response's or theme's id.
    pub id: i32,
    /// Forvaltningens bemærkninger.
    #[serde(default)]
    pub remark: String,
    /// Giver anledning til ændring: `true`, `false` or `null` (not decided).
    #[serde(default)]
    pub gives_change: Option<bool>,
}

/// The hvidbog draft.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/hvidbog", tag = "digest",
    params(HearingSlug),
    responses((status = 200, body = Hvidbog), NotSignedIn, NoSuchHearing,
        NoRole))]
pub async fn draft(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<Hvidbog>, AppError> {
    Ok(Json(
        build::for_official(&state.db, &who, &slug, state.clock.now()).await?,
    ))
}

/// Checks and saves a remark (officials who manage the hearing); 422 with the field's message.
pub async fn store_remark(
    state: &AppState,
    who: &Principal,
    slug: &str,
    (target, id): (&str, i32),
    (text, change): (&str, &str),
    locale: Locale,
) -> Result<Remark, AppError> {
    let hearing = hearing_for(&state.db, who, slug, Capability::ManageHearing).await?;
    let remark = remarks::parse(text, change, locale).map_err(AppError::Validation)?;
    let Some(target) = Target::parse(target) else {
        let message = DigestProblem::UnknownTarget.message(locale.messages());
        return Err(AppError::Validation(
            [("target".to_owned(), message.to_owned())].into(),
        ));
    };
    let now = state.clock.now();
    remarks::save(
        &state.db,
        who,
        (hearing.id, target, id),
        remark.clone(),
        (locale, now),
    )
    .await?;
    Ok(remark)
}

/// `PUT …/hvidbog/remarks`.
#[utoipa::path(put, path = "/api/v1/admin/hearings/{slug}/hvidbog/remarks", tag = "digest",
    params(HearingSlug),
    request_body = RemarkInput,
    responses((status = 200, body = Remark), NotSignedIn, NoSuchHearing,
        MayNotManage,
        (status = 422, description = "`{\"errors\": {field: message}}` for remark, change or target")))]
pub async fn save_remark(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(input): Json<RemarkInput>,
) -> Result<Json<Remark>, AppError> {
    let change = match input.gives_change {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let target = (input.target.as_str(), input.id);
    let remark = store_remark(&state, &who, &slug, target, (&input.remark, change), locale).await?;
    Ok(Json(remark))
}

/// The Word file, named after the hearing (without a session: to sign-in and back).
pub async fn download_docx(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Response {
    let hvidbog = match for_browser(&state, &slug, request).await {
        Ok(hvidbog) => hvidbog,
        Err(answer) => return answer,
    };
    let bytes = match docx::docx(&hvidbog, state.clock.now()) {
        Ok(bytes) => bytes,
        Err(error) => return error.into_response(),
    };
    let disposition = format!("attachment; filename=\"hvidbog-{slug}.docx\"");
    let headers = [
        (header::CONTENT_TYPE, DOCX_TYPE.to_owned()),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, "no-store".to_owned()),
    ];
    (headers, bytes).into_response()
}

/// The hearing's hvidbog for the official whose browser asks, or the answer that sends them
/// to sign in or refuses them.
async fn for_browser(
    state: &AppState,
    slug: &str,
    request: Request<Body>,
) -> Result<Hvidbog, Response> {
    let who = browser_official(state, request).await?;
    build::for_official(&state.db, &who, slug, state.clock.now())
        .await
        .map_err(IntoResponse::into_response)
}

/// The media type of a .docx.
const DOCX_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The printable page (without a session: to sign-in and back).
pub async fn printable(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Response {
    match for_browser(&state, &slug, request).await {
        Ok(hvidbog) => (
            [(header::CACHE_CONTROL, "no-store")],
            Html(print::html(&hvidbog)),
        )
            .into_response(),
        Err(answer) => answer,
    }
}
