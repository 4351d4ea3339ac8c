//! What officials see of a hearing's digests: the settings and recipients, the digests to
//! come, the ones queued with how their mails fared, and warnings (a final digest that could
//! not go out in time, mails given up on, no recipients).

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::schedule::{self, Kind};
use super::{DigestOverview, RunView, Upcoming, queue, settings, worker};
use crate::auth::{Capability, Principal};
use crate::entities::{digest_run, hearing, mail_outbox};
use crate::error::AppError;
use crate::hearing::store::{find_by_slug, local, zone};
use crate::moderation::HearingLink;

/// The digest overview of hearing `slug` for `who` (who must be able to read its responses).
pub async fn overview(
    db: &impl ConnectionTrait,
    who: &Principal,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<DigestOverview, AppError> {
    let hearing = find_by_slug(db, slug).await?.ok_or(AppError::NotFound)?;
    who.require(Capability::ReadResponses, Some(hearing.id))?;
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
    let final_sent = runs.iter().any(|run| run.kind == Kind::Final.as_str());
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
            kind: slot.kind.as_str().to_owned(),
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

/// The hearing's digests, newest first, with their mails' fate.
async fn runs(
    db: &impl ConnectionTrait,
    hearing: &hearing::Model,
) -> Result<Vec<RunView>, AppError> {
    let rows = digest_run::Entity::find()
        .filter(digest_run::Column::HearingId.eq(hearing.id))
        .order_by_desc(digest_run::Column::Id)
        .all(db)
        .await?;
    let mut views = Vec::with_capacity(rows.len());
    for run in rows {
        let mails = mail_outbox::Entity::find()
            .filter(mail_outbox::Column::DedupeKey.starts_with(format!("digest:{}:", run.id)))
            .all(db)
            .await?;
        let count = |status: &str| mails.iter().filter(|m| m.status == status).count();
        views.push(RunView {
            id: run.id,
            queued: local(run.created_at, zone(hearing)),
            sent: count("sent"),
            pending: count("pending"),
            failed: count("failed"),
            last_error: mails
                .iter()
                .filter(|m| m.status != "sent")
                .find_map(|m| m.last_error.clone()),
            kind: run.kind,
            period: run.period,
            subject: run.subject,
        });
    }
    Ok(views)
}
