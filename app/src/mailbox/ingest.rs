//! One message from the mailbox into a hearing: registered as a response on the e-mail
//! channel (awaiting an official's review, the sender sent the usual receipt), or recognised
//! as one already received, or kept whole for officials with the reason it could not be
//! registered. The message's row and its response are written in one transaction, so the
//! same message delivered twice — even at once — makes one response.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, SqlErr,
};

use super::message::{self, Mail};
use super::quarantine::{self, Kept};
use crate::attachment::intake::{Upload, from_bytes};
use crate::entities::{consulted_party, hearing, incoming_mail, response};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::registration::store::{Place, Registrar, Registration, check, register_in};
use crate::response::intake::files_message;
use crate::response::{SubmitRequest, Submitted};
use crate::vocab::{Channel, PartyKind, RespondentKind};

/// What became of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ingested {
    /// Registered as this response.
    Registered(Submitted),
    /// Received before (its response's number, when it became one); nothing changed.
    AlreadyReceived {
        /// The response it became.
        svarnummer: Option<String>,
    },
    /// Kept whole for officials.
    Quarantined {
        /// The kept message's id.
        id: i32,
        /// Why.
        problem: String,
    },
}

/// The largest message taken: every file at its largest and one more, in base64 (4 bytes
/// for 3), and the text.
pub fn max_message_bytes(limits: crate::blob::Limits) -> u64 {
    let files = (limits.max_files as u64 + 1).saturating_mul(limits.max_file_bytes);
    (files / 3).saturating_mul(4).saturating_add(1024 * 1024)
}

/// Takes message `raw` into hearing `slug` (404 when there is none) at `now`.
pub async fn ingest(
    place: &Place<'_>,
    slug: &str,
    raw: &[u8],
    now: DateTime<Utc>,
) -> Result<Ingested, AppError> {
    let hearing = crate::hearing::store::required(place.db, slug).await?;
    let key = message::key(raw);
    if let Some(svarnummer) = received_before(place.db, hearing.id, &key).await? {
        return Ok(Ingested::AlreadyReceived { svarnummer });
    }
    let (hearing, key) = (&hearing, key.as_str());
    let keep = |problem: String| async move {
        let kept = Kept {
            key,
            raw,
            problem: &problem,
        };
        quarantine::keep(place.db, place.attachments, hearing, kept, now).await
    };
    let mail = match message::read(raw) {
        Ok(mail) => mail,
        Err(why) => return keep(why.reason().to_owned()).await,
    };
    let party = party_of(place.db, hearing.id, &mail.address).await?;
    let request = request_of(&mail, party.as_ref());
    let new = match check(&request, Locale::Da) {
        Ok(new) => new,
        Err(AppError::Validation(errors)) => return keep(describe(&errors)).await,
        Err(other) => return Err(other),
    };
    let uploads = match files(&mail, place).await {
        Ok(uploads) => uploads,
        Err(problem) => return keep(problem).await,
    };
    let registration = Registration {
        request: &request,
        channel: Channel::Email,
        received_at: now,
        by: Registrar::Mailbox,
        key: None,
    };
    store(
        place,
        hearing,
        (key, raw.len()),
        (new, registration),
        &uploads,
        now,
    )
    .await
}

