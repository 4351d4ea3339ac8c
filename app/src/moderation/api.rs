//! `POST /api/v1/admin/responses/{id}/moderation` and `GET /api/v1/admin/audit`.

use axum::extract::{Path, Query};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::actions::{Decision, moderate};
use crate::audit;
use crate::audit::AuditEntry;
use crate::auth::{Capability, OfficialCall};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::{AdminsOnly, MayNotModerate, NotSignedIn};

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/responses/{id}/moderation", post(decide))
        .route("/api/v1/admin/audit", get(audit_log))
        .merge(super::tools_api::router())
}

/// The response after the decision.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Decided {
    /// The response's id.
    pub id: i32,
    /// Its number.
    pub svarnummer: String,
    /// Its status now.
    pub status: crate::vocab::ResponseStatus,
}

/// Publishes, holds, rejects, redacts or marks a response as a duplicate.
#[utoipa::path(post, path = "/api/v1/admin/responses/{id}/moderation", tag = "admin",
    params(("id" = i32, Path, description = "The response's id")),
    request_body = Decision,
    responses((status = 200, body = Decided), NotSignedIn,
        MayNotModerate,
        (status = 404, description = "No such response"),
        (status = 409, description = "Not confirmed, or withdrawn"),
        (status = 422, description = "A reason, passage or svarnummer is missing or wrong")))]
pub async fn decide(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(id): Path<i32>,
    Json(decision): Json<Decision>,
) -> Result<Json<Decided>, AppError> {
    let row = moderate(&state.db, &who, id, decision, (locale, state.clock.now())).await?;
    state.mail_nudge.notify_one();
    Ok(Json(Decided {
        id: row.id,
        svarnummer: row.svarnummer,
        status: row.status,
    }))
}

/// Paging of the audit log.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AuditPaging {
    /// Page, from 1 (0 or less is 1; a page past the end is empty).
    #[serde(default, deserialize_with = "crate::paging::lenient")]
    pub page: Option<u64>,
    /// Entries per page (default 100, at most 500; more is 500).
    #[serde(default, deserialize_with = "crate::paging::lenient")]
    pub per_page: Option<u64>,
}

/// A page of the audit log.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AuditPage {
    /// Entries in all.
    pub total: u64,
    /// This page, newest first.
    pub items: Vec<AuditEntry>,
}

/// The audit log, newest first (admins only).
#[utoipa::path(get, path = "/api/v1/admin/audit", tag = "admin", params(AuditPaging),
    responses((status = 200, body = AuditPage), NotSignedIn,
        AdminsOnly))]
pub async fn audit_log(
    OfficialCall { state, who, .. }: OfficialCall,
    Query(paging): Query<AuditPaging>,
) -> Result<Json<AuditPage>, AppError> {
    who.require(Capability::ReadAudit, None)?;
    let paging = crate::paging::Paging::new(paging.page, paging.per_page, audit::PAGE_SIZE);
    let (total, items) = audit::page(&state.db, paging).await?;
    Ok(Json(AuditPage { total, items }))
}
