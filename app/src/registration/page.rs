//! The registration page's data: the hearing, the draft's sections and paragraphs to choose
//! from, today in the hearing's zone and the file limits.

use super::RegisterPageData;
use crate::auth::{Capability, Principal};
use crate::draft::{Block, DraftDto};
use crate::error::AppError;
use crate::state::AppState;

/// How much of a paragraph its choice shows.
const SNIPPET_CHARS: usize = 70;

/// The page of hearing `slug` for `who` (403 without the right to register in it).
pub async fn page_data(
    state: &AppState,
    who: &Principal,
    slug: &str,
) -> Result<RegisterPageData, AppError> {
    let hearing = crate::hearing::store::required(&state.db, slug).await?;
    who.require(Capability::RegisterResponses, Some(hearing.id))?;
    let now = state.clock.now();
    let zone = crate::hearing::store::zone(&hearing);
    let detail = crate::hearing::store::detail(&state.db, slug, now)
        .await?
        .ok_or(AppError::NotFound)?;
    let limits = state.attachments.limits;
    Ok(RegisterPageData {
        slug: hearing.slug,
        title: hearing.title,
        about: detail.draft.as_ref().map(choices).unwrap_or_default(),
        today: crate::clock::day(now, zone).to_string(),
        max_files: limits.max_files,
        max_file_bytes: limits.max_file_bytes,
        form_id: hex::encode(rand::random::<[u8; 16]>()),
    })
}

/// Every section, and under it each paragraph with the start of its text.
fn choices(draft: &DraftDto) -> Vec<(String, String)> {
    let mut choices = Vec::new();
    for section in &draft.sections {
        let label = format!("{} {}", section.number, section.heading);
        choices.push((format!("section:{}", section.anchor), label));
        for paragraph in &section.paragraphs {
            let label = format!("— {}: {}", paragraph.number, snippet(&paragraph.block));
            choices.push((format!("paragraph:{}", paragraph.anchor), label));
        }
    }
    choices
}

fn snippet(block: &Block) -> String {
    let text = match block {
        Block::Text { text } => text.as_str(),
        Block::OrderedList { items, .. } | Block::BulletList { items } => {
            items.first().map_or("", String::as_str)
        }
        Block::Table { rows } => rows
            .first()
            .and_then(|r| r.first())
            .map_or("", String::as_str),
    };
    let mut short: String = text.chars().take(SNIPPET_CHARS).collect();
    if text.chars().count() > SNIPPET_CHARS {
        short.push('…');
    }
    short
}
