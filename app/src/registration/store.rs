//! Storing a response that arrived by e-mail, by letter or at a meeting: registered by an
//! official (in the workspace, through the API, or with `ordet register-response`) or taken
//! straight from the administration's mailbox. It gets a number in the same series as web
//! responses, needs no verification link (the official vouches for the sender; a mailed one
//! waits for an official's review instead), may lack an e-mail address, and may be
//! registered after the deadline (a letter posted in time arrives late). The personal-data
//! guard and the publication policy apply as to any response, and the registration is audited
//! with who made it.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, DatabaseTransaction, Set};
use serde_json::json;

use crate::attachment::intake::Upload;
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::blob::Storage;
use crate::entities::{hearing, response};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::idempotency::{self, Claim, SubmissionKey};
use crate::response::lifecycle::{self, Placement};
use crate::response::record::{Recording, record};
use crate::response::store::field_errors;
use crate::response::submission::NewResponse;
use crate::response::{Standing, SubmitRequest, Submitted};
use crate::vocab::{Channel, ResponseStatus};

/// Stands in for a missing e-mail address while the other fields are checked; never stored.
const NO_EMAIL: &str = "ingen@adresse.invalid";

/// A response to register: what was sent, how it came, when, and who registers it.
#[derive(Clone, Copy, Debug)]
pub struct Registration<'a> {
    /// The response's fields (the e-mail address may be empty).
    pub request: &'a SubmitRequest,
    /// How it came: e-mail, letter or meeting.
    pub channel: Channel,
    /// When the administration received it (its submission time).
    pub received_at: DateTime<Utc>,
    /// Who registers it.
    pub by: Registrar<'a>,
    /// What names this registration (an official's form, or an API call's
    /// `Idempotency-Key`): the same key again is answered with the first response.
    pub key: Option<&'a SubmissionKey>,
}

/// Who registers a response; the audit log names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registrar<'a> {
    /// An official, in the workspace or through the API (officials of the hearing only).
    Official(&'a Principal),
    /// `ordet register-response` on the server.
    CommandLine,
    /// The administration's mailbox (`ordet ingest-mail`): it waits for an official's review.
    Mailbox,
}

impl Registrar<'_> {
    fn actor(self) -> Option<i32> {
        match self {
            Registrar::Official(who) => Some(who.account_id),
            Registrar::CommandLine | Registrar::Mailbox => None,
        }
    }

    fn via(self) -> &'static str {
        match self {
            Registrar::Official(_) => "official",
            Registrar::CommandLine => "command_line",
            Registrar::Mailbox => "mailbox",
        }
    }
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

/// The fields checked as a web response's are (an e-mail address optional), with the
/// messages in `locale`.
pub fn check(request: &SubmitRequest, locale: Locale) -> Result<NewResponse, AppError> {
    let mut checked = request.clone();
    if request.email.trim().is_empty() {
        checked.email = NO_EMAIL.into();
    }
    NewResponse::parse(&checked).map_err(|errors| field_errors(&errors, locale))
}

/// The hearing `slug`, when `who` may register responses in it (404, else 403).
pub async fn may_register(
    db: &DatabaseConnection,
    who: &Principal,
    slug: &str,
) -> Result<hearing::Model, AppError> {
    let hearing = crate::hearing::store::required(db, slug).await?;
    who.require(Capability::RegisterResponses, Some(hearing.id))?;
    Ok(hearing)
}

