//! Publishing the outcome, once, in one transaction: the checklist holds (the decision saved,
//! every counted response answered by a remark, the silent parties considered), the row gets
//! its publication and the changes between the consulted draft and the adopted text, the
//! hearing becomes decided, and one e-mail per respondent's address goes into the outbox under
//! a key of its own — so a second publication, a retry or another process queues nothing more,
//! and the outbox delivers each across restarts.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, Set,
};
use serde_json::json;

use super::OutcomeProblem;
use super::changes::{self, Changes};
use super::checklist::Facts;
use super::input::messages;
use super::letter::{self, recipients};
use super::store::{may_publish, shared};
use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{hearing, hearing_outcome};
use crate::error::AppError;
use crate::hearing::outcome::row;
use crate::hearing::store::hearing_for;
use crate::i18n::Locale;
use crate::mail::outbox::queue_once_about;
use crate::vocab::HearingState;

/// What publishing did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    /// E-mails queued (one per address).
    pub mails: usize,
    /// Responses whose respondents have no address.
    pub letters: usize,
}

/// Publishes hearing `slug`'s outcome for `who` (ManageHearing); `considered`: the official
/// confirmed the consulted parties that did not answer were considered.
pub async fn publish(
    db: &DatabaseConnection,
    who: &Principal,
    slug: &str,
    considered: bool,
    (locale, now, base_url): (Locale, DateTime<Utc>, &str),
) -> Result<Published, AppError> {
    let conflict = |p: OutcomeProblem| AppError::Conflict(p.message(locale.messages()));
    hearing_for(db, who, slug, Capability::ManageHearing).await?;
    let txn = crate::db::begin_write(db).await?;
    let hearing = hearing_for(&txn, who, slug, Capability::ManageHearing).await?;
    if !may_publish(crate::hearing_admin::store::effective(&hearing, now)) {
        return Err(conflict(OutcomeProblem::State));
    }
    let Some(outcome) = row(&txn, hearing.id).await? else {
        let problem = OutcomeProblem::NotSaved;
        return Err(AppError::Validation(messages(&[problem], locale)));
    };
    if outcome.published_at.is_some() {
        return Err(conflict(OutcomeProblem::Published));
    }
    let facts = Facts::read(&txn, &hearing, now).await?;
    let changes = changes::read(&txn, &hearing).await?;
    let letters = refuse_unless_ready(&facts, &changes, considered, locale)?;
    if !claim(&txn, &outcome, &changes, who, now).await? {
        return Err(conflict(OutcomeProblem::Published));
    }
    let mails = queue_mails(&txn, &hearing, &outcome, &facts, (now, base_url)).await?;
    let published = Published { mails, letters };
    let hearing_id = hearing.id;
    let before = decide(&txn, hearing, now).await?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: "outcome.publish",
        entity: "hearing",
        entity_id: hearing_id,
        hearing_id: Some(hearing_id),
        reason: None,
        before,
        after: json!({
            "status": HearingState::Decided,
            "mails": published.mails,
            "letters": published.letters,
            "consulted_version": changes.consulted,
            "adopted_version": changes.adopted,
        }),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    tracing::info!(hearing = %slug, mails, letters, "outcome published");
    Ok(published)
}

/// The checklist's refusals, every one at its field; else how many responses need a letter.
fn refuse_unless_ready(
    facts: &Facts,
    changes: &Changes,
    considered: bool,
    locale: Locale,
) -> Result<usize, AppError> {
    let checklist = facts.checklist(true, changes);
    let mut problems = Vec::new();
    if !checklist.without_remark.is_empty() {
        problems.push(OutcomeProblem::Remarks(checklist.without_remark.len()));
    }
    if !checklist.silent_parties.is_empty() && !considered {
        problems.push(OutcomeProblem::Parties);
    }
    if problems.is_empty() {
        Ok(checklist.letters.len())
    } else {
        Err(AppError::Validation(messages(&problems, locale)))
    }
}

/// Marks `outcome` published with the changes frozen; `false` when another publication got
/// there first (only one of two racing each other finds it unpublished).
async fn claim(
    db: &impl ConnectionTrait,
    outcome: &hearing_outcome::Model,
    changes: &Changes,
    who: &Principal,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let changes_json = serde_json::to_string(&changes.sections).map_err(|_| AppError::Internal)?;
    let claimed = hearing_outcome::Entity::update_many()
        .col_expr(hearing_outcome::Column::PublishedAt, Expr::value(now))
        .col_expr(
            hearing_outcome::Column::PublishedBy,
            Expr::value(who.account_id),
        )
        .col_expr(
            hearing_outcome::Column::ConsultedVersion,
            Expr::value(changes.consulted),
        )
        .col_expr(
            hearing_outcome::Column::AdoptedVersion,
            Expr::value(changes.adopted),
        )
        .col_expr(
            hearing_outcome::Column::ChangesJson,
            Expr::value(changes_json),
        )
        .filter(hearing_outcome::Column::Id.eq(outcome.id))
        .filter(hearing_outcome::Column::PublishedAt.is_null())
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Queues one e-mail per respondent address, each once by its key; how many were queued.
async fn queue_mails(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
    outcome: &hearing_outcome::Model,
    facts: &Facts,
    (now, base_url): (DateTime<Utc>, &str),
) -> Result<usize, AppError> {
    let common = shared(hearing, outcome, base_url);
    let mut queued = 0;
    for recipient in recipients(&facts.counted, &facts.remarks) {
        let key = letter::key(hearing.id, &recipient.address);
        let about = recipient.answers[0].response_id;
        let mail = letter::compose(&recipient, &common);
        if queue_once_about(db, key, about, mail, now).await? {
            queued += 1;
        }
    }
    Ok(queued)
}

/// Marks the hearing decided (the retention of its personal data runs from here) unless it
/// was; its status before, for the audit entry.
async fn decide(
    db: &impl ConnectionTrait,
    hearing: hearing::Model,
    now: DateTime<Utc>,
) -> Result<serde_json::Value, AppError> {
    let before = json!({"status": hearing.status});
    if hearing.status != HearingState::Decided {
        let mut decided = hearing.into_active_model();
        decided.status = Set(HearingState::Decided);
        decided.decided_at = Set(Some(now));
        decided.updated_at = Set(now);
        decided.update(db).await?;
    }
    Ok(before)
}
