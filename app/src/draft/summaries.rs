//! Storing and reading sections' "kort fortalt" (short plain-language summaries), one per
//! section anchor and language.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::{SummaryDto, WRITTEN_IN};
use crate::entities::section_summary;
use crate::error::AppError;
use crate::i18n::Locale;

/// A hearing's summaries by section anchor, each section's in the order of
/// [`Locale::ALL`] (Danish first). Rows in a language the interface no longer has are left
/// out.
pub async fn of_hearing(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<HashMap<String, Vec<SummaryDto>>, AppError> {
    let rows = section_summary::Entity::find()
        .filter(section_summary::Column::HearingId.eq(hearing_id))
        .order_by_asc(section_summary::Column::Id)
        .all(db)
        .await?;
    let mut out: HashMap<String, Vec<SummaryDto>> = HashMap::new();
    for row in rows {
        if Locale::parse(&row.lang).is_some_and(|l| l.code() == row.lang) {
            out.entry(row.section_anchor).or_default().push(SummaryDto {
                lang: row.lang,
                text: row.summary,
            });
        }
    }
    for list in out.values_mut() {
        list.sort_by_key(|s| Locale::ALL.iter().position(|l| l.code() == s.lang));
    }
    Ok(out)
}

/// Replaces the summaries of section `anchor` with `summaries` (language code, text; an
/// empty text removes that language's). Written by `actor` (an official's account; `None`
/// for the demo) at `now`; call it inside the transaction that also records the change.
pub async fn replace(
    db: &impl ConnectionTrait,
    (hearing_id, anchor): (i32, &str),
    summaries: &[SummaryDto],
    actor: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
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
