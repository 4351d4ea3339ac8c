//! `GET /api/v1/admin/hearings/{slug}/responses`: every response of a hearing, every status,
//! all fields, filtered as the inbox filters, with counts per filter value.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};

use super::admin::{AdminAttachment, AdminResponse, AdminResponses, Filters};
use super::inbox::{self, InboxItem};
use crate::auth::{Capability, Principal};
use crate::error::AppError;
use crate::state::AppState;

/// The route.
pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/admin/hearings/{slug}/responses", get(all))
}

/// Every response of a hearing (officials, moderators and readers of it).
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/responses", tag = "admin",
    params(("slug" = String, Path, description = "The hearing's URL name"), Filters),
    responses((status = 200, body = AdminResponses), (status = 401, description = "Not signed in"),
        (status = 403, description = "No role on this hearing"), (status = 404, description = "No such hearing")))]
pub async fn all(
    State(state): State<AppState>,
    who: Principal,
    Path(slug): Path<String>,
    Query(filters): Query<Filters>,
) -> Result<Json<AdminResponses>, AppError> {
    Ok(Json(filtered(&state.db, &who, &slug, &filters).await?.1))
}

/// A hearing's responses as `who` may see them, filtered; with the hearing.
pub async fn filtered(
    db: &impl sea_orm::ConnectionTrait,
    who: &Principal,
    slug: &str,
    filters: &Filters,
) -> Result<(crate::entities::hearing::Model, AdminResponses), AppError> {
    let hearing = crate::hearing::store::find_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::ReadResponses, Some(hearing.id))?;
    let items = inbox::all(db, hearing.id).await?;
    let counts = count(&items);
    let items: Vec<AdminResponse> = items
        .into_iter()
        .filter(|item| matches(item, filters))
        .map(AdminResponse::from)
        .collect();
    let responses = AdminResponses {
        total: items.len(),
        items,
        counts,
    };
    Ok((hearing, responses))
}

fn kind_of(item: &InboxItem) -> String {
    item.respondent
        .as_ref()
        .map(|r| r.kind.clone())
        .unwrap_or_default()
}

fn matches(item: &InboxItem, f: &Filters) -> bool {
    let r = &item.response;
    let is =
        |want: &Option<String>, have: Option<&str>| want.as_deref().is_none_or(|w| Some(w) == have);
    is(&f.status, Some(&r.status))
        && is(&f.kind, Some(&kind_of(item)))
        && is(&f.channel, Some(&r.channel))
        && is(&f.language, r.language.as_deref())
        && f.has_attachments
            .is_none_or(|want| want != item.files.is_empty())
        && f.personal_data.is_none_or(|want| {
            want == (r.held_reason.as_deref() == Some(crate::moderation::PERSONAL_DATA))
        })
}

fn count(items: &[InboxItem]) -> BTreeMap<String, BTreeMap<String, u64>> {
    let mut counts: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for item in items {
        let r = &item.response;
        let language = r.language.clone().unwrap_or_else(|| "unknown".into());
        for (filter, value) in [
            ("status", r.status.clone()),
            ("kind", kind_of(item)),
            ("channel", r.channel.clone()),
            ("language", language),
            ("has_attachments", (!item.files.is_empty()).to_string()),
        ] {
            *counts
                .entry(filter.into())
                .or_default()
                .entry(value)
                .or_default() += 1;
        }
    }
    counts
}

impl From<InboxItem> for AdminResponse {
    fn from(item: InboxItem) -> Self {
        let kind = kind_of(&item);
        let respondent = item.respondent;
        let r = item.response;
        AdminResponse {
            id: r.id,
            svarnummer: r.svarnummer,
            status: r.status,
            held_reason: r.held_reason,
            channel: r.channel,
            kind,
            name: respondent
                .as_ref()
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            organisation: respondent.as_ref().and_then(|p| p.organisation.clone()),
            email: respondent
                .as_ref()
                .map(|p| p.email.clone())
                .unwrap_or_default(),
            cvr: respondent.as_ref().and_then(|p| p.cvr.clone()),
            postal_code: respondent.as_ref().and_then(|p| p.postal_code.clone()),
            publish_name: respondent.as_ref().is_some_and(|p| p.publish_name),
            stance: r.stance,
            text: r.body,
            language: r.language,
            submitted_at: r.submitted_at,
            attachments: item
                .files
                .into_iter()
                .map(|f| AdminAttachment {
                    id: f.id,
                    name: f.filename,
                    size_bytes: f.size_bytes,
                    sha256: f.sha256,
                    extraction_state: f.extraction_state,
                    extraction_note: f.extraction_note,
                })
                .collect(),
        }
    }
}
