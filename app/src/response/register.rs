//! Responses that arrived by e-mail, by letter or at a meeting, registered by an official.
//! They get a number in the same series as web responses, need no verification link (the
//! official vouches for the sender), may lack an e-mail address, and may be registered
//! after the deadline (a letter posted in time arrives late). The personal-data guard and
//! the publication policy apply as to any response.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

use super::record::{Recording, record};
use super::store::field_errors;
use super::submission::NewResponse;
use super::{SubmitRequest, Submitted, lifecycle};
use crate::attachment::intake::Upload;
use crate::blob::Storage;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::vocab::{Channel, ResponseStatus};

/// Stands in for a missing e-mail address while the other fields are checked; never stored.
const NO_EMAIL: &str = "ingen@adresse.invalid";

/// Registers a response from `channel`: checked like a web response (an e-mail address
/// optional), stored as verified (published at once when the hearing's policy says so,
/// held when it seems to hold a CPR number), with its files; a receipt goes to the sender
/// when an address is known.
pub async fn register(
    place: &Place<'_>,
    slug: &str,
    (request, channel): (&SubmitRequest, Channel),
    uploads: Vec<Upload>,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let locale = Locale::Da;
    let without_email = request.email.trim().is_empty();
    let mut checked = request.clone();
    if without_email {
        checked.email = NO_EMAIL.into();
    }
    let new = NewResponse::parse(&checked).map_err(|errors| field_errors(&errors, locale))?;
    let mut created = Vec::new();
    let how = Recording {
        channel,
        status: ResponseStatus::Verified,
        locale,
        without_email,
    };
    let result = store(place, slug, &new, how, &uploads, &mut created, now).await;
    if result.is_err() {
        crate::attachment::store::forget_created(place.db, place.attachments, created).await;
    }
    result
}

/// Where a registration is stored: the database, the attachment store, and the public
/// address for the receipt's private link.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    /// The database.
    pub db: &'a DatabaseConnection,
    /// The attachment store.
    pub attachments: &'a Storage,
    /// The public address (no trailing slash).
    pub base_url: &'a str,
}

async fn store(
    place: &Place<'_>,
    slug: &str,
    new: &NewResponse,
    how: Recording,
    uploads: &[Upload],
    created: &mut Vec<String>,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let txn = crate::db::begin_write(place.db).await?;
    let hearing = crate::hearing::store::required(&txn, slug).await?;
    let row = record(&txn, &hearing, new, how, now).await?;
    crate::attachment::store::attach(&txn, place.attachments, row.id, uploads, created, now)
        .await?;
    let held = super::personal_data::holds_personal_data(&txn, row.id, new.text.as_str()).await?;
    let (standing, placement) = lifecycle::confirmed(held, hearing.publication_policy);
    let status = standing.status();
    let mut update: crate::entities::response::ActiveModel = row.clone().into();
    update.status = Set(placement.status);
    update.held_reason = Set(placement.held_reason.clone());
    update.verified_at = Set(Some(now));
    update.published_at = Set(placement.published_at(None, now));
    let row = update.update(&txn).await?;
    if !how.without_email {
        super::verify::queue_receipt(
            &txn,
            &row,
            &hearing,
            standing,
            (place.base_url, how.locale),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Submitted {
        id: row.id,
        svarnummer: row.svarnummer,
        status,
    })
}
