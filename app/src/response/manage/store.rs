//! Changing or withdrawing a response through its private link.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

use super::{ManageLookup, ManagedResponse};
use crate::entities::{hearing, response, response_token};
use crate::error::AppError;
use crate::hearing::store::{local, zone};
use crate::moderation::{CHANGED_AFTER_REDACTION, PERSONAL_DATA, holds_personal_data};
use crate::response::submission::Stance;
use crate::response::text::ResponseText;
use crate::response::verify::MANAGE;
use crate::response::{Standing, language::detect_language};
use crate::search::outbox;
use crate::token;

/// A change the author asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// New text and stance.
    Update {
        /// The checked text.
        text: ResponseText,
        /// The stance.
        stance: Stance,
    },
    /// Take the response back.
    Withdraw,
}

async fn find(
    db: &impl ConnectionTrait,
    raw_token: &str,
) -> Result<Option<(response::Model, hearing::Model)>, AppError> {
    let Some(token) = response_token::Entity::find()
        .filter(response_token::Column::TokenSha256.eq(token::hash(raw_token.trim())))
        .filter(response_token::Column::Purpose.eq(MANAGE))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(row) = response::Entity::find_by_id(token.response_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let hearing = hearing::Entity::find_by_id(row.hearing_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Some((row, hearing)))
}

/// What the link shows at `now`.
pub async fn lookup(
    db: &DatabaseConnection,
    raw_token: &str,
    now: DateTime<Utc>,
) -> Result<ManageLookup, AppError> {
    let Some((row, hearing)) = find(db, raw_token).await? else {
        return Ok(ManageLookup::Unknown);
    };
    let open = now < hearing.closes_at;
    let managed = ManagedResponse {
        svarnummer: row.svarnummer,
        deadline: local(hearing.closes_at, zone(&hearing)),
        hearing_title: hearing.title,
        hearing_slug: hearing.slug,
        text: row.body,
        stance: row.stance,
        status: row.status,
    };
    Ok(if open {
        ManageLookup::Open(managed)
    } else {
        ManageLookup::Closed(managed)
    })
}

/// Applies a change: refused after the deadline ([`AppError::Closed`]) and for a withdrawn
/// response ([`AppError::Conflict`]). A changed text is checked for CPR numbers again, and
/// goes back to moderation when the hearing publishes only after it.
pub async fn apply(
    db: &DatabaseConnection,
    raw_token: &str,
    change: Change,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let (row, hearing) = find(&txn, raw_token).await?.ok_or(AppError::NotFound)?;
    if now >= hearing.closes_at {
        return Err(AppError::Closed);
    }
    if row.status == "withdrawn" {
        return Err(AppError::Conflict("withdrawn".into()));
    }
    let mut update: response::ActiveModel = row.clone().into();
    update.updated_at = Set(now);
    match change {
        Change::Withdraw => {
            update.status = Set("withdrawn".into());
            update.published_at = Set(None);
        }
        Change::Update { text, stance } => {
            // A hold an official placed for another reason stays; the personal-data guard
            // looks at the new text afresh.
            let official_hold =
                row.status == "held" && row.held_reason.as_deref() != Some(PERSONAL_DATA);
            let personal_data = holds_personal_data(&txn, row.id, text.as_str()).await?;
            // An official redacted the old text: the new one waits for them to look again.
            let redacted = row.public_body.is_some();
            let held = official_hold || personal_data || redacted;
            let status = Standing::decide(held, &hearing.publication_policy).status();
            update.language = Set(detect_language(text.as_str()));
            update.body = Set(text.into_inner());
            update.stance = Set(stance.as_str().into());
            update.public_body = Set(None);
            update.held_reason = Set(if official_hold {
                row.held_reason.clone()
            } else if personal_data {
                Some(PERSONAL_DATA.to_owned())
            } else {
                redacted.then(|| CHANGED_AFTER_REDACTION.to_owned())
            });
            update.published_at = Set(match status {
                "published" => row.published_at.or(Some(now)),
                _ => None,
            });
            update.status = Set(status.into());
        }
    }
    update.update(&txn).await?;
    outbox::enqueue(&txn, row.id, outbox::Change::Edited, now).await?;
    txn.commit().await?;
    Ok(())
}
