//! Splitting a theme: its responses are clustered again on their own (into as many parts as
//! the clustering finds, at least two); the largest part keeps the theme's identity and name,
//! the others become new themes, and every part keeps its members from now on.

use std::collections::{BTreeMap, HashSet};

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::json;

use super::edits::{Editor, editable, record, refused, reindex};
use super::matching::Target;
use super::plan::{self, PlannedTheme};
use super::refresh::Sources;
use super::vectors::{self, DocVectors};
use super::{ThemeProblem, cluster, describe, input, public_words, store};
use crate::entities::{theme, theme_member};
use crate::error::AppError;

/// Splits theme `id`; returns the themes it became, the old one first.
pub async fn split(
    db: &DatabaseConnection,
    sources: Sources<'_>,
    editor: &Editor<'_>,
    id: i32,
) -> Result<Vec<theme::Model>, AppError> {
    let _guard = super::refresh::LOCK.lock().await;
    let old = editable(db, editor, id).await?;
    if old.pinned {
        return Err(refused(editor, "theme", ThemeProblem::Pinned));
    }
    let parts = plan_parts(db, sources, old.hearing_id, id).await?;
    if parts.len() < 2 {
        return Err(refused(editor, "theme", ThemeProblem::TooSmallToSplit));
    }
    let txn = crate::db::begin_write(db).await?;
    let mut made = Vec::new();
    let mut moved = Vec::new();
    for part in &parts {
        let part_id = store::upsert_theme(&txn, old.hearing_id, part, true, editor.now).await?;
        let row = theme::Entity::find_by_id(part_id)
            .one(&txn)
            .await?
            .ok_or(AppError::NotFound)?;
        if row.id != id {
            theme_member::Entity::update_many()
                .col_expr(theme_member::Column::ThemeId, Expr::value(row.id))
                .filter(theme_member::Column::ResponseId.is_in(part.members.iter().copied()))
                .filter(theme_member::Column::Manual.eq(false))
                .exec(&txn)
                .await?;
            moved.extend(part.members.iter().copied());
        }
        made.push(row);
    }
    reindex(&txn, &moved, editor.now).await?;
    let ids: Vec<i32> = made.iter().map(|t| t.id).collect();
    record(
        &txn,
        editor,
        &old,
        "theme.split",
        json!({"theme": id}),
        json!({"themes": ids}),
    )
    .await?;
    txn.commit().await?;
    Ok(made)
}

/// The parts of theme `id`, the largest (which keeps the id) first.
async fn plan_parts(
    db: &DatabaseConnection,
    Sources { index, model }: Sources<'_>,
    hearing_id: i32,
    id: i32,
) -> Result<Vec<PlannedTheme>, AppError> {
    let state = input::state(db, hearing_id).await?;
    let members: HashSet<i32> = state
        .members
        .iter()
        .filter(|m| m.theme_id == id && !m.manual)
        .map(|m| m.response_id)
        .collect();
    let responses: Vec<input::Response> = input::responses(db, hearing_id)
        .await?
        .into_iter()
        .filter(|r| members.contains(&r.id))
        .collect();
    let meaning = super::meaning::vectors(db, model, hearing_id, &responses, None).await?;
    let searcher = index.searcher();
    let fields = index.fields.clone();
    let parts = tokio::task::spawn_blocking(move || {
        let leaders = leaders_within(&state, &responses);
        let vectors = vectors::of_responses(&searcher, &fields, hearing_id, &responses)?;
        let voices: Vec<usize> = (0..vectors.ids.len())
            .filter(|&i| !leaders.contains_key(&vectors.ids[i]))
            .collect();
        let groups = sub_clusters((&vectors, meaning.as_ref()), &voices, &leaders, id);
        let mut parts = describe::describe(&responses, &state, &vectors, groups, &leaders);
        public_words::fill(&mut parts, &state, &responses, &leaders, false);
        Ok::<_, tantivy::TantivyError>(parts)
    })
    .await
    .map_err(|_| AppError::Internal)?
    .map_err(|error| {
        tracing::error!(%error, "reading vectors for a split failed");
        AppError::Internal
    })?;
    Ok(parts)
}

/// Followers inside the theme: campaign members through their representative, duplicates
/// through their original.
fn leaders_within(
    state: &input::State,
    responses: &[input::Response],
) -> std::collections::HashMap<i32, i32> {
    let representative: std::collections::HashMap<i32, i32> = state
        .campaigns
        .iter()
        .map(|c| (c.id, c.representative_id))
        .collect();
    let of_member = state
        .campaign_members
        .iter()
        .filter_map(|m| Some((m.response_id, *representative.get(&m.campaign_id)?)))
        .collect();
    plan::leaders(responses, &of_member)
}

fn sub_clusters(
    (vectors, meaning): (&DocVectors, Option<&super::meaning::Vectors>),
    voices: &[usize],
    leaders: &std::collections::HashMap<i32, i32>,
    id: i32,
) -> BTreeMap<Target, Vec<i32>> {
    let (rows, dims, settings) = super::meaning::space(vectors, voices, meaning);
    let mut clustering = cluster::cluster(&rows, dims, None, &settings);
    if clustering.k < 2 && rows.len() >= 2 {
        clustering = cluster::cluster(&rows, dims, Some(2), &settings);
    }
    let mut groups: BTreeMap<Target, Vec<i32>> = BTreeMap::new();
    for (&row, &label) in voices.iter().zip(&clustering.labels) {
        let target = if label == 0 {
            Target::Existing(id)
        } else {
            Target::New(label)
        };
        groups.entry(target).or_default().push(vectors.ids[row]);
    }
    let place: std::collections::HashMap<i32, Target> = groups
        .iter()
        .flat_map(|(t, ids)| ids.iter().map(move |r| (*r, *t)))
        .collect();
    for (follower, leader) in leaders {
        if let Some(target) = place.get(leader) {
            groups.entry(*target).or_default().push(*follower);
        }
    }
    groups
}
