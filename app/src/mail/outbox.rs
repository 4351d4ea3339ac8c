//! The mail outbox table: queue, pick due rows, mark them sent or failed.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::Mailer;
use crate::entities::mail_outbox;

/// After this many failed attempts a message is left as `failed` for officials to see.
pub const MAX_ATTEMPTS: i32 = 8;

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMail {
    /// Recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
}

/// Queues a message; call it inside the transaction of the change that causes it.
pub async fn queue(
    db: &impl ConnectionTrait,
    mail: NewMail,
    now: DateTime<Utc>,
) -> Result<i64, sea_orm::DbErr> {
    let row = mail_outbox::ActiveModel {
        dedupe_key: Set(None),
        to_addr: Set(mail.to),
        subject: Set(mail.subject),
        body_text: Set(mail.text),
        body_html: Set(None),
        status: Set("pending".into()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// Sends every due message once; returns how many were sent.
pub async fn send_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> Result<usize, sea_orm::DbErr> {
    let due = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Status.eq("pending"))
        .filter(mail_outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(mail_outbox::Column::Id)
        .limit(50)
        .all(db)
        .await?;
    let mut sent = 0;
    for row in due {
        let result = mailer.send(&row).await;
        let attempts = row.attempts + 1;
        let mut update: mail_outbox::ActiveModel = row.into();
        update.attempts = Set(attempts);
        match result {
            Ok(()) => {
                update.status = Set("sent".into());
                update.sent_at = Set(Some(now));
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(%error, attempts, "sending mail failed; will retry");
                update.last_error = Set(Some(error.to_string()));
                update.next_attempt_at = Set(now + backoff(attempts));
                if attempts >= MAX_ATTEMPTS {
                    update.status = Set("failed".into());
                }
            }
        }
        update.update(db).await?;
    }
    Ok(sent)
}

/// 30 s, 1 min, 2 min, … capped at one hour.
fn backoff(attempts: i32) -> chrono::Duration {
    let seconds = 30u64.saturating_mul(1 << attempts.clamp(0, 7)).min(3600);
    chrono::Duration::from_std(Duration::from_secs(seconds)).unwrap_or(chrono::Duration::hours(1))
}

/// Runs forever: sends what is due, then waits for a nudge or two seconds.
pub async fn run_worker(
    db: DatabaseConnection,
    mailer: Mailer,
    nudge: std::sync::Arc<tokio::sync::Notify>,
) {
    loop {
        if let Err(error) = send_due(&db, &mailer, Utc::now()).await {
            tracing::error!(%error, "mail outbox: database error");
        }
        let _ = tokio::time::timeout(Duration::from_secs(2), nudge.notified()).await;
    }
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn back_off_doubles_and_stops_at_an_hour() {
        assert_eq!(backoff(1).num_seconds(), 60);
        assert_eq!(backoff(2).num_seconds(), 120);
        assert_eq!(backoff(20).num_seconds(), 3600);
    }
}