/// The party of the hearing's høringsliste whose address sent the message, if one did (the
/// same sure match by address the høringsliste makes).
async fn party_of(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    address: &str,
) -> Result<Option<consulted_party::Model>, AppError> {
    let parties = consulted_party::Entity::find()
        .filter(consulted_party::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?;
    Ok(parties
        .into_iter()
        .find(|p| p.email.trim().eq_ignore_ascii_case(address.trim())))
}

/// The respondent kind a party of the høringsliste answers as: a company with its CVR
/// number, a public body, or an organisation.
fn kind_of(party: &consulted_party::Model) -> RespondentKind {
    match party.kind {
        PartyKind::Company if party.cvr.is_some() => RespondentKind::Company,
        PartyKind::Council | PartyKind::PublicBody => RespondentKind::PublicBody,
        PartyKind::Company | PartyKind::Association | PartyKind::Union | PartyKind::Employers => {
            RespondentKind::Association
        }
    }
}

/// The response's fields from the message, named as in `From` and answered at its address:
/// from a party on the høringsliste, as that organisation (its name, kind and CVR number);
/// otherwise as a resident whose name is not published.
fn request_of(mail: &Mail, party: Option<&consulted_party::Model>) -> SubmitRequest {
    let text = if mail.text.is_empty() {
        let names: Vec<&str> = mail.attachments.iter().map(|(n, _)| n.as_str()).collect();
        format!("Høringssvaret er vedhæftet: {}.", names.join(", "))
    } else {
        mail.text.clone()
    };
    let kind = party.map_or(RespondentKind::Resident, kind_of);
    SubmitRequest {
        kind: kind.as_str().into(),
        name: mail.name.clone(),
        email: mail.address.clone(),
        organisation: party.map(|p| p.name.clone()),
        cvr: party
            .and_then(|p| p.cvr.clone())
            .filter(|_| kind == RespondentKind::Company),
        text,
        ..Default::default()
    }
}

/// The field problems in one line for officials (`field: message`).
fn describe(errors: &std::collections::BTreeMap<String, String>) -> String {
    errors
        .iter()
        .map(|(field, message)| format!("{field}: {message}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The attachments, checked as uploads are; every problem in one message.
async fn files(mail: &Mail, place: &Place<'_>) -> Result<Vec<Upload>, String> {
    let limits = place.attachments.limits;
    let mut uploads = Vec::new();
    let mut problems = Vec::new();
    if mail.attachments.len() > limits.max_files {
        problems.push(crate::attachment::FileProblem::TooMany {
            max: limits.max_files,
        });
    }
    for (name, content) in mail.attachments.iter().take(limits.max_files) {
        match from_bytes(name.clone(), content, place.attachments).await {
            Ok(upload) => uploads.push(upload),
            Err(problem) => problems.push(problem),
        }
    }
    match files_message(&problems, Locale::Da) {
        Some(message) => Err(message),
        None => Ok(uploads),
    }
}

/// The message's row and its response in one transaction. The row is written first: a row
/// with the same key written meanwhile (the same message delivered twice at once) is a
/// unique violation there, and nothing is registered.
async fn store(
    place: &Place<'_>,
    hearing: &hearing::Model,
    (key, size): (&str, usize),
    what: (crate::response::submission::NewResponse, Registration<'_>),
    uploads: &[Upload],
    now: DateTime<Utc>,
) -> Result<Ingested, AppError> {
    let txn = crate::db::begin_write(place.db).await?;
    let claimed = incoming_mail::ActiveModel {
        hearing_id: Set(hearing.id),
        message_key: Set(key.to_owned()),
        size_bytes: Set(i64::try_from(size).unwrap_or(i64::MAX)),
        received_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let claimed = match claimed {
        Ok(row) => row,
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            drop(txn);
            let svarnummer = received_before(place.db, hearing.id, key).await?.flatten();
            return Ok(Ingested::AlreadyReceived { svarnummer });
        }
        Err(error) => return Err(error.into()),
    };
    let mut created = Vec::new();
    let (new, registration) = what;
    let written = async {
        let row = register_in(
            &txn,
            place,
            hearing,
            (&new, registration),
            uploads,
            &mut created,
            now,
        )
        .await?;
        let mut link: incoming_mail::ActiveModel = claimed.into();
        link.response_id = Set(Some(row.id));
        link.update(&txn).await?;
        txn.commit().await?;
        Ok::<_, AppError>(row)
    };
    match written.await {
        Ok(row) => Ok(Ingested::Registered(Submitted {
            id: row.id,
            svarnummer: row.svarnummer,
            status: row.status,
        })),
        Err(error) => {
            crate::attachment::store::forget_created(place.db, place.attachments, created).await;
            Err(error)
        }
    }
}

/// `Some` when message `key` came to the hearing before: the number of the response it
/// became, if it became one.
async fn received_before(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    key: &str,
) -> Result<Option<Option<String>>, AppError> {
    let Some(row) = incoming_mail::Entity::find()
        .filter(incoming_mail::Column::HearingId.eq(hearing_id))
        .filter(incoming_mail::Column::MessageKey.eq(key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(response_id) = row.response_id else {
        return Ok(Some(None));
    };
    let svarnummer = response::Entity::find_by_id(response_id)
        .one(db)
        .await?
        .map(|r| r.svarnummer);
    Ok(Some(svarnummer))
}
