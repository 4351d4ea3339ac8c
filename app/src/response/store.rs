//! Storing submissions, verifying them and listing the published ones.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};

use super::submission::{FieldError, FieldErrors, NewResponse};
use super::{Submitted, token};
use crate::attachment::intake::Upload;
use crate::entities::{paragraph, respondent, response, response_token, section};
use crate::error::AppError;
use crate::hearing::HearingStatus;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue};
use crate::state::AppState;

/// How long a verification link works.
pub const VERIFY_TTL_DAYS: i64 = 7;

/// The rows a response refers to in the current draft.
struct Target {
    draft_version_id: Option<i32>,
    section_id: Option<i32>,
    paragraph_id: Option<i32>,
}

/// Field errors in the reader's language.
pub fn field_errors(errors: &FieldErrors, locale: Locale) -> AppError {
    let messages = locale.messages();
    AppError::Validation(
        errors
            .iter()
            .map(|(field, e)| ((*field).to_owned(), messages.field_error(e)))
            .collect(),
    )
}

/// Stores a checked submission as `awaiting_verification`, with its files and a
/// verification mail in the outbox, all in one transaction. Nothing is stored when anything
/// is refused: no row, and no file this call created.
pub async fn submit(
    state: &AppState,
    slug: &str,
    new: NewResponse,
    uploads: Vec<Upload>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let mut created = Vec::new();
    let result = store_submission(state, slug, new, &uploads, &mut created, locale, now).await;
    if result.is_err() {
        crate::attachment::store::forget_created(&state.db, created).await;
    } else if !uploads.is_empty() {
        state.extract_nudge.notify_one();
    }
    result
}

async fn store_submission(
    state: &AppState,
    slug: &str,
    new: NewResponse,
    uploads: &[Upload],
    created: &mut Vec<std::path::PathBuf>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let hearing = crate::hearing::store::find_by_slug(&txn, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    match HearingStatus::effective(&hearing.status, hearing.opens_at, hearing.closes_at, now) {
        HearingStatus::Open => {}
        HearingStatus::Draft => return Err(AppError::NotFound),
        _ => return Err(AppError::Closed),
    }
    let target = resolve_target(&txn, hearing.id, &new)
        .await?
        .map_err(|errors| field_errors(&errors, locale))?;
    let respondent = insert_respondent(&txn, &new, now).await?;
    let seq = next_seq(&txn, hearing.id).await?;
    let svarnummer = format!("{}-{seq:04}", hearing.journal_number);
    let language = detect_language(new.text.as_str());
    let row = response::ActiveModel {
        hearing_id: Set(hearing.id),
        respondent_id: Set(respondent.id),
        seq: Set(seq),
        svarnummer: Set(svarnummer.clone()),
        draft_version_id: Set(target.draft_version_id),
        section_id: Set(target.section_id),
        paragraph_id: Set(target.paragraph_id),
        stance: Set(new.stance.as_str().into()),
        body: Set(new.text.into_inner()),
        language: Set(language),
        channel: Set("web".into()),
        status: Set("awaiting_verification".into()),
        held_reason: Set(None),
        locale: Set(locale.code().into()),
        submitted_at: Set(now),
        verified_at: Set(None),
        published_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let (token, token_hash) = token::generate();
    response_token::ActiveModel {
        response_id: Set(row.id),
        purpose: Set("verify".into()),
        token_sha256: Set(token_hash),
        expires_at: Set(now + Duration::days(VERIFY_TTL_DAYS)),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    crate::attachment::store::attach(&txn, &state.attachments, row.id, uploads, created, now)
        .await?;
    let link = format!("{}/verify/{token}", state.base_url);
    let messages = locale.messages();
    let mail = NewMail {
        to: new.email.as_str().to_owned(),
        subject: messages.verify_mail_subject(&hearing.title),
        text: messages.verify_mail_body(
            &new.name,
            &hearing.title,
            &svarnummer,
            &link,
            VERIFY_TTL_DAYS,
        ),
    };
    queue(&txn, mail, now).await?;
    txn.commit().await?;
    Ok(Submitted {
        id: row.id,
        svarnummer,
        status: "awaiting_verification".into(),
    })
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
    now: DateTime<Utc>,
) -> Result<respondent::Model, sea_orm::DbErr> {
    respondent::ActiveModel {
        kind: Set(new.kind.as_str().into()),
        name: Set(new.name.clone()),
        organisation: Set(new.organisation.clone()),
        contact_role: Set(new.contact_role.clone()),
        cvr: Set(new.cvr.as_ref().map(|c| c.as_str().to_owned())),
        email: Set(new.email.as_str().to_owned()),
        postal_code: Set(new.postal_code.as_ref().map(|p| p.as_str().to_owned())),
        publish_name: Set(new.publish_name),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// The next response number of a hearing. Two concurrent submissions may read the same
/// maximum; the unique (hearing_id, seq) index then refuses one, which fails as a whole.
async fn next_seq(db: &impl ConnectionTrait, hearing_id: i32) -> Result<i32, sea_orm::DbErr> {
    let max: Option<i32> = response::Entity::find()
        .select_only()
        .column_as(response::Column::Seq.max(), "max")
        .filter(response::Column::HearingId.eq(hearing_id))
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten();
    Ok(max.unwrap_or(0) + 1)
}

/// The language of a text as ISO 639-1 (or 639-3 where there is no 639-1 code), when
/// detection is confident (whatlang's own "reliable" flag refuses most one-sentence texts,
/// so its confidence is used, with a floor). Norwegian Bokmål is left out: short Danish texts are otherwise
/// often taken for it, and Copenhagen's hearings get Danish far more often.
pub fn detect_language(text: &str) -> Option<String> {
    let detector = whatlang::Detector::with_denylist(vec![whatlang::Lang::Nob]);
    let info = detector
        .detect(text)
        .filter(|info| info.is_reliable() || info.confidence() >= 0.3)?;
    let code = info.lang().code();
    let short = match code {
        "dan" => "da",
        "eng" => "en",
        "ara" => "ar",
        "tur" => "tr",
        "deu" => "de",
        "swe" => "sv",
        "nob" => "nb",
        "pol" => "pl",
        "urd" => "ur",
        "pes" => "fa",
        "fra" => "fr",
        "spa" => "es",
        other => other,
    };
    Some(short.to_owned())
}

#[cfg(test)]
mod tests {
    use super::detect_language;

    #[test]
    fn languages_of_real_responses_are_recognised() {
        let cases = [
            (
                "Sprogundervisning skal starte tidligere, og forældrene skal inddrages.\nTak.",
                "da",
            ),
            (
                "Language classes should start earlier and parents should be involved.",
                "en",
            ),
            (
                "Dil derslerinin daha erken başlaması ve ailelerin de katılması gerekir.",
                "tr",
            ),
            (
                "يجب أن تبدأ دروس اللغة في وقت مبكر وأن يشارك الآباء فيها.",
                "ar",
            ),
        ];
        for (text, code) in cases {
            assert_eq!(detect_language(text).as_deref(), Some(code), "{text}");
        }
    }
}
