//! The one-time links mailed to an official ([`AccountLink`]): signing in without the
//! password, resetting it, and setting the first one of a new account. Only the token's
//! SHA-256 is stored. Asking for a link answers the same whether the address has an account
//! or not. Using a sign-in link is here; using a password link is `users::reset`.

use std::net::IpAddr;

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
use crate::respondent::Email;
use crate::state::AppState;
use crate::token;
use crate::vocab::AccountTokenPurpose;
use crate::web::limit::Action;

/// How long a sign-in link works.
pub const LINK_MINUTES: i64 = 15;
/// How long a reset link works.
pub const RESET_MINUTES: i64 = 60;
/// How long a new official's set-password link works.
pub const INVITE_DAYS: i64 = 7;

/// What a one-time link mailed to an official is for: each has its token purpose, its
/// lifetime, its page and its e-mail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountLink {
    /// Signs in without the password (`/admin/login/{token}`).
    SignIn,
    /// Sets a new password, asked for by its official (`/admin/password-reset/{token}`).
    Reset,
    /// Sets the first password of an account an admin created (the same page).
    Invite,
}

impl AccountLink {
    fn purpose(self) -> AccountTokenPurpose {
        match self {
            AccountLink::SignIn => AccountTokenPurpose::Login,
            AccountLink::Reset | AccountLink::Invite => AccountTokenPurpose::Reset,
        }
    }

    fn lifetime(self) -> Duration {
        match self {
            AccountLink::SignIn => Duration::minutes(LINK_MINUTES),
            AccountLink::Reset => Duration::minutes(RESET_MINUTES),
            AccountLink::Invite => Duration::days(INVITE_DAYS),
        }
    }

    /// The limit on asking for it, per network and address (an invite is not asked for).
    fn action(self) -> Action {
        match self {
            AccountLink::SignIn => Action::SignInLink,
            AccountLink::Reset | AccountLink::Invite => Action::PasswordReset,
        }
    }

    /// The page the link opens, under `/admin/`.
    fn page(self) -> &'static str {
        match self {
            AccountLink::SignIn => "login",
            AccountLink::Reset | AccountLink::Invite => "password-reset",
        }
    }

    /// The e-mail (subject, text) that carries `link` to `name`.
    fn mail(self, locale: Locale, name: &str, link: &str) -> (&'static str, String) {
        let t = locale.messages();
        match self {
            AccountLink::SignIn => (
                t.login_link_subject(),
                t.login_link_body(name, link, LINK_MINUTES),
            ),
            AccountLink::Reset => (t.reset_subject(), t.reset_body(name, link, RESET_MINUTES)),
            AccountLink::Invite => (t.invite_subject(), t.invite_body(name, link, INVITE_DAYS)),
        }
    }
}

/// Inserts a link of `kind` for `account` and queues its mail, in the caller's transaction.
pub async fn issue(
    db: &impl ConnectionTrait,
    account: &account::Model,
    (kind, base_url, locale): (AccountLink, &str, Locale),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let raw = new_token(db, account.id, (kind.purpose(), kind.lifetime()), now).await?;
    let link = format!("{base_url}/admin/{}/{raw}", kind.page());
    let name = crate::one_line::flatten(&account.name);
    let (subject, text) = kind.mail(locale, &name, &link);
    let mail = NewMail {
        to: account.email.clone(),
        subject: subject.into(),
        text,
    };
    queue(db, mail, now).await?;
    Ok(())
}

/// Mails a link of `kind` to `email` when it belongs to an active account; does nothing (and
/// says nothing different) otherwise.
async fn send(
    db: &DatabaseConnection,
    email: &str,
    (kind, base_url, locale): (AccountLink, &str, Locale),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let Some(account) = accounts::find(db, email).await?.filter(|a| !a.disabled) else {
        return Ok(());
    };
    let txn = crate::db::begin_write(db).await?;
    issue(&txn, &account, (kind, base_url, locale), now).await?;
    txn.commit().await?;
    Ok(())
}

/// Sends a link of `kind` to `address` as its form or API call asks, within the link's own
/// limits (per network and address), and wakes the mail sender. Answers alike whether the
/// address has an account.
pub async fn ask(
    state: &AppState,
    address: &Email,
    kind: AccountLink,
    (client, locale): (IpAddr, Locale),
) -> Result<(), AppError> {
    let email = Some(address.as_str());
    state
        .limiter
        .check(&state.db, kind.action(), client, email)
        .await?;
    let now = state.clock.now();
    send(
        &state.db,
        address.as_str(),
        (kind, &state.base_url, locale),
        now,
    )
    .await?;
    state.mail_nudge.notify_one();
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
