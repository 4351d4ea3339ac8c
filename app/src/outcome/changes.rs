//! What changed between the draft residents were consulted on — the newest version imported
//! by the hearing's deadline, else its first — and the adopted text (the newest version), section by section
//! in plain words, from the officials' diff of two versions (`hearing_admin::diff`).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{draft_version, hearing};
use crate::error::AppError;
use crate::hearing::outcome::{SectionChange, SectionChangeKind};
use crate::hearing_admin::{Change, DraftDiff, diff_drafts};

/// The versions compared and the sections that changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// The version consulted on (`None`: the hearing had no draft by its deadline).
    pub consulted: Option<i32>,
    /// The version adopted (`None`: the hearing has no draft).
    pub adopted: Option<i32>,
    /// The sections that changed, in the adopted text's order.
    pub sections: Vec<SectionChange>,
}

/// The changes of `hearing`'s draft since its deadline.
pub async fn read(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
) -> Result<Changes, AppError> {
    let consulted = draft_version::Entity::find()
        .filter(draft_version::Column::HearingId.eq(hearing.id))
        .filter(draft_version::Column::ImportedAt.lte(hearing.closes_at))
        .order_by_desc(draft_version::Column::VersionNo)
        .one(db)
        .await?
        .map(|v| v.version_no);
    // A draft first imported after the deadline (the hearing's dates moved): its first version.
    let consulted = match consulted {
        Some(version) => Some(version),
        None => first_version(db, hearing.id).await?,
    };
    let adopted = crate::draft::store::latest_version(db, hearing.id)
        .await?
        .map(|v| v.version_no);
    let (Some(from), Some(to)) = (consulted, adopted) else {
        return Ok(Changes {
            consulted,
            adopted,
            sections: Vec::new(),
        });
    };
    let sections = if from == to {
        Vec::new()
    } else {
        let load = |n| crate::draft::store::load_version(db, hearing.id, n);
        match (load(from).await?, load(to).await?) {
            (Some(old), Some(new)) => in_words(&diff_drafts(&old, &new)),
            _ => Vec::new(),
        }
    };
    Ok(Changes {
        consulted,
        adopted,
        sections,
    })
}

async fn first_version(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Option<i32>, AppError> {
    Ok(draft_version::Entity::find()
        .filter(draft_version::Column::HearingId.eq(hearing_id))
        .order_by_asc(draft_version::Column::VersionNo)
        .one(db)
        .await?
        .map(|v| v.version_no))
}

/// The sections of `diff` that changed, with their paragraphs counted.
pub fn in_words(diff: &DraftDiff) -> Vec<SectionChange> {
    diff.sections
        .iter()
        .filter_map(|s| {
            let change = match s.change {
                Change::Added => SectionChangeKind::Added,
                Change::Removed => SectionChangeKind::Removed,
                Change::Changed => SectionChangeKind::Changed,
                Change::Unchanged => return None,
            };
            let count = |c: Change| s.paragraphs.iter().filter(|p| p.change == c).count();
            Some(SectionChange {
                change,
                number: s.number.clone(),
                heading: s.heading.clone(),
                old_heading: s.old_heading.clone(),
                paragraphs_added: count(Change::Added),
                paragraphs_removed: count(Change::Removed),
                paragraphs_changed: count(Change::Changed),
            })
        })
        .collect()
}
