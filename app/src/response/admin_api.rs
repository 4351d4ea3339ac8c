//! `GET /api/v1/admin/hearings/{slug}/responses`: every response of a hearing, every status,
//! all fields, filtered as the inbox filters, with counts per filter value.

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};

use super::admin::{AdminResponse, AdminResponses, Filters};
use super::inbox::{self, Period};
use crate::auth::{Capability, Principal};
use crate::error::AppError;
use crate::i18n::{Locale, locale_from_headers};
use crate::state::AppState;

/// The route.
pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/admin/hearings/{slug}/responses", get(all))
}

/// Every response of a hearing (officials, moderators and readers of it).
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/responses", tag = "admin",
    params(("slug" = String, Path, description = "The hearing's URL name"), Filters),
    responses((status = 200, body = AdminResponses), (status = 401, description = "Not signed in"),
        (status = 403, description = "No role on this hearing"), (status = 404, description = "No such hearing"),
        (status = 422, description = "A date filter is not YYYY-MM-DD, or `to` is before `from`")))]
pub async fn all(
    State(state): State<AppState>,
    who: Principal,
    Path(slug): Path<String>,
    Query(filters): Query<Filters>,
    headers: HeaderMap,
) -> Result<Json<AdminResponses>, AppError> {
    let locale = locale_from_headers(&headers);
    Ok(Json(
        filtered(&state.db, &who, &slug, &filters, locale).await?.1,
    ))
}

/// A page of a hearing's responses as `who` may see them, filtered in the database, with the
/// counts per filter value over the whole hearing; with the hearing.
pub async fn filtered(
    db: &impl sea_orm::ConnectionTrait,
    who: &Principal,
    slug: &str,
    filters: &Filters,
    locale: Locale,
) -> Result<(crate::entities::hearing::Model, AdminResponses), AppError> {
    let hearing = crate::hearing::store::find_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::ReadResponses, Some(hearing.id))?;
    let period = Period::parse(filters, locale)?;
    let found = inbox::page(db, hearing.id, filters, period).await?;
    let responses = AdminResponses {
        total: usize::try_from(found.total).unwrap_or(usize::MAX),
        items: found.items.into_iter().map(AdminResponse::from).collect(),
        page: found.page,
        per_page: found.per_page,
        counts: inbox::counts(db, hearing.id).await?,
    };
    Ok((hearing, responses))
}
