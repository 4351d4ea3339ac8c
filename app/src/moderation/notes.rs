//! Internal notes and tags on a response: officials' working material, never public. Adding
//! either needs the right to moderate the hearing; reading them, the right to read its
//! responses. Every addition and removal is audited.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;

use super::NoteView;
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{account, response, response_note, response_tag};
use crate::error::AppError;
use crate::i18n::{Locale, Messages};

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 5_000;
/// The longest tag, in characters.
pub const MAX_TAG_CHARS: usize = 40;

/// A tag as stored: trimmed, lower case, inner whitespace as single spaces; letters, digits,
/// spaces and `-` only.
pub fn parse_tag(raw: &str, t: &dyn Messages) -> Result<String, AppError> {
    let tag = raw
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if tag.is_empty() {
        return Err(AppError::field("tag", t.tag_required()));
    }
    if tag.chars().count() > MAX_TAG_CHARS {
        return Err(AppError::field("tag", t.tag_too_long(MAX_TAG_CHARS)));
    }
    if !tag
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
    {
        return Err(AppError::field("tag", t.tag_bad_characters()));
    }
    Ok(tag)
}

/// The response, if `who` may do `capability` on its hearing.
async fn response_for(
    db: &impl ConnectionTrait,
    who: &Principal,
    id: i32,
    capability: Capability,
) -> Result<response::Model, AppError> {
    let row = response::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(capability, Some(row.hearing_id))?;
    Ok(row)
}

/// Adds a note to response `id`.
pub async fn add_note(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
    body: &str,
    (locale, now): (Locale, DateTime<Utc>),
) -> Result<(), AppError> {
    let t = locale.messages();
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::field("note", t.note_required()));
    }
    if body.chars().count() > MAX_NOTE_CHARS {
        return Err(AppError::field("note", t.note_too_long(MAX_NOTE_CHARS)));
    }
    let txn = crate::db::begin_write(db).await?;
    let row = response_for(&txn, who, id, Capability::Moderate).await?;
    let note = response_note::ActiveModel {
        response_id: Set(row.id),
        account_id: Set(who.account_id),
        body: Set(body.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let after = json!({"note_id": note.id, "note": note.body});
    record(&txn, who, &row, ("note.add", json!(null), after), now).await?;
    txn.commit().await?;
    Ok(())
}

/// The notes on response `id`, oldest first, with their authors' names.
pub async fn notes(
    db: &impl ConnectionTrait,
    who: &Principal,
    id: i32,
) -> Result<Vec<NoteView>, AppError> {
    response_for(db, who, id, Capability::ReadResponses).await?;
    let rows = response_note::Entity::find()
        .filter(response_note::Column::ResponseId.eq(id))
        .order_by_asc(response_note::Column::Id)
        .all(db)
        .await?;
    let names = account::Entity::find()
        .filter(account::Column::Id.is_in(rows.iter().map(|n| n.account_id)))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|n| NoteView {
            author: names
                .iter()
                .find(|a| a.id == n.account_id)
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            at: n.created_at,
            at_local: crate::hearing::store::local(n.created_at, chrono_tz::Europe::Copenhagen),
            body: n.body,
        })
        .collect())
}

/// Adds tag `raw` to response `id`; a tag it already has is left as it is.
pub async fn add_tag(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
    raw: &str,
    at: (Locale, DateTime<Utc>),
) -> Result<(), AppError> {
    set_tag(db, who, (id, raw), true, at).await
}

/// Removes tag `raw` from response `id`, if it has it.
pub async fn remove_tag(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
    raw: &str,
    at: (Locale, DateTime<Utc>),
) -> Result<(), AppError> {
    set_tag(db, who, (id, raw), false, at).await
}

/// Gives response `id` tag `raw` (`on`) or takes it away; audited when it changed anything.
async fn set_tag(
    db: &DatabaseConnection,
    who: &Principal,
    (id, raw): (i32, &str),
    on: bool,
    (locale, now): (Locale, DateTime<Utc>),
) -> Result<(), AppError> {
    let tag = parse_tag(raw, locale.messages())?;
    let txn = crate::db::begin_write(db).await?;
    let row = response_for(&txn, who, id, Capability::Moderate).await?;
    let change = match (find_tag(&txn, row.id, &tag).await?, on) {
        (None, true) => {
            response_tag::ActiveModel {
                response_id: Set(row.id),
                tag: Set(tag.clone()),
                account_id: Set(who.account_id),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            Some(("tag.add", json!(null), json!({ "tag": tag })))
        }
        (Some(found), false) => {
            response_tag::Entity::delete_by_id(found.id)
                .exec(&txn)
                .await?;
            Some(("tag.remove", json!({ "tag": tag }), json!(null)))
        }
        _ => None,
    };
    if let Some(change) = change {
        record(&txn, who, &row, change, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

async fn find_tag(
    db: &impl ConnectionTrait,
    response_id: i32,
    tag: &str,
) -> Result<Option<response_tag::Model>, AppError> {
    Ok(response_tag::Entity::find()
        .filter(response_tag::Column::ResponseId.eq(response_id))
        .filter(response_tag::Column::Tag.eq(tag))
        .one(db)
        .await?)
}

async fn record(
    db: &impl ConnectionTrait,
    who: &Principal,
    row: &response::Model,
    (action, before, after): (&str, serde_json::Value, serde_json::Value),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let entry = Entry {
        actor_id: Some(who.account_id),
        action,
        entity: "response",
        entity_id: row.id,
        hearing_id: Some(row.hearing_id),
        reason: None,
        before,
        after,
    };
    audit::record(db, entry, now).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_tidied_and_checked() {
        let t = Locale::Da.messages();
        assert_eq!(
            parse_tag("  Bolig   og  BESKÆFTIGELSE ", t).unwrap(),
            "bolig og beskæftigelse"
        );
        assert_eq!(parse_tag("to-sprogede", t).unwrap(), "to-sprogede");
        assert!(parse_tag("   ", t).is_err());
        assert!(parse_tag("<script>", t).is_err());
        assert!(parse_tag(&"a".repeat(41), t).is_err());
    }
}
