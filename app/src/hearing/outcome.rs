//! A hearing's outcome as the public reads it (issue 23): the committee's decision and what
//! changed between the draft residents were consulted on and the adopted text, once officials
//! published it (`crate::outcome` writes it). The hearing page and `GET /api/v1/hearings/{slug}`
//! carry it; `None` until then.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// What happened to a section of the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SectionChangeKind {
    /// New in the adopted text.
    Added,
    /// Taken out of the adopted text.
    Removed,
    /// In both, with changes.
    Changed,
}

/// A section that changed between the consulted draft and the adopted text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SectionChange {
    /// Added, removed or changed.
    pub change: SectionChangeKind,
    /// Its number (in the adopted text, else in the consulted draft).
    pub number: String,
    /// Its heading (likewise).
    pub heading: String,
    /// Its heading in the consulted draft, when it was renamed.
    pub old_heading: Option<String>,
    /// Paragraphs added to it.
    pub paragraphs_added: usize,
    /// Paragraphs taken out of it.
    pub paragraphs_removed: usize,
    /// Paragraphs reworded.
    pub paragraphs_changed: usize,
}

/// The published outcome of a hearing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HearingOutcome {
    /// The day the committee decided.
    pub decided_on: NaiveDate,
    /// The committee that decided.
    pub committee: String,
    /// Where the minutes can be read, when officials gave the address.
    pub minutes_url: Option<String>,
    /// What was decided, in plain words.
    pub decision: String,
    /// When officials published the outcome (`None` only in officials' preview).
    pub published_at: Option<DateTime<Utc>>,
    /// The draft version residents were consulted on.
    pub consulted_version: Option<i32>,
    /// The version adopted.
    pub adopted_version: Option<i32>,
    /// The sections that changed between them, in the adopted text's order (empty: adopted
    /// as consulted).
    pub changes: Vec<SectionChange>,
    /// The outcome page: the decision, the changes and the høringsnotat.
    pub page_url: String,
    /// The høringsnotat as a Word file.
    pub docx_url: String,
}

#[cfg(feature = "ssr")]
mod read {
    use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

    use super::{HearingOutcome, SectionChange};
    use crate::entities::hearing_outcome;

    /// The outcome `row` of hearing `slug` as the public reads it (the changes as stored).
    pub fn of(slug: &str, row: &hearing_outcome::Model) -> HearingOutcome {
        let changes: Vec<SectionChange> = row
            .changes_json
            .as_deref()
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or_default();
        HearingOutcome {
            decided_on: row.decided_on,
            committee: row.committee.clone(),
            minutes_url: row.minutes_url.clone(),
            decision: row.decision.clone(),
            published_at: row.published_at,
            consulted_version: row.consulted_version,
            adopted_version: row.adopted_version,
            changes,
            page_url: format!("/hearings/{slug}/outcome"),
            docx_url: format!("/hearings/{slug}/outcome.docx"),
        }
    }

    /// Hearing `hearing_id`'s outcome row, published or not.
    pub async fn row(
        db: &impl ConnectionTrait,
        hearing_id: i32,
    ) -> Result<Option<hearing_outcome::Model>, DbErr> {
        hearing_outcome::Entity::find()
            .filter(hearing_outcome::Column::HearingId.eq(hearing_id))
            .one(db)
            .await
    }

    /// The published outcome of hearing `hearing_id` (slug `slug`); `None` before.
    pub async fn published(
        db: &impl ConnectionTrait,
        hearing_id: i32,
        slug: &str,
    ) -> Result<Option<HearingOutcome>, DbErr> {
        let row = row(db, hearing_id).await?;
        Ok(row
            .filter(|r| r.published_at.is_some())
            .map(|r| of(slug, &r)))
    }
}

#[cfg(feature = "ssr")]
pub use read::{of, published, row};
