//! Reading the høringsliste: the parties of a hearing with whether each has answered, for
//! the page, the JSON API and the høringsnotat.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
};

use super::matching::{MatchedBy, Sender, Target, Verdict, matches};
use super::{DEFAULT_REMIND_DAYS, PartiesView, Party, PartyRow};
use crate::auth::{Capability, Principal};
use crate::entities::{consulted_party, hearing, party_reminder, respondent, response};
use crate::error::AppError;
use crate::hearing::HearingLink;
use crate::hearing::store::{hearing_for, local, zone};
use crate::vocab::ResponseStatus;

/// The end of `date` (23:59:59) on the wall clock of `zone`, as an instant.
pub fn end_of_day(date: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let local = date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN));
    zone.from_local_datetime(&local)
        .earliest()
        .unwrap_or_else(|| zone.from_utc_datetime(&local))
        .with_timezone(&Utc)
}

/// The start (00:00:00) of `date` on the wall clock of `zone`, as an instant.
pub fn start_of_day(date: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let local = date.and_time(NaiveTime::MIN);
    zone.from_local_datetime(&local)
        .earliest()
        .unwrap_or_else(|| zone.from_utc_datetime(&local))
        .with_timezone(&Utc)
}

/// The hearing's reminder setting: days before a party's deadline, 0 for none.
pub async fn remind_days(db: &impl ConnectionTrait, hearing_id: i32) -> Result<i32, AppError> {
    Ok(party_reminder::Entity::find_by_id(hearing_id)
        .one(db)
        .await?
        .map_or(DEFAULT_REMIND_DAYS, |r| r.days_before))
}

/// A response that counts as an answer: its id, its number and what its sender gave.
type SenderRow = (i32, String, Sender);

/// The columns read for a [`SenderRow`]: the response's id and svarnummer, the respondent's
/// kind, name, organisation, CVR number and e-mail address.
type SenderColumns = (
    i32,
    String,
    crate::vocab::RespondentKind,
    String,
    Option<String>,
    Option<String>,
    String,
);

/// The senders of the hearing's responses that count as answers, with their numbers. One
/// query joining `respondent`, selecting only the columns matched on: no response text and
/// no list of ids bound as parameters, however many responses the hearing has.
async fn senders(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Vec<SenderRow>, AppError> {
    let respondent_of = response::Entity::belongs_to(respondent::Entity)
        .from(response::Column::RespondentId)
        .to(respondent::Column::Id)
        .into();
    let rows: Vec<SenderColumns> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Svarnummer)
        .column(respondent::Column::Kind)
        .column(respondent::Column::Name)
        .column(respondent::Column::Organisation)
        .column(respondent::Column::Cvr)
        .column(respondent::Column::Email)
        .join(JoinType::InnerJoin, respondent_of)
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Status.is_in(ResponseStatus::CONFIRMED))
        .order_by_asc(response::Column::Seq)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, number, kind, name, organisation, cvr, email)| {
            let organisation = organisation.or_else(|| kind.is_organisation().then_some(name));
            let sender = Sender {
                cvr,
                email,
                organisation,
            };
            (id, number, sender)
        })
        .collect())
}

/// One party with its deadline, verdict and matching responses.
fn party(row: consulted_party::Model, closes_at: DateTime<Utc>, senders: &[SenderRow]) -> Party {
    let target = Target {
        name_key: &row.name_key,
        email: &row.email,
        cvr: row.cvr.as_deref(),
    };
    let found: Vec<(String, MatchedBy)> = senders
        .iter()
        .filter_map(|(id, number, sender)| {
            let by = if row.linked_response_id == Some(*id) {
                Some(MatchedBy::Official)
            } else {
                matches(target, sender)
            };
            by.map(|by| (number.clone(), by))
        })
        .collect();
    let verdict = Verdict::parse(row.answered_override.as_deref());
    let matched_by = match verdict {
        Verdict::Automatic => found.iter().map(|(_, by)| *by).max(),
        Verdict::Yes | Verdict::No => Some(MatchedBy::Official),
    };
    Party {
        id: row.id,
        answered: verdict.answered(found.len()),
        answered_by: verdict.as_str().into(),
        matched_by: matched_by.map(|by| by.as_str().into()),
        svarnumre: found.into_iter().map(|(number, _)| number).collect(),
        name: row.name,
        kind: row.kind,
        email: row.email,
        cvr: row.cvr,
        contact_person: row.contact_person,
        deadline: row.deadline.unwrap_or(closes_at),
        own_deadline: row.deadline.is_some(),
        invited_at: row.invited_at,
        reminded_at: row.reminded_at,
    }
}

/// The hearing's parties by name, each with whether it has answered and the numbers of its
/// responses: the list the høringsnotat needs.
pub async fn answered_list(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
) -> Result<Vec<Party>, AppError> {
    let rows = consulted_party::Entity::find()
        .filter(consulted_party::Column::HearingId.eq(hearing.id))
        .order_by_asc(consulted_party::Column::NameKey)
        .all(db)
        .await?;
    let senders = senders(db, hearing.id).await?;
    Ok(rows
        .into_iter()
        .map(|row| party(row, hearing.closes_at, &senders))
        .collect())
}

/// One party of the hearing (404 when it belongs to another).
pub async fn one(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
    id: i32,
) -> Result<Party, AppError> {
    let row = consulted_party::Entity::find_by_id(id)
        .filter(consulted_party::Column::HearingId.eq(hearing.id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(party(
        row,
        hearing.closes_at,
        &senders(db, hearing.id).await?,
    ))
}

/// The page's data, for anyone who may read the hearing's responses.
pub async fn view(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
) -> Result<PartiesView, AppError> {
    let hearing = hearing_for(db, who, slug, Capability::ReadResponses).await?;
    let parties = answered_list(db, &hearing).await?;
    let tz = zone(&hearing);
    let rows: Vec<PartyRow> = parties
        .into_iter()
        .map(|party| PartyRow {
            deadline: local(party.deadline, tz),
            invited: party.invited_at.map(|at| local(at, tz)),
            reminded: party.reminded_at.map(|at| local(at, tz)),
            party,
        })
        .collect();
    Ok(PartiesView {
        can_manage: who.can(Capability::ManageHearing, Some(hearing.id)),
        remind_days: remind_days(db, hearing.id).await?,
        not_invited: rows.iter().filter(|r| r.party.invited_at.is_none()).count(),
        rows,
        hearing: HearingLink {
            slug: hearing.slug,
            title: hearing.title,
        },
    })
}
