//! "More like this" on a response's page: the responses of the same hearing whose words are
//! most like its text as sent, found by the index over everything officials may search.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{ResponseDetail, SimilarResponse};
use crate::entities::response;
use crate::error::AppError;
use crate::response::related::Related;
use crate::search::Search;
use crate::search::schema::Scope;
use crate::search::service;
use crate::search::similar::Like;

/// How many similar responses a response's page lists.
pub const SIMILAR: usize = 5;
/// Characters of each similar response's text shown.
const EXCERPT_CHARS: usize = 100;

/// `detail` with the responses most like it.
pub async fn with_similar(
    db: &impl ConnectionTrait,
    search: &Search,
    mut detail: ResponseDetail,
) -> Result<ResponseDetail, AppError> {
    detail.similar = similar(db, search, detail.response.id).await?;
    Ok(detail)
}

/// Up to [`SIMILAR`] responses of the same hearing most like response `id`, most alike first.
pub async fn similar(
    db: &impl ConnectionTrait,
    search: &Search,
    id: i32,
) -> Result<Vec<SimilarResponse>, AppError> {
    let row = response::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let like = Like {
        response_id: row.id,
        hearing_id: row.hearing_id,
        language: row.language.clone(),
        text: row.body.clone(),
    };
    let ids = service::similar(search, Scope::Officials, like, SIMILAR).await?;
    let mut rows = response::Entity::find()
        .filter(response::Column::Id.is_in(ids.iter().copied()))
        .filter(response::Column::HearingId.eq(row.hearing_id))
        .all(db)
        .await?;
    rows.sort_by_key(|r| ids.iter().position(|id| *id == r.id));
    let related = Related::of(db, &rows).await?;
    Ok(rows
        .iter()
        .map(|r| SimilarResponse {
            id: r.id,
            svarnummer: r.svarnummer.clone(),
            sender: related
                .respondent(r)
                .map(|p| p.organisation.clone().unwrap_or_else(|| p.name.clone()))
                .unwrap_or_default(),
            excerpt: excerpt(&r.body),
        })
        .collect())
}

/// The start of a text, about [`EXCERPT_CHARS`] characters cut at a space, with "…" when cut.
fn excerpt(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= EXCERPT_CHARS {
        return text;
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > EXCERPT_CHARS / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_is_cut_at_a_space_and_keeps_short_texts() {
        assert_eq!(excerpt("Kort\n  svar."), "Kort svar.");
        let long = "ord ".repeat(40);
        let cut = excerpt(&long);
        assert!(cut.ends_with("ord…"), "{cut}");
        assert!(cut.chars().count() <= EXCERPT_CHARS + 1);
        let unbroken = "æ".repeat(150);
        assert_eq!(excerpt(&unbroken).chars().count(), EXCERPT_CHARS + 1);
    }
}
