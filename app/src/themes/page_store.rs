//! The database reads behind the themes' pages: the officials' page with the draft's sections
//! and the response ids its svarnumre link to, and a response's theme choices.

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::page::{ResponseThemeChoices, ThemeChoice, ThemePage};
use super::summary::{self, Audience};
use crate::auth::{Capability, Principal};
use crate::entities::{response, theme_member};
use crate::error::AppError;
use crate::hearing::HearingLink;

/// The theme page of hearing `slug` for `who` (a role that reads the hearing's responses).
pub async fn read(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
) -> Result<ThemePage, AppError> {
    let hearing =
        crate::hearing::store::hearing_for(db, who, slug, Capability::ReadResponses).await?;
    let themes = summary::read(db, hearing.id, Audience::Officials).await?;
    let sections = crate::draft::store::section_choices(db, hearing.id).await?;
    let linked = themes
        .themes
        .iter()
        .flat_map(|t| t.quotes.iter().cloned())
        .chain(themes.campaigns.iter().map(|c| c.representative.clone()));
    let response_ids = ids_of(db, hearing.id, linked.collect()).await?;
    Ok(ThemePage {
        can_edit: who.can(Capability::Moderate, Some(hearing.id)),
        hearing: HearingLink {
            slug: hearing.slug,
            title: hearing.title,
        },
        themes,
        sections,
        response_ids,
        words_only: false,
    })
}

/// The ids of the svarnumre `numbers` in hearing `hearing_id`.
async fn ids_of(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    numbers: Vec<String>,
) -> Result<BTreeMap<String, i32>, AppError> {
    if numbers.is_empty() {
        return Ok(BTreeMap::new());
    }
    // By the unique svarnummer alone: with the hearing in the condition too, SQLite (no
    // statistics) scanned the hearing's 100,000 index entries instead.
    let rows: Vec<(i32, String, i32)> = response::Entity::find()
        .select_only()
        .columns([
            response::Column::Id,
            response::Column::Svarnummer,
            response::Column::HearingId,
        ])
        .filter(response::Column::Svarnummer.is_in(numbers))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|(_, _, hearing)| *hearing == hearing_id)
        .map(|(id, number, _)| (number, id))
        .collect())
}

/// The themes response `id` may be moved to, and the one it is in (officials who may
/// moderate its hearing).
pub async fn response_themes(
    db: &impl ConnectionTrait,
    who: &Principal,
    id: i32,
) -> Result<ResponseThemeChoices, AppError> {
    let response = response::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::Moderate, Some(response.hearing_id))?;
    let mut choices: Vec<ThemeChoice> = super::store::live_themes(db, response.hearing_id)
        .await?
        .into_iter()
        .map(|t| ThemeChoice {
            id: t.id,
            label: t.title().to_owned(),
        })
        .collect();
    choices.sort_by_key(|c| c.label.to_lowercase());
    let current = theme_member::Entity::find()
        .filter(theme_member::Column::ResponseId.eq(id))
        .one(db)
        .await?
        .map(|m| m.theme_id);
    Ok(ResponseThemeChoices { current, choices })
}
