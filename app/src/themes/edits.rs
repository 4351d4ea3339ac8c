//! Officials' edits of themes: rename, merge, pin, and move a response; [`super::split`]
//! splits. Each edit runs in one transaction with its audit entry, holds the run lock (a
//! background run never overwrites it), and queues moved responses for the search index.
//! What they leave survives re-clustering: a name stays with its theme's identity, merged and
//! split themes keep their members (`kept`), pinned themes and placed responses are not
//! touched.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde_json::json;

use super::ThemeProblem;
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{response, theme, theme_member};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::one_line::{OneLine, OneLineError};
use crate::search::outbox::{self as index_outbox, Change};

/// A name is at most this many characters.
pub const MAX_NAME: usize = 80;

/// Who edits, in which language, when.
#[derive(Clone, Copy)]
pub struct Editor<'a> {
    /// The official.
    pub who: &'a Principal,
    /// Their language (for errors).
    pub locale: Locale,
    /// Now.
    pub now: DateTime<Utc>,
}

/// The refusal of `problem` on `field`, in the editor's language.
pub fn refused(editor: &Editor<'_>, field: &str, problem: ThemeProblem) -> AppError {
    let message = problem.message(editor.locale.messages()).to_owned();
    AppError::Validation(BTreeMap::from([(field.to_owned(), message)]))
}

/// Theme `id`, active, if the editor may edit its hearing.
pub async fn editable(
    db: &impl ConnectionTrait,
    editor: &Editor<'_>,
    id: i32,
) -> Result<theme::Model, AppError> {
    let theme = theme::Entity::find_by_id(id)
        .filter(theme::Column::RetiredAt.is_null())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    editor
        .who
        .require(Capability::Moderate, Some(theme.hearing_id))?;
    Ok(theme)
}

/// Names theme `id` (an empty name is refused; the generated label returns when an official
/// clears the name with [`unname`]).
pub async fn rename(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: i32,
    name: &str,
) -> Result<theme::Model, AppError> {
    let name = OneLine::parse(name, MAX_NAME).map_err(|e| {
        let problem = match e {
            OneLineError::Empty => ThemeProblem::NameEmpty,
            OneLineError::TooLong { .. } => ThemeProblem::NameTooLong,
            OneLineError::NotOneLine => ThemeProblem::NameNotOneLine,
        };
        refused(editor, "name", problem)
    })?;
    set_name(db, editor, id, Some(name.into_string())).await
}

/// Clears theme `id`'s name: its generated label shows again.
pub async fn unname(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: i32,
) -> Result<theme::Model, AppError> {
    set_name(db, editor, id, None).await
}

async fn set_name(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: i32,
    name: Option<String>,
) -> Result<theme::Model, AppError> {
    let _guard = super::refresh::LOCK.lock().await;
    let txn = crate::db::begin_write(db).await?;
    let theme = editable(&txn, editor, id).await?;
    let before = json!({"name": theme.name});
    let mut row: theme::ActiveModel = theme.into();
    row.name = Set(name.clone());
    row.updated_at = Set(editor.now);
    let theme = row.update(&txn).await?;
    record(
        &txn,
        editor,
        &theme,
        "theme.rename",
        before,
        json!({"name": name}),
    )
    .await?;
    txn.commit().await?;
    Ok(theme)
}

/// Pins or unpins theme `id`.
pub async fn pin(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: i32,
    pinned: bool,
) -> Result<theme::Model, AppError> {
    let _guard = super::refresh::LOCK.lock().await;
    let txn = crate::db::begin_write(db).await?;
    let theme = editable(&txn, editor, id).await?;
    let before = json!({"pinned": theme.pinned});
    let mut row: theme::ActiveModel = theme.into();
    row.pinned = Set(pinned);
    row.updated_at = Set(editor.now);
    let theme = row.update(&txn).await?;
    let action = if pinned { "theme.pin" } else { "theme.unpin" };
    record(
        &txn,
        editor,
        &theme,
        action,
        before,
        json!({"pinned": pinned}),
    )
    .await?;
    txn.commit().await?;
    Ok(theme)
}

