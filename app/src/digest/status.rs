//! What officials see of a hearing's digests: the settings and recipients, the digests to
//! come, the ones queued with how their mails fared, and warnings (a final digest that could
//! not go out in time, mails given up on, no recipients).

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::schedule::{self, Kind};
use super::{DigestOverview, RunView, Upcoming, queue, settings, worker};
use crate::auth::{Capability, Principal};
use crate::entities::{digest_run, hearing, mail_outbox};
use crate::error::AppError;
use crate::hearing::HearingLink;
use crate::hearing::store::hearing_for;
use crate::hearing::store::{local, zone};
use crate::vocab::MailStatus;

/// The digest overview of hearing `slug` for `who` (who must be able to read its responses).
pub async fn overview(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<DigestOverview, AppError> {
    let hearing = hearing_for(db, who, slug, Capability::ReadResponses).await?;
    let settings = settings::read(db, hearing.id).await?;
    let timeline = worker::timeline(db, &hearing).await?;
    let runs = runs(db, &hearing).await?;
    let recipients = queue::recipients(db, hearing.id).await?;
    let mut warnings = Vec::new();
    if recipients.is_empty() {
        warnings.push("no_recipients".to_owned());
    }
    if timeline.final_proposal.is_none() {
        warnings.push("no_final_milestone".to_owned());
    }
    let final_sent = runs.iter().any(|run| run.kind == Kind::Final);
    if schedule::milestone_passed(&timeline, now) && !final_sent {
        warnings.push("final_missed".to_owned());
    }
    if runs.iter().any(|run| run.failed > 0) {
        warnings.push("delivery_failed".to_owned());
    }
    let zone = zone(&hearing);
    let upcoming = schedule::upcoming(&timeline, &settings, now)
        .into_iter()
        .map(|slot| Upcoming {
            kind: slot.kind,
            at: local(slot.at, zone),
        })
        .collect();
    Ok(DigestOverview {
        can_manage: who.can(Capability::ManageHearing, Some(hearing.id)),
        hearing: HearingLink {
            slug: hearing.slug,
            title: hearing.title,
        },
        settings,
        recipients,
        upcoming,
        runs,
        warnings,
    })
}

/// The hearing's digests, newest first, with their mails' fate (two queries in all).
async fn runs(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
) -> Result<Vec<RunView>, AppError> {
    let rows = digest_run::Entity::find()
        .filter(digest_run::Column::HearingId.eq(hearing.id))
        .order_by_desc(digest_run::Column::Id)
        .all(db)
        .await?;
    let keys = rows.iter().fold(Condition::any(), |any, run| {
        any.add(mail_outbox::Column::DedupeKey.starts_with(key_prefix(run.id)))
    });
    let mails = if rows.is_empty() {
        Vec::new()
    } else {
        mail_outbox::Entity::find().filter(keys).all(db).await?
    };
    Ok(rows
        .into_iter()
        .map(|run| {
            let prefix = key_prefix(run.id);
            let mine: Vec<&mail_outbox::Model> = mails
                .iter()
                .filter(|m| {
                    m.dedupe_key
                        .as_deref()
                        .is_some_and(|k| k.starts_with(&prefix))
                })
                .collect();
            let count = |status: MailStatus| mine.iter().filter(|m| m.status == status).count();
            RunView {
                id: run.id,
                queued: local(run.created_at, zone(hearing)),
                sent: count(MailStatus::Sent),
                pending: count(MailStatus::Pending),
                failed: count(MailStatus::Failed),
                last_error: mine
                    .iter()
                    .filter(|m| m.status != MailStatus::Sent)
                    .find_map(|m| m.last_error.clone()),
                kind: run.kind,
                period: run.period,
                subject: run.subject,
            }
        })
        .collect())
}

/// The start of the dedupe keys of digest `run_id`'s mails (see [`super::queue`]).
pub fn key_prefix(run_id: i32) -> String {
    format!("digest:{run_id}:")
}
