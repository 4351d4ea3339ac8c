//! Which remark answers a response, and when the public may read it.
//!
//! A response is answered by the remark written on it, else by the remark on the theme it
//! belongs to (a live theme), as the hvidbog groups it ([`effective`]). Officials' checklist and
//! the respondents' mails read every such remark; the public reads them — on the response
//! list, its API and the open data — only once the hearing's outcome is published
//! ([`public`]): a remark being drafted is the administration's working text.

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::Remark;
use crate::entities::{hearing_outcome, hvidbog_remark, theme, theme_member};
use crate::vocab::RemarkTarget;

/// Whether hearing `hearing_id`'s outcome is published.
pub async fn outcome_published(db: &impl ConnectionTrait, hearing_id: i32) -> Result<bool, DbErr> {
    Ok(hearing_outcome::Entity::find()
        .filter(hearing_outcome::Column::HearingId.eq(hearing_id))
        .filter(hearing_outcome::Column::PublishedAt.is_not_null())
        .one(db)
        .await?
        .is_some())
}

/// The remark answering each response of the hearing that has one: its own, else its theme's.
pub async fn effective(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<HashMap<i32, Remark>, DbErr> {
    effective_for(db, hearing_id, None).await
}

/// [`effective`] for the responses `only` names (a page or a batch; `None`: all of them).
pub async fn effective_for(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    only: Option<&[i32]>,
) -> Result<HashMap<i32, Remark>, DbErr> {
    let mut own = HashMap::new();
    let mut on_theme = HashMap::new();
    for row in hvidbog_remark::Entity::find()
        .filter(hvidbog_remark::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?
    {
        let remark = Remark {
            text: row.remark,
            gives_change: row.gives_change,
        };
        if !remark.is_written() {
            continue;
        }
        match row.target {
            RemarkTarget::Response => own.insert(row.target_id, remark),
            RemarkTarget::Theme => on_theme.insert(row.target_id, remark),
        };
    }
    if !on_theme.is_empty() {
        let live: HashSet<i32> = theme::Entity::find()
            .filter(theme::Column::HearingId.eq(hearing_id))
            .filter(theme::Column::RetiredAt.is_null())
            .all(db)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect();
        let mut members =
            theme_member::Entity::find().filter(theme_member::Column::HearingId.eq(hearing_id));
        if let Some(ids) = only {
            members = members.filter(theme_member::Column::ResponseId.is_in(ids.iter().copied()));
        }
        let members = members.all(db).await?;
        for member in members {
            let remark = live
                .contains(&member.theme_id)
                .then(|| on_theme.get(&member.theme_id))
                .flatten();
            if let Some(remark) = remark {
                own.entry(member.response_id)
                    .or_insert_with(|| remark.clone());
            }
        }
    }
    if let Some(ids) = only {
        let wanted: HashSet<i32> = ids.iter().copied().collect();
        own.retain(|id, _| wanted.contains(id));
    }
    Ok(own)
}

/// The remarks the public may read of the responses `only` names: [`effective_for`] once the
/// outcome is published, else none.
pub async fn public(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    only: &[i32],
) -> Result<HashMap<i32, Remark>, DbErr> {
    if only.is_empty() || !outcome_published(db, hearing_id).await? {
        return Ok(HashMap::new());
    }
    effective_for(db, hearing_id, Some(only)).await
}
