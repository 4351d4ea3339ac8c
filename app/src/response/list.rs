//! The public list of published responses: public fields only, newest first, read by key.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::keyset::{self, Cursor, Start};
use super::related::Related;
use super::{PublicAttachment, PublicResponse, ResponsePage};
use crate::disclosure::public;
use crate::entities::response;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::paging::Paging;
use crate::respondent::{RespondentKind, display_name};
use crate::search::Search;
use crate::search::service::{self, SearchParams};

/// Page `paging` of a hearing's published responses (a page past the end is empty).
pub async fn published(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    paging: Paging,
) -> Result<ResponsePage, AppError> {
    let start = Start::Skip(paging.offset());
    Ok(published_from(db, hearing_id, start, paging.per_page())
        .await?
        .page)
}

/// A page of a hearing's publicly shown responses that match `params`, with snippets and facets.
pub async fn searched(
    db: &sea_orm::DatabaseConnection,
    search: &Search,
    hearing_id: i32,
    params: &SearchParams,
    locale: Locale,
) -> Result<ResponsePage, AppError> {
    let hits = service::public(db, search, hearing_id, params).await?;
    let mut items = public_items(db, hearing_id, hits.rows).await?;
    for (item, snippet) in items.iter_mut().zip(hits.snippets) {
        item.snippet = snippet;
    }
    let found = hits.found;
    Ok(ResponsePage {
        total: found.total as u64,
        items,
        facets: Some(found.facets),
        problem: found.problem.as_ref().map(|p| p.message(locale.messages())),
    })
}

/// A page of the public list read by key, with the cursors of the pages on either side.
#[derive(Debug)]
pub struct ListPage {
    /// The responses, and how many the list holds.
    pub page: ResponsePage,
    /// The page before this one ends right before this cursor.
    pub previous: Option<Cursor>,
    /// The page after this one starts right after this cursor.
    pub next: Option<Cursor>,
}

/// The `per_page` publicly shown responses of a hearing from `start`: the list's length from
/// the maintained tally, the rows by key (`keyset`).
pub async fn published_from(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    start: Start,
    per_page: u64,
) -> Result<ListPage, AppError> {
    let total = super::tally::publicly_shown(db, hearing_id).await?;
    let keyed = keyset::page(db, hearing_id, start, per_page).await?;
    let (previous, next) = (keyed.previous(), keyed.next());
    let items = public_items(db, hearing_id, keyed.rows).await?;
    Ok(ListPage {
        page: ResponsePage {
            total,
            items,
            facets: None,
            problem: None,
        },
        previous,
        next,
    })
}

/// The page of the plain list (newest first, `per_page` a page) each of `svarnumre` is on:
/// its position counted in the list's index.
pub async fn list_pages(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    svarnumre: &[&str],
    per_page: u64,
) -> Result<std::collections::BTreeMap<String, u64>, AppError> {
    let rows = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(public::condition())
        .filter(response::Column::Svarnummer.is_in(svarnumre.iter().copied()))
        .all(db)
        .await?;
    let mut pages = std::collections::BTreeMap::new();
    for row in rows {
        let Some(at) = row.published_at else { continue };
        let before = keyset::position(db, hearing_id, Cursor { at, id: row.id }).await?;
        pages.insert(row.svarnummer, before / per_page.max(1) + 1);
    }
    Ok(pages)
}

/// The public view of `rows` (responses of one hearing), in their order.
pub async fn public_items(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    rows: Vec<response::Model>,
) -> Result<Vec<PublicResponse>, AppError> {
    let related = Related::of(db, &rows).await?;
    let versions =
        crate::draft::changes::of_paragraphs(db, hearing_id, related.paragraphs()).await?;
    let mut files =
        crate::attachment::store::public_by_response(db, rows.iter().map(|r| r.id)).await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut remarks = crate::disclosure::remarks::public(db, hearing_id, &ids).await?;
    let items = rows
        .into_iter()
        .map(|row| {
            let remark = remarks.remove(&row.id);
            PublicResponse {
                kind: related
                    .respondent(&row)
                    .map_or(RespondentKind::Resident, |r| r.kind),
                display_name: related
                    .respondent(&row)
                    .map(display_name)
                    .unwrap_or_default(),
                section: related.section_anchor(&row),
                paragraph: related.paragraph_anchor(&row),
                text: public::text(&row).to_owned(),
                paragraph_number: row
                    .paragraph_id
                    .and_then(|id| versions.get(&id))
                    .map(|v| v.number.clone()),
                paragraph_version: row
                    .paragraph_id
                    .and_then(|id| versions.get(&id))
                    .map(|v| v.version_no),
                paragraph_changed: row
                    .paragraph_id
                    .and_then(|id| versions.get(&id))
                    .is_some_and(|v| v.changed),
                svarnummer: row.svarnummer,
                language: row.language,
                submitted_local: crate::clock::local(row.submitted_at, crate::clock::HOME_ZONE),
                submitted_at: row.submitted_at,
                attachments: files
                    .remove(&row.id)
                    .unwrap_or_default()
                    .iter()
                    .map(|file| PublicAttachment {
                        name: file.name.clone(),
                        url: crate::attachment::store::url(file),
                    })
                    .collect(),
                snippet: None,
                gives_change: remark.as_ref().and_then(|r| r.gives_change),
                remark: remark
                    .map(|r| r.text)
                    .filter(|text| !text.trim().is_empty()),
            }
        })
        .collect();
    Ok(items)
}
