//! `GET /api/v1/admin/hearings/{slug}/responses`: every response of a hearing, every status,
//! all fields, filtered as the inbox filters, with counts per filter value.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::inbox::{self, InboxItem};
use crate::auth::{Capability, Principal};
use crate::error::AppError;
use crate::state::AppState;

/// The route.
pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/admin/hearings/{slug}/responses", get(all))
}

/// The inbox filters; each narrows the list when given.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
pub struct Filters {
    /// `awaiting_verification`, `verified`, `published`, `held`, `rejected`, `withdrawn`.
    pub status: Option<String>,
    /// Respondent kind.
    pub kind: Option<String>,
    /// `web`, `email`, `letter`, `meeting`.
    pub channel: Option<String>,
    /// Detected language (ISO 639-1).
    pub language: Option<String>,
    /// Only responses with (true) or without (false) files.
    pub has_attachments: Option<bool>,
    /// Only responses flagged (true) or not (false) for personal data.
    pub personal_data: Option<bool>,
}

/// A response with everything officials may see.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AdminResponse {
    /// Id (for moderation).
    pub id: i32,
    /// Number.
    pub svarnummer: String,
    /// Status.
    pub status: String,
    /// Why it is held or rejected.
    pub held_reason: Option<String>,
    /// How it arrived.
    pub channel: String,
    /// Respondent kind.
    pub kind: String,
    /// The person.
    pub name: String,
    /// The organisation.
    pub organisation: Option<String>,
    /// E-mail (private).
    pub email: String,
    /// CVR.
    pub cvr: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Whether the name may be published.
    pub publish_name: bool,
    /// Stance.
    pub stance: String,
    /// Text.
    pub text: String,
    /// Language.
    pub language: Option<String>,
    /// Submitted.
    pub submitted_at: DateTime<Utc>,
    /// Files with their extraction state.
    pub attachments: Vec<AdminAttachment>,
}

/// A file as officials see it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AdminAttachment {
    /// Id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Bytes.
    pub size_bytes: i64,
    /// SHA-256.
    pub sha256: String,
    /// `pending`, `extracted`, `no_text`, `encrypted`, `failed`, `timed_out`.
    pub extraction_state: String,
    /// Why extraction failed.
    pub extraction_note: Option<String>,
}

/// The filtered list and the counts per filter value over the whole hearing.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AdminResponses {
    /// How many match.
    pub total: usize,
    /// The matching responses, oldest first.
    pub items: Vec<AdminResponse>,
    /// Filter → value → how many of the hearing's responses have it.
    pub counts: BTreeMap<String, BTreeMap<String, u64>>,
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
    let hearing = crate::hearing::store::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::ReadResponses, Some(hearing.id))?;
    let items = inbox::all(&state.db, hearing.id).await?;
    let counts = count(&items);
    let items: Vec<AdminResponse> = items
        .into_iter()
        .filter(|item| matches(item, &filters))
        .map(AdminResponse::from)
        .collect();
    Ok(Json(AdminResponses {
        total: items.len(),
        items,
        counts,
    }))
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
