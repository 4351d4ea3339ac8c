//! Changing the høringsliste: add, edit, remove, paste many. Each change checks the role
//! (ManageHearing), runs in one write transaction and appends its audit entry there.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
    TransactionTrait,
};
use serde_json::{Value, json};

use super::input::{CheckedParty, PartyError, PartyErrors, PartyInput};
use super::matching::name_key;
use super::store::end_of_day;
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{consulted_party, hearing};
use crate::error::AppError;
use crate::hearing::store::hearing_for;
use crate::hearing::store::zone;
use crate::i18n::Locale;

/// Who changes which hearing's list, when, and in which language messages are written.
#[derive(Clone, Copy, Debug)]
pub struct Change<'a> {
    /// The official.
    pub who: &'a Principal,
    /// The hearing's slug.
    pub slug: &'a str,
    /// The messages' language.
    pub locale: Locale,
    /// Now.
    pub now: DateTime<Utc>,
}

/// Field errors in the change's language.
pub fn messages(errors: &PartyErrors, locale: Locale) -> AppError {
    let t = locale.messages();
    AppError::Validation(
        errors
            .iter()
            .map(|(field, error)| (field.clone(), error.message(t).to_owned()))
            .collect(),
    )
}

/// A party's fields for the audit log.
pub(super) fn snapshot(row: &consulted_party::Model) -> Value {
    json!({
        "name": row.name, "kind": row.kind, "email": row.email, "cvr": row.cvr,
        "contact_person": row.contact_person, "deadline": row.deadline,
        "answered_override": row.answered_override, "linked_response_id": row.linked_response_id,
    })
}

pub(super) async fn audit_party(
    db: &impl ConnectionTrait,
    change: &Change<'_>,
    action: &str,
    (id, hearing_id): (i32, i32),
    (before, after): (Value, Value),
) -> Result<(), AppError> {
    let entry = Entry {
        actor_id: Some(change.who.account_id),
        action,
        entity: "consulted_party",
        entity_id: id,
        hearing_id: Some(hearing_id),
        reason: None,
        before,
        after,
    };
    audit::record(db, entry, change.now).await
}

/// Refuses a party whose name or CVR number another party of the hearing has.
async fn refuse_duplicate(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    party: &CheckedParty,
    except: Option<i32>,
) -> Result<Result<(), PartyErrors>, AppError> {
    let others = consulted_party::Entity::find()
        .filter(consulted_party::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?;
    let key = name_key(party.name.as_str());
    let cvr = party.cvr.as_ref().map(|c| c.as_str());
    let mut errors = PartyErrors::new();
    for other in others.iter().filter(|o| Some(o.id) != except) {
        if other.name_key == key {
            errors.insert("name".into(), PartyError::Duplicate);
        }
        if cvr.is_some() && other.cvr.as_deref() == cvr {
            errors.insert("cvr".into(), PartyError::Duplicate);
        }
    }
    Ok(if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    })
}

