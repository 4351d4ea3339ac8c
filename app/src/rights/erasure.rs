//! Erasure requests: a resident asks for a response of theirs (or all of them) to be erased;
//! one request per response (a unique index), each an audit entry holding ids only, and the
//! hearing's moderators are mailed (in Danish, as other notices to officials). Officials list
//! them per hearing; carrying one out is [`super::carry_out`].

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;

use super::gather::{copenhagen, response_ids};
use super::{ErasureList, ErasureRow};
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{account, erasure_request, hearing, response};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue_once};
use crate::response::manage::tell::moderators;
use crate::vocab::{ErasureStatus, HearingState};

/// The audit action of a resident's request.
pub const REQUESTED: &str = "respondent.erasure_request";

/// Which responses a resident asks to have erased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// One of theirs.
    One(i32),
    /// Every one of theirs.
    All,
}

/// Asks for erasure of the `target` responses of `email`. Answers how many requests are new
/// (0: every one was asked for already). A response that is not the address's is
/// [`AppError::NotFound`].
pub async fn request(
    db: &DatabaseConnection,
    email: &str,
    target: Target,
    (base_url, now): (&str, DateTime<Utc>),
) -> Result<usize, AppError> {
    let owned = response_ids(db, email).await?;
    let wanted: Vec<i32> = match target {
        Target::One(id) if owned.contains(&id) => vec![id],
        Target::One(_) => return Err(AppError::NotFound),
        Target::All => owned,
    };
    let txn = crate::db::begin_write(db).await?;
    let mut new = 0;
    for id in wanted {
        if request_one(&txn, id, (base_url, now)).await? {
            new += 1;
        }
    }
    txn.commit().await?;
    Ok(new)
}

/// Stores the request for one response unless there is one (whoever got there first), with
/// its audit entry and the officials' mail. Answers whether it is new.
async fn request_one(
    db: &impl ConnectionTrait,
    response_id: i32,
    (base_url, now): (&str, DateTime<Utc>),
) -> Result<bool, AppError> {
    let row = response::Entity::find_by_id(response_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let inserted = erasure_request::Entity::insert(erasure_request::ActiveModel {
        response_id: Set(Some(row.id)),
        hearing_id: Set(row.hearing_id),
        svarnummer: Set(row.svarnummer.clone()),
        requested_at: Set(now),
        status: Set(ErasureStatus::Pending),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([erasure_request::Column::ResponseId])
    .exec_without_returning(db)
    .await?;
    if !matches!(inserted, sea_orm::TryInsertResult::Inserted(n) if n > 0) {
        return Ok(false);
    }
    let request = erasure_request::Entity::find()
        .filter(erasure_request::Column::ResponseId.eq(row.id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let entry = Entry {
        actor_id: None,
        action: REQUESTED,
        entity: "response",
        entity_id: row.id,
        hearing_id: Some(row.hearing_id),
        reason: None,
        before: json!({}),
        after: json!({"erasure_request": request.id, "status": ErasureStatus::Pending}),
    };
    audit::record(db, entry, now).await?;
    tell_officials(db, (&request, row.hearing_id), base_url, now).await?;
    tracing::info!(
        response.id = row.id,
        erasure_request.id = request.id,
        "erasure asked for"
    );
    Ok(true)
}

/// Mails every official who may moderate the hearing of the new request, once each.
async fn tell_officials(
    db: &impl ConnectionTrait,
    (request, hearing_id): (&erasure_request::Model, i32),
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let hearing = hearing::Entity::find_by_id(hearing_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let t = Locale::Da.messages();
    let link = format!(
        "{base_url}/admin/hearings/{}/erasure-requests",
        hearing.slug
    );
    let title = crate::one_line::flatten(&hearing.title);
    let subject = t.erasure_mail_subject(&request.svarnummer);
    let body = t.erasure_mail_body(&title, &request.svarnummer, &link);
    for official in moderators(db, hearing.id).await? {
        let mail = NewMail {
            to: official.email,
            subject: subject.clone(),
            text: body.clone(),
        };
        let key = format!("erasure-request:{}:{}", request.id, official.id);
        queue_once(db, key, mail, None, now).await?;
    }
    Ok(())
}

/// The hearing `slug` and its erasure requests, for an official who may moderate it.
pub async fn list(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
) -> Result<ErasureList, AppError> {
    let hearing = crate::hearing::store::hearing_for(db, who, slug, Capability::Moderate).await?;
    let rows = erasure_request::Entity::find()
        .filter(erasure_request::Column::HearingId.eq(hearing.id))
        .order_by_asc(erasure_request::Column::Id)
        .all(db)
        .await?;
    let (mut rows, done): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|r| r.status == ErasureStatus::Pending);
    rows.extend(done);
    let names: std::collections::HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(rows.iter().filter_map(|r| r.carried_out_by)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let items = rows
        .into_iter()
        .map(|r| ErasureRow {
            id: r.id,
            response_id: r.response_id,
            carried_out_by: r.carried_out_by.and_then(|id| names.get(&id).cloned()),
            svarnummer: r.svarnummer,
            requested_at: copenhagen(r.requested_at),
            status: r.status,
            carried_out_at: r.carried_out_at.map(copenhagen),
        })
        .collect();
    Ok(ErasureList {
        decided: hearing.status == HearingState::Decided,
        hearing_slug: hearing.slug,
        hearing_title: hearing.title,
        items,
    })
}

/// The slug of the hearing of erasure request `id`.
pub async fn hearing_of(db: &impl ConnectionTrait, id: i32) -> Result<Option<String>, AppError> {
    let Some(request) = erasure_request::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(hearing::Entity::find_by_id(request.hearing_id)
        .one(db)
        .await?
        .map(|h| h.slug))
}
