//! Sign-in by e-mail link: a one-time link, valid for [`LINK_MINUTES`], mailed to an
//! official's address. Asking for one answers the same whether the address has an account
//! or not.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set,
};

use super::accounts;
use crate::entities::{account, account_token};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::mail::outbox::{NewMail, queue};
use crate::token;
use crate::vocab::AccountTokenPurpose;

/// How long a sign-in link works.
pub const LINK_MINUTES: i64 = 15;

/// Mails a sign-in link to `email` when it belongs to an active account; does nothing (and
/// says nothing different) otherwise.
pub async fn send(
    db: &DatabaseConnection,
    email: &str,
    (base_url, locale): (&str, Locale),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let Some(account) = accounts::find(db, email).await?.filter(|a| !a.disabled) else {
        return Ok(());
    };
    let txn = crate::db::begin_write(db).await?;
    let lifetime = Duration::minutes(LINK_MINUTES);
    let raw = new_token(
        &txn,
        account.id,
        (AccountTokenPurpose::Login, lifetime),
        now,
    )
    .await?;
    let t = locale.messages();
    let link = format!("{base_url}/admin/login/{raw}");
    let mail = NewMail {
        to: account.email,
        subject: t.login_link_subject().into(),
        text: t.login_link_body(
            &crate::one_line::flatten(&account.name),
            &link,
            LINK_MINUTES,
        ),
    };
    queue(&txn, mail, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Stores a new one-time `account_token` of `purpose` for the account, valid for `lifetime`
/// (only its SHA-256), and answers the raw token for the link.
pub(crate) async fn new_token(
    db: &impl ConnectionTrait,
    account_id: i32,
    (purpose, lifetime): (AccountTokenPurpose, Duration),
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let (raw, hash) = token::generate();
    account_token::ActiveModel {
        account_id: Set(account_id),
        purpose: Set(purpose),
        token_sha256: Set(hash),
        expires_at: Set(now + lifetime),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(raw)
}

/// Uses up the unused, unexpired `account_token` `raw` of `purpose` with one conditional
/// UPDATE and answers its account's id, or `None` when no row changed. Of two concurrent
/// uses of one link only one changes the row, on PostgreSQL (READ COMMITTED) as on SQLite,
/// so a read-then-write race cannot let both through.
pub(crate) async fn use_up(
    db: &impl ConnectionTrait,
    raw: &str,
    purpose: AccountTokenPurpose,
    now: DateTime<Utc>,
) -> Result<Option<i32>, AppError> {
    let hash = token::hash(raw.trim());
    let changed = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::TokenSha256.eq(hash.as_str()))
        .filter(account_token::Column::Purpose.eq(purpose))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?
        .rows_affected;
    if changed != 1 {
        return Ok(None);
    }
    let account_id = account_token::Entity::find()
        .select_only()
        .column(account_token::Column::AccountId)
        .filter(account_token::Column::TokenSha256.eq(hash))
        .filter(account_token::Column::Purpose.eq(purpose))
        .into_tuple()
        .one(db)
        .await?;
    Ok(account_id)
}

/// The account a sign-in link belongs to, when it is unused and in time; the link is used up.
pub async fn consume(
    db: &DatabaseConnection,
    raw: &str,
    now: DateTime<Utc>,
) -> Result<Option<account::Model>, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let Some(account_id) = use_up(&txn, raw, AccountTokenPurpose::Login, now).await? else {
        return Ok(None);
    };
    let account = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .filter(|a| !a.disabled);
    txn.commit().await?;
    Ok(account)
}
