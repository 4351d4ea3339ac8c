//! The tokens that let a resident at their data: a one-time link mailed to an address
//! ([`LINK_MINUTES`], spent by one conditional UPDATE), and the grant it (or the private link
//! in the receipt) opens ([`GRANT_MINUTES`]). Both are rows of `rights_token` holding the
//! address in lower case and the token's SHA-256 only.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, IntoCondition};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QuerySelect, Set,
};

use super::{GRANT_MINUTES, LINK_MINUTES, LinkState};
use crate::entities::{respondent, response, rights_token};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue};
use crate::respondent::Email;
use crate::token;
use crate::vocab::RightsTokenPurpose;

/// A mailed link: its purpose and how long it works.
const LINK: (RightsTokenPurpose, i64) = (RightsTokenPurpose::Link, LINK_MINUTES);
/// A grant: its purpose and how long it lasts.
const GRANT: (RightsTokenPurpose, i64) = (RightsTokenPurpose::Grant, GRANT_MINUTES);
/// How long spent and expired rows are kept (so a used link can say it was used).
const KEEP_DAYS: i64 = 1;

/// The address as it is compared: trimmed, in lower case.
pub fn normalise(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The condition "this column holds `email`, whatever its case".
pub fn same_address<C: ColumnTrait>(column: C, email: &str) -> impl IntoCondition {
    Expr::expr(Func::lower(Expr::col(column))).eq(normalise(email))
}

/// Whether any respondent gave `email`.
pub async fn is_known(db: &impl ConnectionTrait, email: &str) -> Result<bool, AppError> {
    let found = respondent::Entity::find()
        .filter(same_address(respondent::Column::Email, email))
        .count(db)
        .await?;
    Ok(found > 0)
}

/// Stores a new token of `purpose` for `email`, valid for `minutes`, and answers the raw
/// token. Rows that ran out more than a day ago go first: an address is not kept for long.
async fn issue(
    db: &impl ConnectionTrait,
    (purpose, minutes): (RightsTokenPurpose, i64),
    email: &str,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    rights_token::Entity::delete_many()
        .filter(rights_token::Column::ExpiresAt.lt(now - Duration::days(KEEP_DAYS)))
        .exec(db)
        .await?;
    let (raw, hash) = token::generate();
    rights_token::ActiveModel {
        purpose: Set(purpose),
        email: Set(normalise(email)),
        token_sha256: Set(hash),
        expires_at: Set(now + Duration::minutes(minutes)),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(raw)
}

/// Mails a one-time link to `email` when some respondent gave it; does nothing otherwise
/// (the caller answers alike). Answers whether a mail was queued.
pub async fn send_link(
    db: &DatabaseConnection,
    email: &Email,
    (base_url, locale): (&str, Locale),
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    if !is_known(db, email.as_str()).await? {
        return Ok(false);
    }
    let txn = crate::db::begin_write(db).await?;
    let raw = issue(&txn, LINK, email.as_str(), now).await?;
    let t = locale.messages();
    let mail = NewMail {
        to: email.as_str().to_owned(),
        subject: t.my_data_mail_subject().into(),
        text: t.my_data_mail_body(&format!("{base_url}/my-data/open/{raw}"), LINK_MINUTES),
    };
    queue(&txn, mail, now).await?;
    txn.commit().await?;
    Ok(true)
}

/// Where a mailed link stands at `now`; nothing is written.
pub async fn link_state(
    db: &impl ConnectionTrait,
    raw: &str,
    now: DateTime<Utc>,
) -> Result<LinkState, AppError> {
    let row = rights_token::Entity::find()
        .filter(rights_token::Column::TokenSha256.eq(token::hash(raw.trim())))
        .filter(rights_token::Column::Purpose.eq(RightsTokenPurpose::Link))
        .one(db)
        .await?;
    Ok(match row {
        None => LinkState::Unknown,
        Some(row) if row.used_at.is_some() => LinkState::Used,
        Some(row) if row.expires_at <= now => LinkState::Expired,
        Some(_) => LinkState::Live,
    })
}

/// Spends a mailed link and opens a grant for its address: the raw grant token, or `None`
/// when the link is unknown, used or too old. The link is spent by one conditional UPDATE,
/// so of two presses at once exactly one gets a grant.
pub async fn spend_link(
    db: &DatabaseConnection,
    raw: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, AppError> {
    if link_state(db, raw, now).await? != LinkState::Live {
        return Ok(None);
    }
    let hash = token::hash(raw.trim());
    let txn = crate::db::begin_write(db).await?;
    let spent = rights_token::Entity::update_many()
        .col_expr(rights_token::Column::UsedAt, Expr::value(now))
        .filter(rights_token::Column::TokenSha256.eq(hash.as_str()))
        .filter(rights_token::Column::Purpose.eq(RightsTokenPurpose::Link))
        .filter(rights_token::Column::UsedAt.is_null())
        .filter(rights_token::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
    if spent.rows_affected != 1 {
        return Ok(None);
    }
    let email: Option<String> = rights_token::Entity::find()
        .select_only()
        .column(rights_token::Column::Email)
        .filter(rights_token::Column::TokenSha256.eq(hash))
        .into_tuple()
        .one(&txn)
        .await?;
    let Some(email) = email else {
        return Ok(None);
    };
    let grant = issue(&txn, GRANT, &email, now).await?;
    txn.commit().await?;
    Ok(Some(grant))
}

/// Opens a grant for the address of the response behind a private link from a receipt (the
/// link proved the address; it keeps doing so after the deadline). `None` for an unknown link.
pub async fn grant_from_manage(
    db: &DatabaseConnection,
    manage_token: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, AppError> {
    let Some(id) = crate::response::manage::store::response_of(db, manage_token).await? else {
        return Ok(None);
    };
    let Some(row) = response::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let Some(respondent) = respondent::Entity::find_by_id(row.respondent_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let email = respondent.email;
    // A registration from another channel may have no address: nothing to open then.
    if email.trim().is_empty() {
        return Ok(None);
    }
    let txn = crate::db::begin_write(db).await?;
    let grant = issue(&txn, GRANT, &email, now).await?;
    txn.commit().await?;
    Ok(Some(grant))
}

/// The address a grant opens and when it ends, while it is live at `now`.
pub async fn granted(
    db: &impl ConnectionTrait,
    raw: &str,
    now: DateTime<Utc>,
) -> Result<Option<(String, DateTime<Utc>)>, AppError> {
    let row = rights_token::Entity::find()
        .filter(rights_token::Column::TokenSha256.eq(token::hash(raw.trim())))
        .filter(rights_token::Column::Purpose.eq(RightsTokenPurpose::Grant))
        .filter(rights_token::Column::ExpiresAt.gt(now))
        .one(db)
        .await?;
    Ok(row.map(|row| (row.email, row.expires_at)))
}

/// Ends a grant.
pub async fn end_grant(db: &impl ConnectionTrait, raw: &str) -> Result<(), AppError> {
    rights_token::Entity::delete_many()
        .filter(rights_token::Column::TokenSha256.eq(token::hash(raw.trim())))
        .filter(rights_token::Column::Purpose.eq(RightsTokenPurpose::Grant))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn addresses_compare_trimmed_and_in_lower_case() {
        assert_eq!(normalise("  Ida@Example.DK "), "ida@example.dk");
        assert_eq!(normalise("ida@example.dk"), normalise("IDA@EXAMPLE.DK"));
    }
}
