//! Reads one response with everything its page shows: every field, the paragraph it is about,
//! its files with their extracted text, the internal notes and its audit history.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use chrono_tz::Europe::Copenhagen;

use super::{FileText, HistoryEntry, ParagraphRef, ResponseDetail, notes};
use crate::audit;
use crate::auth::{Capability, Principal};
use crate::entities::{attachment, hearing, paragraph, response};
use crate::error::AppError;
use crate::hearing::HearingLink;
use crate::hearing::store::local;
use crate::response::admin::{AdminAttachment, AdminResponse};

/// Response `id` as `who` may see it: 404 when there is none, 403 without the right to read
/// its hearing's responses. The similar responses are left for `similar::with_similar`.
pub async fn load(
    db: &impl ConnectionTrait,
    who: &Principal,
    id: i32,
) -> Result<ResponseDetail, AppError> {
    let row = response::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::ReadResponses, Some(row.hearing_id))?;
    let hearing = hearing::Entity::find_by_id(row.hearing_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let paragraph = paragraph_of(db, &row).await?;
    let files = attachment::Entity::find()
        .filter(attachment::Column::ResponseId.eq(row.id))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|f| FileText {
            text: f.extracted_text.clone().filter(|t| !t.trim().is_empty()),
            file: AdminAttachment::from(f),
        })
        .collect();
    let response = one_item(db, &row).await?;
    Ok(ResponseDetail {
        can_moderate: who.can(Capability::Moderate, Some(hearing.id)),
        hearing: HearingLink {
            slug: hearing.slug,
            title: hearing.title,
        },
        response,
        paragraph,
        files,
        notes: notes::notes(db, who, id).await?,
        history: audit::of_entity(db, "response", id)
            .await?
            .into_iter()
            .map(|entry| HistoryEntry {
                at_local: local(entry.at, Copenhagen),
                entry,
            })
            .collect(),
        submitted_local: local(row.submitted_at, Copenhagen),
        similar: Vec::new(),
    })
}

/// The response as an inbox item (respondent, anchors, tags, duplicate, note count).
async fn one_item(
    db: &impl ConnectionTrait,
    row: &response::Model,
) -> Result<AdminResponse, AppError> {
    let items = crate::response::inbox::with_extras(db, vec![row.clone()]).await?;
    items
        .into_iter()
        .next()
        .map(AdminResponse::from)
        .ok_or(AppError::NotFound)
}

/// The paragraph the response is about, and whether the current draft still has its text.
async fn paragraph_of(
    db: &impl ConnectionTrait,
    row: &response::Model,
) -> Result<Option<ParagraphRef>, AppError> {
    let Some(id) = row.paragraph_id else {
        return Ok(None);
    };
    let Some(p) = paragraph::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let latest = crate::draft::store::latest_version(db, row.hearing_id).await?;
    let still_there = match latest {
        Some(v) => paragraph::Entity::find()
            .filter(paragraph::Column::DraftVersionId.eq(v.id))
            .filter(paragraph::Column::Anchor.eq(p.anchor.as_str()))
            .one(db)
            .await?
            .is_some(),
        None => false,
    };
    Ok(Some(ParagraphRef {
        number: p.number,
        text: p.body,
        changed_since: !still_there,
    }))
}
