//! Writing a response's rows: its respondent, its number (svarnummer) and the response
//! itself, pointing at the draft's section or paragraph. Shared by web submissions and by
//! responses officials register from other channels.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, OnConflict, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::language::detect_language;
use super::store::field_errors;
use super::submission::{FieldError, FieldErrors, NewResponse};
use crate::entities::{hearing, paragraph, respondent, response, section};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::search::outbox;
use crate::vocab::{Channel, ResponseStatus};

/// How a response came in and where it starts.
#[derive(Clone, Copy, Debug)]
pub struct Recording {
    /// How it came in.
    pub channel: Channel,
    /// The first status.
    pub status: ResponseStatus,
    /// The language of the respondent's messages.
    pub locale: Locale,
    /// The respondent gave no e-mail address (a letter, a meeting): none is stored.
    pub without_email: bool,
}

/// Inserts the respondent and the response with the hearing's next number. An unknown
/// section or paragraph is a field error.
pub(crate) async fn record(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
    new: &NewResponse,
    how: Recording,
    now: DateTime<Utc>,
) -> Result<response::Model, AppError> {
    let target = resolve_target(db, hearing.id, new)
        .await?
        .map_err(|errors| field_errors(&errors, how.locale))?;
    let respondent = insert_respondent(db, new, how.without_email, now).await?;
    let seq = next_seq(db, hearing.id).await?;
    let row = response::ActiveModel {
        hearing_id: Set(hearing.id),
        respondent_id: Set(respondent.id),
        seq: Set(seq),
        svarnummer: Set(format!("{}-{seq:04}", hearing.journal_number)),
        draft_version_id: Set(target.draft_version_id),
        section_id: Set(target.section_id),
        paragraph_id: Set(target.paragraph_id),
        stance: Set(new.stance),
        body: Set(new.text.as_str().to_owned()),
        language: Set(detect_language(new.text.as_str())),
        channel: Set(how.channel),
        status: Set(how.status),
        held_reason: Set(None),
        locale: Set(how.locale.code().into()),
        submitted_at: Set(now),
        verified_at: Set(None),
        published_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    outbox::enqueue(db, row.id, outbox::Change::Submitted, now).await?;
    Ok(row)
}

/// The rows a response refers to in the current draft.
struct Target {
    draft_version_id: Option<i32>,
    section_id: Option<i32>,
    paragraph_id: Option<i32>,
}

async fn resolve_target(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    new: &NewResponse,
) -> Result<Result<Target, FieldErrors>, AppError> {
    let mut target = Target {
        draft_version_id: None,
        section_id: None,
        paragraph_id: None,
    };
    if new.section.is_none() && new.paragraph.is_none() {
        return Ok(Ok(target));
    }
    let version = crate::draft::store::latest_version(db, hearing_id).await?;
    target.draft_version_id = version.as_ref().map(|v| v.id);
    let version_id = version.map(|v| v.id).unwrap_or(-1);
    let mut errors = FieldErrors::new();
    if let Some(anchor) = &new.paragraph {
        match paragraph::Entity::find()
            .filter(paragraph::Column::DraftVersionId.eq(version_id))
            .filter(paragraph::Column::Anchor.eq(anchor.as_str()))
            .one(db)
            .await?
        {
            Some(p) => (target.paragraph_id, target.section_id) = (Some(p.id), Some(p.section_id)),
            None => drop(errors.insert("paragraph", FieldError::UnknownParagraph)),
        }
    }
    if let Some(anchor) = new.section.as_ref().filter(|_| target.section_id.is_none()) {
        match section::Entity::find()
            .filter(section::Column::DraftVersionId.eq(version_id))
            .filter(section::Column::Anchor.eq(anchor.as_str()))
            .one(db)
            .await?
        {
            Some(s) => target.section_id = Some(s.id),
            None => drop(errors.insert("section", FieldError::UnknownSection)),
        }
    }
    Ok(if errors.is_empty() {
        Ok(target)
    } else {
        Err(errors)
    })
}

async fn insert_respondent(
    db: &impl ConnectionTrait,
    new: &NewResponse,
    without_email: bool,
    now: DateTime<Utc>,
) -> Result<respondent::Model, sea_orm::DbErr> {
    respondent::ActiveModel {
        kind: Set(new.kind),
        name: Set(new.name.to_string()),
        organisation: Set(new.organisation.clone().map(String::from)),
        contact_role: Set(new.contact_role.clone().map(String::from)),
        cvr: Set(new.cvr.as_ref().map(|c| c.as_str().to_owned())),
        email: Set(if without_email {
            String::new()
        } else {
            new.email.as_str().to_owned()
        }),
        postal_code: Set(new.postal_code.as_ref().map(|p| p.as_str().to_owned())),
        publish_name: Set(new.publish_name),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// The hearing's next response number, taken as [`take_seqs`] does.
pub async fn next_seq(db: &impl ConnectionTrait, hearing_id: i32) -> Result<i32, sea_orm::DbErr> {
    take_seqs(db, hearing_id, 1).await
}

/// Takes the hearing's next `count` response numbers and returns the first. Every writer of
/// a response number goes through here, inside the transaction that stores the response:
/// one statement increments the hearing's counter row (made at its first response) and
/// returns it, so two submissions at once never get the same number (PostgreSQL makes the
/// second wait for the first's row lock; SQLite has one writer). A rolled-back submission
/// gives its number back. The counter never falls behind a number already stored, even one
/// written without it.
pub async fn take_seqs(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    count: i32,
) -> Result<i32, sea_orm::DbErr> {
    use crate::entities::response_counter::{Column, Entity as Counter};
    let stored = || {
        let highest = Func::max(Expr::col((response::Entity, response::Column::Seq)));
        let select = Query::select()
            .expr(Func::coalesce([Expr::from(highest), Expr::val(0)]))
            .from(response::Entity)
            .and_where(Expr::col((response::Entity, response::Column::HearingId)).eq(hearing_id))
            .to_owned();
        Expr::from(select)
    };
    let raised = Func::greatest([Expr::col((Counter, Column::LastSeq)), stored()]);
    let statement = Query::insert()
        .into_table(Counter)
        .columns([Column::HearingId, Column::LastSeq])
        .values_panic([hearing_id.into(), stored().add(count)])
        .on_conflict(
            OnConflict::column(Column::HearingId)
                .value(Column::LastSeq, Expr::from(raised).add(count))
                .to_owned(),
        )
        .returning_col(Column::LastSeq)
        .to_owned();
    let row = db
        .query_one(&statement)
        .await?
        .ok_or_else(|| sea_orm::DbErr::RecordNotInserted)?;
    let last: i32 = row.try_get("", "last_seq")?;
    Ok(last - count + 1)
}