/// Registers a checked response (`new`, from [`check`]) in hearing `slug` in one
/// transaction: its rows, its files, its standing (held when it seems to hold a CPR number,
/// else as the hearing's policy says; a mailed one awaits review), the receipt when an
/// address is known, and the audit entry.
pub async fn register(
    place: &Place<'_>,
    slug: &str,
    (new, registration): (NewResponse, Registration<'_>),
    uploads: Vec<Upload>,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let mut created = Vec::new();
    let stored = async {
        let txn = crate::db::begin_write(place.db).await?;
        let hearing = crate::hearing::store::required(&txn, slug).await?;
        if let Registrar::Official(who) = registration.by {
            who.require(Capability::RegisterResponses, Some(hearing.id))?;
        }
        let claimed = match registration.key {
            Some(key) => match idempotency::claim(&txn, hearing.id, key, now, Locale::Da).await? {
                Claim::Replay(first) => return first_answer(&txn, first.id).await,
                Claim::Claimed(id) => Some(id),
            },
            None => None,
        };
        let what = (&new, registration);
        let row = register_in(&txn, place, &hearing, what, &uploads, &mut created, now).await?;
        if let Some(claim) = claimed {
            idempotency::settle(&txn, claim, row.id).await?;
        }
        txn.commit().await?;
        Ok(row)
    };
    let result = stored.await.map(|row| Submitted {
        id: row.id,
        svarnummer: row.svarnummer,
        status: row.status,
    });
    if result.is_err() {
        crate::attachment::store::forget_created(place.db, place.attachments, created).await;
    }
    result
}

/// The response a repeated registration first stored, as it stands now.
async fn first_answer(txn: &DatabaseTransaction, id: i32) -> Result<response::Model, AppError> {
    use sea_orm::EntityTrait;
    response::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)
}

/// What `ordet register-response` does: checks `request` (messages in Danish) and registers
/// it as come by `channel`, received at `now`.
pub async fn register_command(
    place: &Place<'_>,
    slug: &str,
    (request, channel): (&SubmitRequest, Channel),
    uploads: Vec<Upload>,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let new = check(request, Locale::Da)?;
    let registration = Registration {
        request,
        channel,
        received_at: now,
        by: Registrar::CommandLine,
        key: None,
    };
    register(place, slug, (new, registration), uploads, now).await
}

/// [`register`]'s work inside the caller's transaction (which commits it; the caller has
/// checked who may register): the mailbox adds its own row to the same transaction. The files
/// it stored are added to `created`, for the caller to forget when the transaction fails.
pub async fn register_in(
    txn: &DatabaseTransaction,
    place: &Place<'_>,
    hearing: &hearing::Model,
    (new, registration): (&NewResponse, Registration<'_>),
    uploads: &[Upload],
    created: &mut Vec<String>,
    now: DateTime<Utc>,
) -> Result<response::Model, AppError> {
    let without_email = registration.request.email.trim().is_empty();
    let how = Recording {
        channel: registration.channel,
        status: ResponseStatus::Verified,
        locale: Locale::Da,
        without_email,
    };
    let row = record(txn, hearing, new, how, registration.received_at).await?;
    crate::attachment::store::attach(txn, place.attachments, row.id, uploads, created, now).await?;
    let held =
        crate::response::personal_data::holds_personal_data(txn, row.id, new.text.as_str()).await?;
    let (standing, placement) = standing(held, hearing, registration.by);
    let mut update: response::ActiveModel = row.into();
    update.status = Set(placement.status);
    update.held_reason = Set(placement.held_reason.clone());
    update.verified_at = Set(Some(now));
    update.published_at = Set(placement.published_at(None, now));
    update.updated_at = Set(now);
    let row = update.update(txn).await?;
    if !without_email {
        let context = (place.base_url, how.locale);
        crate::response::verify::queue_receipt(txn, &row, hearing, standing, context, now).await?;
    }
    audit::record(txn, entry(&row, registration), now).await?;
    Ok(row)
}

/// Where a registered response stands: held for a CPR number; a mailed one awaits an
/// official's review; otherwise as the hearing's publication policy says.
fn standing(held: bool, hearing: &hearing::Model, by: Registrar<'_>) -> (Standing, Placement) {
    if by == Registrar::Mailbox && !held {
        let placement = Placement::of(ResponseStatus::AwaitingReview, None);
        return (Standing::AwaitingReview, placement);
    }
    lifecycle::confirmed(held, hearing.publication_policy)
}

fn entry<'a>(row: &response::Model, registration: Registration<'a>) -> Entry<'a> {
    Entry {
        actor_id: registration.by.actor(),
        action: "response.register",
        entity: "response",
        entity_id: row.id,
        hearing_id: Some(row.hearing_id),
        reason: None,
        before: json!(null),
        after: json!({
            "svarnummer": row.svarnummer,
            "channel": registration.channel,
            "received_at": registration.received_at,
            "status": row.status,
            "via": registration.by.via(),
        }),
    }
}
