//! Storing and loading draft versions.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionSession, TransactionTrait,
};
use sha2::{Digest, Sha256};

use super::markdown::{self, ParsedDraft, content_sha256};
use super::{Block, DraftDto, DraftError, ParagraphDto, SectionDto};
use crate::entities::{draft_version, paragraph, section};
use crate::error::AppError;

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new version was stored.
    Created {
        /// Its number.
        version_no: i32,
        /// How many paragraphs it has.
        paragraphs: usize,
    },
    /// The file is identical to the latest version; nothing was stored.
    Unchanged {
        /// The latest version's number.
        version_no: i32,
    },
}

/// Why an import failed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file was refused; see [`DraftError`].
    #[error(transparent)]
    Draft(#[from] DraftError),
    /// Storing failed.
    #[error(transparent)]
    App(#[from] AppError),
}

/// Parses `source` and stores it as the next version of the hearing's draft, in one
/// transaction. A file equal to the latest version stores nothing.
pub async fn import_version<C>(
    db: &C,
    hearing_id: i32,
    source: &[u8],
    now: DateTime<Utc>,
) -> Result<ImportOutcome, ImportError>
where
    C: TransactionTrait + ConnectionTrait,
{
    let parsed = markdown::parse(source)?;
    let source_sha256 = hex::encode(Sha256::digest(source));
    let txn = crate::db::begin_write(db).await.map_err(AppError::from)?;
    let latest = latest_version(&txn, hearing_id).await?;
    if let Some(latest) = latest.as_ref().filter(|v| v.source_sha256 == source_sha256) {
        return Ok(ImportOutcome::Unchanged {
            version_no: latest.version_no,
        });
    }
    let version_no = latest.map_or(1, |v| v.version_no + 1);
    // `parse` succeeded, so the bytes are UTF-8.
    let text = String::from_utf8_lossy(source).into_owned();
    let source = (text, source_sha256);
    let paragraphs = store_version(&txn, (hearing_id, version_no), source, &parsed, now)
        .await
        .map_err(AppError::from)?;
    txn.commit().await.map_err(AppError::from)?;
    Ok(ImportOutcome::Created {
        version_no,
        paragraphs,
    })
}

async fn store_version(
    db: &impl ConnectionTrait,
    (hearing_id, version_no): (i32, i32),
    (source_markdown, source_sha256): (String, String),
    parsed: &ParsedDraft,
    now: DateTime<Utc>,
) -> Result<usize, sea_orm::DbErr> {
    let version = draft_version::ActiveModel {
        hearing_id: Set(hearing_id),
        version_no: Set(version_no),
        title: Set(parsed.title.clone()),
        source_markdown: Set(source_markdown),
        source_sha256: Set(source_sha256),
        imported_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let mut count = 0;
    for (position, dto) in parsed.sections.iter().enumerate() {
        let section = section::ActiveModel {
            draft_version_id: Set(version.id),
            anchor: Set(dto.anchor.clone()),
            number: Set(dto.number.clone()),
            heading: Set(dto.heading.clone()),
            level: Set(dto.level),
            position: Set(position as i32),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for paragraph in &dto.paragraphs {
            count += 1;
            insert_paragraph(db, version.id, section.id, count, paragraph).await?;
        }
    }
    Ok(count)
}

async fn insert_paragraph(
    db: &impl ConnectionTrait,
    version_id: i32,
    section_id: i32,
    position: usize,
    dto: &ParagraphDto,
) -> Result<(), sea_orm::DbErr> {
    paragraph::ActiveModel {
        draft_version_id: Set(version_id),
        section_id: Set(section_id),
        anchor: Set(dto.anchor.clone()),
        number: Set(dto.number.clone()),
        position: Set(position as i32),
        kind: Set(dto.block.kind()),
        body: Set(dto.block.body()),
        list_start: Set(dto.block.list_start()),
        content_sha256: Set(content_sha256(&dto.block)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The newest version of a hearing's draft, if any.
pub async fn latest_version(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Option<draft_version::Model>, AppError> {
    Ok(draft_version::Entity::find()
        .filter(draft_version::Column::HearingId.eq(hearing_id))
        .order_by_desc(draft_version::Column::VersionNo)
        .one(db)
        .await?)
}

/// The newest version of a hearing's draft with its sections and paragraphs.
pub async fn load_latest(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Option<DraftDto>, AppError> {
    match latest_version(db, hearing_id).await? {
        Some(version) => Ok(Some(load(db, version).await?)),
        None => Ok(None),
    }
}

/// Version `version_no` of a hearing's draft with its sections and paragraphs.
pub async fn load_version(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    version_no: i32,
) -> Result<Option<DraftDto>, AppError> {
    let version = draft_version::Entity::find()
        .filter(draft_version::Column::HearingId.eq(hearing_id))
        .filter(draft_version::Column::VersionNo.eq(version_no))
        .one(db)
        .await?;
    match version {
        Some(version) => Ok(Some(load(db, version).await?)),
        None => Ok(None),
    }
}

/// A stored version with its sections and paragraphs.
async fn load(
    db: &impl ConnectionTrait,
    version: draft_version::Model,
) -> Result<DraftDto, AppError> {
    let sections = section::Entity::find()
        .filter(section::Column::DraftVersionId.eq(version.id))
        .order_by_asc(section::Column::Position)
        .all(db)
        .await?;
    let mut paragraphs = paragraph::Entity::find()
        .filter(paragraph::Column::DraftVersionId.eq(version.id))
        .order_by_asc(paragraph::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .peekable();
    let mut sections: Vec<SectionDto> = sections
        .into_iter()
        .map(|s| SectionDto {
            summaries: Vec::new(),
            paragraphs: std::iter::from_fn(|| paragraphs.next_if(|p| p.section_id == s.id))
                .map(|p| ParagraphDto {
                    block: Block::from_columns(p.kind, &p.body, p.list_start),
                    anchor: p.anchor,
                    number: p.number,
                })
                .collect(),
            anchor: s.anchor,
            number: s.number,
            heading: s.heading,
            level: s.level,
        })
        .collect();
    super::summaries::attach(db, version.hearing_id, &mut sections).await?;
    Ok(DraftDto {
        version_no: version.version_no,
        title: version.title,
        imported_local: crate::clock::local(version.imported_at, crate::clock::HOME_ZONE),
        imported_at: version.imported_at,
        sections,
    })
}

/// The sections of a hearing's current draft for a section filter (the inbox's, the themes
/// page's): anchor, and number with heading.
pub async fn section_choices(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<(String, String)>, AppError> {
    let Some(version) = latest_version(db, hearing_id).await? else {
        return Ok(Vec::new());
    };
    Ok(section::Entity::find()
        .filter(section::Column::DraftVersionId.eq(version.id))
        .order_by_asc(section::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.anchor, format!("{} {}", s.number, s.heading)))
        .collect())
}
