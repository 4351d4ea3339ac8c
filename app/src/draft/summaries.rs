//! Storing and reading sections' "kort fortalt" (short plain-language summaries), one per
//! section anchor and language.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use sha2::{Digest, Sha256};

use super::markdown::content_sha256;
use super::{SectionDto, SummaryDto, WRITTEN_IN};
use crate::entities::section_summary;
use crate::error::AppError;
use crate::i18n::Locale;

/// Fills each of `sections`' summaries from hearing `hearing_id`'s, in the order of
/// [`Locale::ALL`] (Danish first), each marked `outdated` when the section's text is no longer
/// the one it was written for. Rows in a language the interface no longer has are left out.
pub async fn attach(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    sections: &mut [SectionDto],
) -> Result<(), AppError> {
    let rows = section_summary::Entity::find()
        .filter(section_summary::Column::HearingId.eq(hearing_id))
        .order_by_asc(section_summary::Column::Id)
        .all(db)
        .await?;
    let mut by_anchor: HashMap<String, Vec<section_summary::Model>> = HashMap::new();
    for row in rows {
        if Locale::from_code(&row.lang).is_some() {
            by_anchor
                .entry(row.section_anchor.clone())
                .or_default()
                .push(row);
        }
    }
    for section in sections {
        let Some(rows) = by_anchor.remove(&section.anchor) else {
            continue;
        };
        let now = fingerprint(section);
        section.summaries = rows
            .into_iter()
            .map(|row| SummaryDto {
                outdated: row.section_sha256 != now,
                lang: row.lang,
                text: row.summary,
            })
            .collect();
        section.summaries.sort_by_key(|s| Locale::order_of(&s.lang));
    }
    Ok(())
}

/// What a summary was written for: the section's paragraphs' content, hashed (SHA-256, hex).
/// A changed, added or removed paragraph changes it; a new version that leaves the section's
/// text as it was does not.
pub fn fingerprint(section: &SectionDto) -> String {
    let mut hash = Sha256::new();
    for paragraph in &section.paragraphs {
        hash.update(content_sha256(&paragraph.block));
        hash.update(b"\n");
    }
    hex::encode(hash.finalize())
}

/// Replaces the summaries of `section` with `summaries` (language code, text; an empty text
/// removes that language's), as written for its text as it is now. Written by `actor` (an
/// official's account; `None` for the demo) at `now`; call it inside the transaction that also
/// records the change.
pub async fn replace(
    db: &impl ConnectionTrait,
    (hearing_id, section): (i32, &SectionDto),
    summaries: &[SummaryDto],
    actor: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (anchor, written_for) = (section.anchor.as_str(), fingerprint(section));
    section_summary::Entity::delete_many()
        .filter(section_summary::Column::HearingId.eq(hearing_id))
        .filter(section_summary::Column::SectionAnchor.eq(anchor))
        .exec(db)
        .await?;
    let rows: Vec<_> = summaries
        .iter()
        .filter(|s| !s.text.trim().is_empty())
        .map(|s| section_summary::ActiveModel {
            hearing_id: Set(hearing_id),
            section_anchor: Set(anchor.to_owned()),
            lang: Set(s.lang.clone()),
            summary: Set(s.text.clone()),
            section_sha256: Set(written_for.clone()),
            updated_by: Set(actor),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    if !rows.is_empty() {
        section_summary::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

/// Whether `summaries` hold the Danish one, which the others are translated from.
pub fn has_danish(summaries: &[SummaryDto]) -> bool {
    summaries
        .iter()
        .any(|s| s.lang == WRITTEN_IN && !s.text.trim().is_empty())
}
