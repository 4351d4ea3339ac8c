//! The retention routes of the JSON API: `PUT /api/v1/admin/attachments/{id}/case-file`.

use axum::extract::Path;
use axum::routing::put;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use crate::auth::OfficialCall;
use crate::error::AppError;
use crate::response::admin::AdminAttachment;
use crate::state::AppState;
use crate::web::openapi::{MayNotModerate, NotSignedIn};

/// The retention routes.
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/api/v1/admin/attachments/{id}/case-file",
        put(set_case_file),
    )
}

/// Whether a file is part of the case file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CaseFileRequest {
    /// `true`: part of the case file, kept when the respondent's personal data is erased;
    /// `false`: deleted then.
    pub case_file: bool,
}

/// Marks a response's file as part of the case file or not (officials who may moderate its
/// hearing). Audited on the response; marking it as it is changes nothing.
#[utoipa::path(put, path = "/api/v1/admin/attachments/{id}/case-file", tag = "admin",
    params(("id" = i32, Path, description = "The file's id")),
    request_body = CaseFileRequest,
    responses((status = 200, body = AdminAttachment, description = "The file, marked"),
        NotSignedIn,
        MayNotModerate,
        (status = 404, description = "No such file"),
        (status = 422, description = "The body is not {\"case_file\": true|false}")))]
pub async fn set_case_file(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(id): Path<i32>,
    Json(body): Json<CaseFileRequest>,
) -> Result<Json<AdminAttachment>, AppError> {
    let now = state.clock.now();
    let file = super::case_file::set(&state.db, &who, (None, id), body.case_file, now).await?;
    Ok(Json(AdminAttachment::from(file)))
}
