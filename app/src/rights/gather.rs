//! Everything stored about one e-mail address, read in a handful of queries: the respondent
//! rows with the address (whatever its case), their responses with hearing, section,
//! paragraph and files, the mails queued to the address, and the erasure requests about the
//! responses. Nothing else: no other respondent's rows are read.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::access::{normalise, same_address};
use super::{Identity, MyData, MyErasure, MyFile, MyMail, MyResponse};
use crate::entities::{
    attachment, erasure_request, hearing, mail_outbox, paragraph, respondent, response, section,
};
use crate::error::AppError;
use crate::vocab::HearingState;

/// A stored instant on Copenhagen's clock, with its offset.
pub fn copenhagen(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    at.with_timezone(&chrono_tz::Europe::Copenhagen)
        .fixed_offset()
}

/// Everything stored about `email` at `now`.
pub async fn gather(
    db: &impl ConnectionTrait,
    email: &str,
    now: DateTime<Utc>,
) -> Result<MyData, AppError> {
    let people = respondent::Entity::find()
        .filter(same_address(respondent::Column::Email, email))
        .order_by_asc(respondent::Column::Id)
        .all(db)
        .await?;
    let rows = response::Entity::find()
        .filter(response::Column::RespondentId.is_in(people.iter().map(|p| p.id)))
        .order_by_asc(response::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    Ok(MyData {
        email: normalise(email),
        identities: people.into_iter().map(identity).collect(),
        responses: responses(db, rows, now).await?,
        mails: mails(db, email).await?,
        erasure_requests: erasures(db, &ids).await?,
    })
}

/// The ids of the responses sent with `email`.
pub async fn response_ids(db: &impl ConnectionTrait, email: &str) -> Result<Vec<i32>, AppError> {
    let people: Vec<i32> = respondent::Entity::find()
        .select_only()
        .column(respondent::Column::Id)
        .filter(same_address(respondent::Column::Email, email))
        .into_tuple()
        .all(db)
        .await?;
    Ok(response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::RespondentId.is_in(people))
        .order_by_asc(response::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

fn identity(row: respondent::Model) -> Identity {
    Identity {
        id: row.id,
        kind: row.kind,
        name: row.name,
        organisation: row.organisation,
        cvr: row.cvr,
        contact_role: row.contact_role,
        email: row.email,
        postal_code: row.postal_code,
        publish_name: row.publish_name,
        created_at: copenhagen(row.created_at),
    }
}

/// The responses with what they name: hearing, section, paragraph, files.
async fn responses(
    db: &impl ConnectionTrait,
    rows: Vec<response::Model>,
    now: DateTime<Utc>,
) -> Result<Vec<MyResponse>, AppError> {
    let hearings: HashMap<i32, hearing::Model> = hearing::Entity::find()
        .filter(hearing::Column::Id.is_in(rows.iter().map(|r| r.hearing_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|h| (h.id, h))
        .collect();
    let sections: HashMap<i32, String> = section::Entity::find()
        .filter(section::Column::Id.is_in(rows.iter().filter_map(|r| r.section_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, format!("{} {}", s.number, s.heading)))
        .collect();
    let paragraphs: HashMap<i32, String> = paragraph::Entity::find()
        .filter(paragraph::Column::Id.is_in(rows.iter().filter_map(|r| r.paragraph_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.number))
        .collect();
    let mut files = files(db, rows.iter().map(|r| r.id)).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let hearing = hearings.get(&row.hearing_id).ok_or(AppError::NotFound)?;
        let published_text = row.public_body.clone().filter(|p| *p != row.body);
        out.push(MyResponse {
            id: row.id,
            respondent_id: row.respondent_id,
            hearing_slug: hearing.slug.clone(),
            hearing_title: hearing.title.clone(),
            hearing_open: now < hearing.closes_at,
            hearing_decided: hearing.status == HearingState::Decided,
            section: row.section_id.and_then(|id| sections.get(&id).cloned()),
            paragraph: row.paragraph_id.and_then(|id| paragraphs.get(&id).cloned()),
            files: files.remove(&row.id).unwrap_or_default(),
            svarnummer: row.svarnummer,
            status: row.status,
            channel: row.channel,
            stance: row.stance,
            text: row.body,
            published_text,
            submitted_at: copenhagen(row.submitted_at),
            verified_at: row.verified_at.map(copenhagen),
            published_at: row.published_at.map(copenhagen),
            updated_at: copenhagen(row.updated_at),
        });
    }
    Ok(out)
}

/// The files of the responses, by response.
async fn files(
    db: &impl ConnectionTrait,
    response_ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, Vec<MyFile>>, AppError> {
    let rows = attachment::Entity::find()
        .filter(attachment::Column::ResponseId.is_in(response_ids))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?;
    let mut by_response: HashMap<i32, Vec<MyFile>> = HashMap::new();
    for row in rows {
        let released = crate::disclosure::file::of(&row).is_public();
        let Some(response_id) = row.response_id else {
            continue;
        };
        by_response.entry(response_id).or_default().push(MyFile {
            name: row.filename,
            size_bytes: row.size_bytes,
            sha256: row.sha256,
            released,
        });
    }
    Ok(by_response)
}

/// The mails queued to the address, oldest first.
async fn mails(db: &impl ConnectionTrait, email: &str) -> Result<Vec<MyMail>, AppError> {
    let rows = mail_outbox::Entity::find()
        .filter(same_address(mail_outbox::Column::ToAddr, email))
        .order_by_asc(mail_outbox::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| MyMail {
            subject: m.subject,
            created_at: copenhagen(m.created_at),
            sent_at: m.sent_at.map(copenhagen),
            status: m.status,
        })
        .collect())
}

/// The erasure requests about the responses, oldest first.
pub async fn erasures(
    db: &impl ConnectionTrait,
    response_ids: &[i32],
) -> Result<Vec<MyErasure>, AppError> {
    let rows = erasure_request::Entity::find()
        .filter(erasure_request::Column::ResponseId.is_in(response_ids.iter().copied()))
        .order_by_asc(erasure_request::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| MyErasure {
            id: r.id,
            response_id: r.response_id,
            svarnummer: r.svarnummer,
            requested_at: copenhagen(r.requested_at),
            status: r.status,
            carried_out_at: r.carried_out_at.map(copenhagen),
        })
        .collect())
}
