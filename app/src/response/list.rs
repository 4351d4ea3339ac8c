//! The public list of published responses: public fields only, newest first.

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::public;
use super::related::{Related, by_id};
use super::{PublicAttachment, PublicResponse, ResponseCounts, ResponsePage};
use crate::entities::{paragraph, respondent, response};
use crate::error::AppError;
use crate::paging::Paging;
use crate::respondent::RespondentKind;

/// Page `paging` of a hearing's published responses (a page past the end is empty).
pub async fn published(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    paging: Paging,
) -> Result<ResponsePage, AppError> {
    let paginator = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(public::condition())
        .order_by_desc(response::Column::PublishedAt)
        .order_by_desc(response::Column::Id)
        .paginate(db, paging.per_page());
    let total = paginator.num_items().await?;
    let rows = paginator.fetch_page(paging.page() - 1).await?;
    let items = public_items(db, hearing_id, rows).await?;
    Ok(ResponsePage {
        total,
        items,
        facets: None,
        problem: None,
    })
}

/// The page of the plain list (newest first, `per_page` a page) each of `svarnumre` is on:
/// one count per response of those published before it in that order.
pub async fn list_pages(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    svarnumre: &[&str],
    per_page: u64,
) -> Result<std::collections::BTreeMap<String, u64>, AppError> {
    use sea_orm::Condition;
    let shown = || {
        response::Entity::find()
            .filter(response::Column::HearingId.eq(hearing_id))
            .filter(public::condition())
    };
    let rows = shown()
        .filter(response::Column::Svarnummer.is_in(svarnumre.iter().copied()))
        .all(db)
        .await?;
    let mut pages = std::collections::BTreeMap::new();
    for row in rows {
        let Some(at) = row.published_at else { continue };
        let later = Condition::any()
            .add(response::Column::PublishedAt.gt(at))
            .add(
                Condition::all()
                    .add(response::Column::PublishedAt.eq(at))
                    .add(response::Column::Id.gt(row.id)),
            );
        let before = shown().filter(later).count(db).await?;
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
        crate::hearing_admin::changes::of_paragraphs(db, hearing_id, related.paragraphs()).await?;
    let mut files =
        crate::attachment::store::public_by_response(db, rows.iter().map(|r| r.id)).await?;
    let items = rows
        .into_iter()
        .map(|row| PublicResponse {
            kind: related
                .respondent(&row)
                .and_then(|r| RespondentKind::parse(&r.kind))
                .unwrap_or(RespondentKind::Resident),
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
        })
        .collect();
    Ok(items)
}

/// How a respondent is shown in public: organisations by name, residents by name only when
/// they allowed it, else "Borger" with the postal code. Never the e-mail address.
pub fn display_name(respondent: &respondent::Model) -> String {
    if let Some(organisation) = respondent
        .organisation
        .as_ref()
        .filter(|_| respondent.kind != "resident")
    {
        return organisation.clone();
    }
    if respondent.publish_name && !respondent.name.is_empty() {
        return respondent.name.clone();
    }
    match &respondent.postal_code {
        Some(code) => match crate::respondent::district(code) {
            Some(district) => format!("Borger, {code} {district}"),
            None => format!("Borger, {code}"),
        },
        None => "Borger".to_owned(),
    }
}

/// How many confirmed (not rejected) and published responses a hearing has, and per
/// paragraph anchor.
pub async fn counts(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<ResponseCounts, AppError> {
    let per_paragraph: Vec<(Option<i32>, String, i64)> = response::Entity::find()
        .select_only()
        .column(response::Column::ParagraphId)
        .column(response::Column::Status)
        .column_as(response::Column::Id.count(), "n")
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Status.is_in(public::COUNTED))
        .filter(public::not_shown_elsewhere())
        .group_by(response::Column::ParagraphId)
        .group_by(response::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let anchors = by_id(
        paragraph::Entity::find()
            .filter(paragraph::Column::Id.is_in(per_paragraph.iter().filter_map(|(id, _, _)| *id)))
            .all(db)
            .await?,
        |p| p.id,
    );
    let mut counts = ResponseCounts::default();
    for (paragraph_id, status, n) in per_paragraph {
        let n = u64::try_from(n).unwrap_or(0);
        counts.verified += n;
        if status == public::STATUS {
            counts.published += n;
        }
        if let Some(p) = paragraph_id.and_then(|id| anchors.get(&id)) {
            *counts.by_paragraph.entry(p.anchor.clone()).or_default() += n;
        }
    }
    Ok(counts)
}
