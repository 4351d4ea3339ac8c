//! Whether the paragraph a response is about changed after it was written: the response
//! stays attached to its paragraph row (of the version it was written against), and the
//! paragraph changed when the latest version has no paragraph with its anchor (anchors are
//! content hashes).

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::entities::{draft_version, paragraph};
use crate::error::AppError;

/// The version a paragraph belongs to and whether it changed since.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphVersion {
    /// The version's number.
    pub version_no: i32,
    /// The paragraph's number in that version.
    pub number: String,
    /// Whether the latest version lacks this paragraph's text.
    pub changed: bool,
}

/// For each of `paragraphs` (rows of one hearing's versions), by id.
pub async fn of_paragraphs<'a>(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    paragraphs: impl IntoIterator<Item = &'a paragraph::Model>,
) -> Result<HashMap<i32, ParagraphVersion>, AppError> {
    let paragraphs: Vec<&paragraph::Model> = paragraphs.into_iter().collect();
    if paragraphs.is_empty() {
        return Ok(HashMap::new());
    }
    let Some(latest) = crate::draft::store::latest_version(db, hearing_id).await? else {
        return Ok(HashMap::new());
    };
    let current: HashSet<String> = paragraph::Entity::find()
        .select_only()
        .column(paragraph::Column::Anchor)
        .filter(paragraph::Column::DraftVersionId.eq(latest.id))
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let versions: HashMap<i32, i32> = draft_version::Entity::find()
        .filter(draft_version::Column::Id.is_in(paragraphs.iter().map(|p| p.draft_version_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.id, v.version_no))
        .collect();
    Ok(paragraphs
        .into_iter()
        .filter_map(|p| {
            let version_no = *versions.get(&p.draft_version_id)?;
            Some((
                p.id,
                ParagraphVersion {
                    version_no,
                    number: p.number.clone(),
                    changed: p.draft_version_id != latest.id && !current.contains(&p.anchor),
                },
            ))
        })
        .collect())
}
