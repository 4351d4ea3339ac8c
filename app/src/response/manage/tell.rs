//! What an author's change leaves behind: an audit entry for every change through the
//! private link (the text before and after, so what an official decided on stays on record),
//! and, when the change meets an official's decision, a mail to the hearing's officials.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Condition;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::auth::{Capability, Role};
use crate::entities::{account, account_role, audit_log, hearing, response};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue_once};

/// The audit action of a change by the author.
pub const CHANGED: &str = "respondent.change";
/// The audit action of a withdrawal by the author.
pub const WITHDRAWN: &str = "respondent.withdraw";

/// Records the author's change of `before` into `after` (no official acted: no actor).
pub async fn record(
    db: &impl ConnectionTrait,
    (before, after): (&response::Model, &response::Model),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let state = |r: &response::Model| json!({"status": r.status, "held_reason": r.held_reason, "stance": r.stance, "text": r.body});
    let entry = Entry {
        actor_id: None,
        action: if after.status == crate::vocab::ResponseStatus::Withdrawn {
            WITHDRAWN
        } else {
            CHANGED
        },
        entity: "response",
        entity_id: after.id,
        hearing_id: Some(after.hearing_id),
        reason: None,
        before: state(before),
        after: state(after),
    };
    audit::record(db, entry, now).await
}

/// Mails every official who may moderate the hearing that the author changed a response an
/// official had decided on, and that it stays where it was put. Once per official and
/// decision: an author changing the text again and again fills the audit log, not inboxes.
pub async fn tell_officials(
    db: &impl ConnectionTrait,
    (row, hearing): (&response::Model, &hearing::Model),
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let decision = last_decision(db, row.id).await?;
    let t = Locale::Da.messages();
    let link = format!("{base_url}/admin/responses/{}", row.id);
    let subject = t.author_changed_mail_subject(&row.svarnummer);
    let body = t.author_changed_mail_body(
        &hearing.title,
        &row.svarnummer,
        t.status_name(row.status),
        &link,
    );
    for official in moderators(db, hearing.id).await? {
        let key = format!("author-change:{}:{decision}:{}", row.id, official.id);
        let mail = NewMail {
            to: official.email,
            subject: subject.clone(),
            text: body.clone(),
        };
        queue_once(db, key, mail, None, now).await?;
    }
    Ok(())
}

/// The audit id of the latest official decision on the response (0 when there is none).
async fn last_decision(db: &impl ConnectionTrait, response_id: i32) -> Result<i64, AppError> {
    let id = audit_log::Entity::find()
        .select_only()
        .column(audit_log::Column::Id)
        .filter(audit_log::Column::Entity.eq("response"))
        .filter(audit_log::Column::EntityId.eq(response_id))
        .filter(audit_log::Column::Action.starts_with("moderation."))
        .order_by_desc(audit_log::Column::Id)
        .into_tuple::<i64>()
        .one(db)
        .await?;
    Ok(id.unwrap_or(0))
}

/// The active accounts that may moderate the hearing (a role for it, or for every hearing).
pub(crate) async fn moderators(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<Vec<account::Model>, AppError> {
    let roles = Role::ALL
        .iter()
        .copied()
        .filter(|role| role.allows(Capability::Moderate))
        .map(Role::as_str);
    let scope = Condition::any()
        .add(account_role::Column::HearingId.is_null())
        .add(account_role::Column::HearingId.eq(hearing_id));
    let ids: Vec<i32> = account_role::Entity::find()
        .select_only()
        .column(account_role::Column::AccountId)
        .filter(account_role::Column::Role.is_in(roles))
        .filter(scope)
        .into_tuple()
        .all(db)
        .await?;
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .filter(account::Column::Disabled.eq(false))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?)
}