/// Merges theme `id` into theme `into`: every member moves, `id` is retired, `into` keeps
/// its members from now on and takes every cluster they fall into.
pub async fn merge(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: i32,
    into: i32,
) -> Result<theme::Model, AppError> {
    if id == into {
        return Err(refused(editor, "into", ThemeProblem::MergeIntoItself));
    }
    let _guard = super::refresh::LOCK.lock().await;
    let txn = crate::db::begin_write(db).await?;
    let from = editable(&txn, editor, id).await?;
    let target = match editable(&txn, editor, into).await {
        Ok(t) if t.hearing_id == from.hearing_id => t,
        Ok(_) | Err(AppError::NotFound) => {
            return Err(refused(editor, "into", ThemeProblem::MergeTargetUnknown));
        }
        Err(other) => return Err(other),
    };
    if from.pinned || target.pinned {
        return Err(refused(editor, "into", ThemeProblem::Pinned));
    }
    let moved = members_of(&txn, id).await?;
    theme_member::Entity::update_many()
        .col_expr(theme_member::Column::ThemeId, Expr::value(into))
        .filter(theme_member::Column::ThemeId.eq(id))
        .exec(&txn)
        .await?;
    let mut retired: theme::ActiveModel = from.clone().into();
    retired.retired_at = Set(Some(editor.now));
    retired.merged_into_id = Set(Some(into));
    retired.updated_at = Set(editor.now);
    retired.update(&txn).await?;
    let mut row: theme::ActiveModel = target.into();
    row.kept = Set(true);
    row.merged = Set(true);
    row.updated_at = Set(editor.now);
    let target = row.update(&txn).await?;
    reindex(&txn, &moved, editor.now).await?;
    let after = json!({"merged_into": into, "moved": moved.len()});
    record(
        &txn,
        editor,
        &from,
        "theme.merge",
        json!({"theme": id}),
        after,
    )
    .await?;
    txn.commit().await?;
    Ok(target)
}

/// Puts response `response_id` into theme `theme_id` by hand: re-clustering leaves it there.
pub async fn move_response(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    response_id: i32,
    theme_id: i32,
) -> Result<theme::Model, AppError> {
    let _guard = super::refresh::LOCK.lock().await;
    let txn = crate::db::begin_write(db).await?;
    let response = response::Entity::find_by_id(response_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    editor
        .who
        .require(Capability::Moderate, Some(response.hearing_id))?;
    let target = match editable(&txn, editor, theme_id).await {
        Ok(t) if t.hearing_id == response.hearing_id => t,
        Ok(_) | Err(AppError::NotFound) => {
            return Err(refused(editor, "theme_id", ThemeProblem::MoveTargetUnknown));
        }
        Err(other) => return Err(other),
    };
    let old = theme_member::Entity::find()
        .filter(theme_member::Column::ResponseId.eq(response_id))
        .one(&txn)
        .await?;
    let before = json!({"theme": old.as_ref().map(|m| m.theme_id), "response": response_id});
    if let Some(old) = old {
        theme_member::Entity::delete_by_id(old.id)
            .exec(&txn)
            .await?;
    }
    theme_member::ActiveModel {
        theme_id: Set(theme_id),
        response_id: Set(response_id),
        hearing_id: Set(response.hearing_id),
        manual: Set(true),
        assigned_at: Set(editor.now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    reindex(&txn, &[response_id], editor.now).await?;
    let after = json!({"theme": theme_id, "response": response_id});
    record(&txn, editor, &target, "theme.move", before, after).await?;
    txn.commit().await?;
    Ok(target)
}

/// The responses in theme `id`.
pub async fn members_of(db: &impl ConnectionTrait, id: i32) -> Result<Vec<i32>, AppError> {
    Ok(theme_member::Entity::find()
        .filter(theme_member::Column::ThemeId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.response_id)
        .collect())
}

/// Queues `ids` for the search index (their theme facet changed).
pub async fn reindex(
    db: &impl ConnectionTrait,
    ids: &[i32],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    for id in ids {
        index_outbox::enqueue(db, *id, Change::Theme, now).await?;
    }
    Ok(())
}

/// Appends the audit entry of an edit of `theme`.
pub async fn record(
    db: &impl ConnectionTrait,
    editor: &Editor<'_>,
    theme: &theme::Model,
    action: &str,
    before: serde_json::Value,
    after: serde_json::Value,
) -> Result<(), AppError> {
    let entry = Entry {
        actor_id: Some(editor.who.account_id),
        action,
        entity: "theme",
        entity_id: theme.id,
        hearing_id: Some(theme.hearing_id),
        reason: None,
        before,
        after,
    };
    audit::record(db, entry, editor.now).await
}
