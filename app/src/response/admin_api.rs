//! `GET /api/v1/admin/hearings/{slug}/responses`: every response of a hearing, every status,
//! all fields, filtered as the inbox filters (and searched, with `q`), with counts per filter
//! value.

use axum::extract::{Path, Query};
use axum::routing::get;
use axum::{Json, Router};

use super::admin::{AdminResponse, AdminResponses, Filters};
use super::inbox::{self, Period};
use crate::auth::{Capability, OfficialCall, Principal};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::search::Search;
use crate::search::schema::Scope;
use crate::search::searcher::Found;
use crate::search::service;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, NoRole, NoSuchHearing, NotSignedIn};

/// The route.
pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/admin/hearings/{slug}/responses", get(all))
}

/// Every response of a hearing (officials, moderators and readers of it). With `q`, only the
/// responses that match the words (the best 5,000 of them), best first unless `sort` says
/// otherwise, each with a `snippet`; the counts are then over the matches, and `problem` says
/// what was wrong with the words, if anything.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/responses", tag = "admin",
    params(HearingSlug, Filters),
    responses((status = 200, body = AdminResponses), NotSignedIn,
        NoRole, NoSuchHearing,
        (status = 422, description = "A date filter is not YYYY-MM-DD, or `to` is before `from`")))]
pub async fn all(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Json<AdminResponses>, AppError> {
    let found = filtered((&state.db, &state.search), &who, &slug, &filters, locale).await?;
    Ok(Json(found.1))
}

/// A page of a hearing's responses as `who` may see them, filtered in the database (and by
/// the search index when `filters.q` holds words), with the counts per filter value; with
/// the hearing.
pub async fn filtered(
    (db, search): (&impl sea_orm::ConnectionTrait, &Search),
    who: &Principal,
    slug: &str,
    filters: &Filters,
    locale: Locale,
) -> Result<(crate::entities::hearing::Model, AdminResponses), AppError> {
    let hearing =
        crate::hearing::store::hearing_for(db, who, slug, Capability::ReadResponses).await?;
    let period = Period::parse(filters, locale)?;
    let ranked = match filters.words() {
        Some(words) => Some(service::officials_ranked(search, hearing.id, words).await?),
        None => None,
    };
    let ids = ranked.as_ref().map(|(_, ids)| ids.as_slice());
    let page = inbox::page(db, hearing.id, filters, period, ids).await?;
    let mut items: Vec<AdminResponse> = page.items.into_iter().map(AdminResponse::from).collect();
    let problem = ranked.as_ref().and_then(|(found, _)| {
        add_snippets(search, found, &mut items);
        found.problem.as_ref().map(|p| p.message(locale.messages()))
    });
    let responses = AdminResponses {
        total: usize::try_from(page.total).unwrap_or(usize::MAX),
        items,
        page: page.page,
        per_page: page.per_page,
        counts: inbox::counts(db, hearing.id, ids).await?,
        problem,
    };
    Ok((hearing, responses))
}

/// Gives each item the snippet of its text as sent with the search's words marked.
fn add_snippets(search: &Search, found: &Found, items: &mut [AdminResponse]) {
    let texts: Vec<(Option<String>, String)> = items
        .iter()
        .map(|item| (item.language.clone(), item.text.clone()))
        .collect();
    let snippets = service::snippets(search, Scope::Officials, found, &texts);
    for (item, snippet) in items.iter_mut().zip(snippets) {
        item.snippet = snippet;
    }
}
