//! `POST /api/v1/admin/hearings/{slug}/responses`: an official registers a response that came
//! by e-mail, by letter or at a meeting, as JSON or as `multipart/form-data` with its files.

use axum::body::Body;
use axum::extract::Path;
use axum::http::{Request, StatusCode};
use axum::routing::post;
use axum::{Json, Router};

use super::RegisterRequest;
use super::official::submit;
use super::store::may_register;
use crate::auth::OfficialCall;
use crate::error::AppError;
use crate::response::Submitted;
use crate::response::idempotency;
use crate::response::intake::api_body;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, NoSuchHearing, NotSignedIn};

/// The route (behind the same-origin check, as every route is).
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/api/v1/admin/hearings/{slug}/responses",
        post(register_response),
    )
}

/// Registers a response for officials of the hearing: numbered at once, no verification link
/// (the official vouches for the sender), a receipt to the sender when `email` is given,
/// standing as the hearing's publication policy says (held when it seems to hold a CPR
/// number), audited with who registered it. It may come after the deadline.
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/responses", tag = "admin",
    params(HearingSlug,
        ("Idempotency-Key" = Option<String>, Header, description = "Names this registration (1 to 255 visible ASCII characters): the same key with the same content answers with the first response; with other content it is a 422")),
    request_body(content(
        (RegisterRequest = "application/json"),
        (MultipartRegistration = "multipart/form-data"))),
    responses(
        (status = 201, description = "Registered", body = Submitted),
        NotSignedIn, NoSuchHearing,
        (status = 403, description = "The official may not register responses in this hearing"),
        (status = 422, description = "Bad input: `{\"errors\": {field: message}}` in the official's language (`channel`, `received_on`, the response's fields, `files`)")))]
pub async fn register_response(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Result<(StatusCode, Json<Submitted>), AppError> {
    let hearing = may_register(&state.db, &who, &slug).await?;
    let key = idempotency::header_key(request.headers(), locale)?;
    let (body, received) = api_body::<RegisterRequest>(&state, request, locale).await?;
    let key = key.as_deref().map(|key| ("official-api", key));
    let done = submit(&state, (&who, &hearing), (&body, key), received, locale).await?;
    Ok((StatusCode::CREATED, Json(done)))
}

/// The multipart form of a registration (documentation only).
#[derive(utoipa::ToSchema)]
#[expect(dead_code, reason = "read by utoipa only")]
pub struct MultipartRegistration {
    /// The registration as JSON, exactly as the JSON body.
    response: RegisterRequest,
    /// The letter's enclosures.
    #[schema(value_type = Vec<String>, format = Binary)]
    files: Vec<Vec<u8>>,
}
