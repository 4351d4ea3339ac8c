//! Correcting the sender of a response that came by e-mail, by letter or at a meeting: the
//! mailbox knows only the `From` header, and an official may have typed a name wrong. The
//! fields are checked as the public form checks them; the text, the number and the address
//! stay. A response sent through the site keeps the sender its respondent gave (409).

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Set};
use serde_json::json;

use super::{SenderForm, SenderPageData, SenderRequest};
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{respondent, response};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::search::outbox;
use crate::vocab::Channel;

/// The fields a correction may change (and its errors may name).
const SENDER_FIELDS: [&str; 6] = [
    "kind",
    "name",
    "organisation",
    "contact_role",
    "cvr",
    "postal_code",
];

/// Response `id` and its sender, for `who`: 404, 403 without the right to register responses
/// in its hearing, 409 for a response sent through the site.
async fn sender_of(
    db: &impl ConnectionTrait,
    who: &Principal,
    id: i32,
) -> Result<(response::Model, respondent::Model), AppError> {
    let row = response::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::RegisterResponses, Some(row.hearing_id))?;
    if row.channel == Channel::Web {
        return Err(AppError::Conflict(
            "a response sent through the site keeps the sender its respondent gave".into(),
        ));
    }
    if row.personal_data_erased_at.is_some() {
        return Err(AppError::Conflict(
            "the sender's personal data has been erased".into(),
        ));
    }
    let sender = respondent::Entity::find_by_id(row.respondent_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((row, sender))
}

/// The sender page's data.
pub async fn page_data(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
) -> Result<SenderPageData, AppError> {
    let (row, sender) = sender_of(db, who, id).await?;
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    Ok(SenderPageData {
        id: row.id,
        svarnummer: row.svarnummer,
        stored: SenderForm {
            kind: sender.kind.as_str().into(),
            name: sender.name.clone(),
            organisation: text(&sender.organisation),
            contact_role: text(&sender.contact_role),
            cvr: text(&sender.cvr),
            postal_code: text(&sender.postal_code),
            publish_name: if sender.publish_name {
                "true".into()
            } else {
                String::new()
            },
        },
    })
}

/// Corrects response `id`'s sender as `who`, in one transaction with its audit entry; every
/// bad field at once in `locale`.
pub async fn correct(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
    body: &SenderRequest,
    (locale, now): (Locale, DateTime<Utc>),
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let (row, sender) = sender_of(&txn, who, id).await?;
    let request = body
        .clone()
        .submission(sender.email.clone(), row.body.clone());
    let new = super::store::check(&request, locale).map_err(|error| match error {
        AppError::Validation(mut errors) => {
            errors.retain(|field, _| SENDER_FIELDS.contains(&field.as_str()));
            AppError::Validation(errors)
        }
        other => other,
    })?;
    let before = shown(&sender);
    let mut update: respondent::ActiveModel = sender.into();
    update.kind = Set(new.kind);
    update.name = Set(new.name.to_string());
    update.organisation = Set(new.organisation.map(String::from));
    update.contact_role = Set(new.contact_role.map(String::from));
    update.cvr = Set(new.cvr.map(|c| c.as_str().to_owned()));
    update.postal_code = Set(new.postal_code.map(|p| p.as_str().to_owned()));
    update.publish_name = Set(new.publish_name);
    let after = shown(&update.update(&txn).await?);
    // The response's own row moves too: its public pages and its place in the index follow.
    let mut touched: response::ActiveModel = row.clone().into();
    touched.updated_at = Set(now);
    touched.update(&txn).await?;
    outbox::enqueue(&txn, row.id, outbox::Change::Moderated, now).await?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: "response.sender",
        entity: "response",
        entity_id: row.id,
        hearing_id: Some(row.hearing_id),
        reason: None,
        before,
        after,
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(())
}

/// What the audit entry records of a sender: the fields a correction changes.
fn shown(sender: &respondent::Model) -> serde_json::Value {
    json!({
        "kind": sender.kind,
        "name": sender.name,
        "organisation": sender.organisation,
        "contact_role": sender.contact_role,
        "cvr": sender.cvr,
        "postal_code": sender.postal_code,
        "publish_name": sender.publish_name,
    })
}