/// Whether the unique name index refused a row: another official added the same party
/// between the check and the write.
fn is_duplicate(error: &sea_orm::DbErr) -> bool {
    matches!(
        error.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

fn duplicate() -> PartyErrors {
    PartyErrors::from([("name".to_owned(), PartyError::Duplicate)])
}

/// Writes the checked fields onto a row.
fn apply(row: &mut consulted_party::ActiveModel, party: CheckedParty, hearing: &hearing::Model) {
    row.name_key = Set(name_key(party.name.as_str()));
    row.name = Set(party.name.into_string());
    row.kind = Set(party.kind);
    row.email = Set(party.email.as_str().into());
    row.cvr = Set(party.cvr.map(|c| c.as_str().to_owned()));
    row.contact_person = Set(party.contact_person.map(String::from));
    row.deadline = Set(party.deadline.map(|d| end_of_day(d, zone(hearing))));
}

/// The typed fields checked, and the own deadline against the hearing's.
fn check(input: &PartyInput, hearing: &hearing::Model) -> Result<CheckedParty, PartyErrors> {
    let end = |date| end_of_day(date, zone(hearing));
    input.parse()?.within(hearing.closes_at, end)
}

/// Inserts a checked party (duplicates refused) and audits it; the inner error is the
/// input's, the outer the database's.
async fn insert(
    db: &impl ConnectionTrait,
    change: &Change<'_>,
    hearing: &hearing::Model,
    input: &PartyInput,
) -> Result<Result<consulted_party::Model, PartyErrors>, AppError> {
    let party = match check(input, hearing) {
        Ok(party) => party,
        Err(errors) => return Ok(Err(errors)),
    };
    if let Err(errors) = refuse_duplicate(db, hearing.id, &party, None).await? {
        return Ok(Err(errors));
    }
    let mut row = consulted_party::ActiveModel {
        hearing_id: Set(hearing.id),
        created_at: Set(change.now),
        updated_at: Set(change.now),
        ..Default::default()
    };
    apply(&mut row, party, hearing);
    let row = match row.insert(db).await {
        Err(error) if is_duplicate(&error) => return Ok(Err(duplicate())),
        inserted => inserted?,
    };
    let ids = (row.id, hearing.id);
    audit_party(db, change, "party.add", ids, (Value::Null, snapshot(&row))).await?;
    Ok(Ok(row))
}

/// Adds a party; returns its id.
pub async fn add(
    db: &sea_orm::DatabaseConnection,
    change: Change<'_>,
    input: &PartyInput,
) -> Result<i32, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let hearing = hearing_for(&txn, change.who, change.slug, Capability::ManageHearing).await?;
    let row = insert(&txn, &change, &hearing, input)
        .await?
        .map_err(|e| messages(&e, change.locale))?;
    txn.commit().await?;
    Ok(row.id)
}

/// Adds every pasted line, or none: the messages name the lines (field `lines`).
pub async fn import(
    db: &sea_orm::DatabaseConnection,
    change: Change<'_>,
    text: &str,
) -> Result<usize, AppError> {
    let t = change.locale.messages();
    let lines = super::input::import_lines(text);
    if lines.is_empty() {
        return Err(AppError::field("lines", t.import_empty()));
    }
    if lines.len() > super::input::MAX_IMPORT_LINES {
        let max = super::input::MAX_IMPORT_LINES;
        return Err(AppError::field("lines", t.import_too_many(max)));
    }
    let txn = crate::db::begin_write(db).await?;
    let hearing = hearing_for(&txn, change.who, change.slug, Capability::ManageHearing).await?;
    let mut problems = Vec::new();
    for (line, input) in &lines {
        // A savepoint per line: a unique violation (another official added the same party
        // meanwhile) aborts a PostgreSQL transaction, and the next lines must still run.
        let savepoint = txn.begin().await?;
        match insert(&savepoint, &change, &hearing, input).await? {
            Ok(_) => savepoint.commit().await?,
            Err(errors) => {
                savepoint.rollback().await?;
                let text: Vec<&str> = errors.values().map(|e| e.message(t)).collect();
                problems.push(t.import_line_error(*line, &text.join(" ")));
            }
        }
    }
    if !problems.is_empty() {
        return Err(AppError::field("lines", problems.join("\n")));
    }
    txn.commit().await?;
    Ok(lines.len())
}

/// The party `id` of the hearing, for a change.
pub(super) async fn find(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    id: i32,
) -> Result<consulted_party::Model, AppError> {
    consulted_party::Entity::find_by_id(id)
        .filter(consulted_party::Column::HearingId.eq(hearing_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Changes a party's fields.
pub async fn update(
    db: &sea_orm::DatabaseConnection,
    change: Change<'_>,
    id: i32,
    input: &PartyInput,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let hearing = hearing_for(&txn, change.who, change.slug, Capability::ManageHearing).await?;
    let row = find(&txn, hearing.id, id).await?;
    let party = check(input, &hearing).map_err(|e| messages(&e, change.locale))?;
    refuse_duplicate(&txn, hearing.id, &party, Some(id))
        .await?
        .map_err(|e| messages(&e, change.locale))?;
    let before = snapshot(&row);
    let mut update = row.into_active_model();
    apply(&mut update, party, &hearing);
    update.updated_at = Set(change.now);
    let row = match update.update(&txn).await {
        Err(error) if is_duplicate(&error) => return Err(messages(&duplicate(), change.locale)),
        updated => updated?,
    };
    let after = snapshot(&row);
    audit_party(
        &txn,
        &change,
        "party.update",
        (id, hearing.id),
        (before, after),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a party.
pub async fn remove(
    db: &sea_orm::DatabaseConnection,
    change: Change<'_>,
    id: i32,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let hearing = hearing_for(&txn, change.who, change.slug, Capability::ManageHearing).await?;
    let row = find(&txn, hearing.id, id).await?;
    let before = snapshot(&row);
    consulted_party::Entity::delete_by_id(id).exec(&txn).await?;
    audit_party(
        &txn,
        &change,
        "party.remove",
        (id, hearing.id),
        (before, Value::Null),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
