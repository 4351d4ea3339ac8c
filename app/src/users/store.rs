//! User management for admins: the account list, creating an account (the new official is
//! mailed a set-password link), adding and removing roles, disabling and enabling. Each
//! change and its audit entry are one transaction. An admin cannot remove their own last
//! admin role nor disable themselves.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;

use super::input::{Grant, NewUser, Problems, parse_grant};
use crate::audit::{self, Entry};
use crate::auth::links::{self, AccountLink};
use crate::auth::{Capability, Principal, Role, accounts, session};
use crate::entities::{account, account_role};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::one_line::{OneLine, OneLineError};

fn role_names(roles: &[account_role::Model]) -> serde_json::Value {
    let names: Vec<String> = roles
        .iter()
        .map(|r| match r.hearing_id {
            Some(h) => format!("{}:{h}", r.role),
            None => r.role.to_string(),
        })
        .collect();
    json!({ "roles": names })
}

async fn roles_of(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> Result<Vec<account_role::Model>, AppError> {
    Ok(account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account_id))
        .order_by_asc(account_role::Column::Id)
        .all(db)
        .await?)
}

async fn account_by_id(db: &impl ConnectionTrait, id: i32) -> Result<account::Model, AppError> {
    account::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Creates an account with its first role and mails the new official a set-password link.
pub async fn create(
    db: &DatabaseConnection,
    who: &Principal,
    new: NewUser,
    (base_url, locale): (&str, Locale),
    now: DateTime<Utc>,
) -> Result<account::Model, AppError> {
    who.require(Capability::ManageUsers, None)?;
    let mut problems = Problems::new(locale);
    let t = locale.messages();
    let name = OneLine::parse(&new.name, accounts::MAX_NAME_CHARS)
        .inspect_err(|e| match e {
            OneLineError::Empty => problems.add("name", |t| t.name_required()),
            OneLineError::TooLong { max } => problems.insert("name", t.ha_too_long(*max)),
            OneLineError::NotOneLine => problems.add("name", |t| t.not_one_line()),
        })
        .ok();
    let email = crate::respondent::Email::parse(&new.email)
        .map(|e| e.as_str().to_lowercase())
        .ok();
    match &email {
        None => problems.add("email", |t| t.email_invalid()),
        Some(e) if accounts::find(db, e).await?.is_some() => {
            problems.add("email", |t| t.email_taken())
        }
        Some(_) => {}
    }
    let grant = Grant {
        role: new.role,
        hearing: new.hearing,
    };
    let parsed = parse_grant(db, &grant, &mut problems).await?;
    problems.check()?;
    let (Some(name), Some(email), Some((role, hearing_id))) = (name, email, parsed) else {
        return Err(AppError::Internal);
    };
    let txn = crate::db::begin_write(db).await?;
    let row = accounts::insert(&txn, (email, name), None, (role, hearing_id), now).await?;
    links::issue(&txn, &row, (AccountLink::Invite, base_url, locale), now).await?;
    let after = json!({"email": row.email, "name": row.name, "roles": [role.as_str()], "hearing_id": hearing_id});
    record(
        &txn,
        who,
        ("account.create", row.id, hearing_id),
        (json!({}), after),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

async fn record(
    db: &impl ConnectionTrait,
    who: &Principal,
    (action, account_id, hearing_id): (&str, i32, Option<i32>),
    (before, after): (serde_json::Value, serde_json::Value),
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let entry = Entry {
        actor_id: Some(who.account_id),
        action,
        entity: "account",
        entity_id: account_id,
        hearing_id,
        reason: None,
        before,
        after,
    };
    audit::record(db, entry, now).await
}

/// Audits a change of an account's roles: the roles it had (`before`) and has now.
async fn record_roles(
    db: &impl ConnectionTrait,
    who: &Principal,
    (action, account_id, hearing_id): (&str, i32, Option<i32>),
    before: &[account_role::Model],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let after = roles_of(db, account_id).await?;
    let change = (role_names(before), role_names(&after));
    record(db, who, (action, account_id, hearing_id), change, now).await
}

/// Gives an account a role.
pub async fn add_role(
    db: &DatabaseConnection,
    who: &Principal,
    account_id: i32,
    grant: Grant,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    who.require(Capability::ManageUsers, None)?;
    account_by_id(db, account_id).await?;
    let mut problems = Problems::new(locale);
    let parsed = parse_grant(db, &grant, &mut problems).await?;
    let txn = crate::db::begin_write(db).await?;
    let before = roles_of(&txn, account_id).await?;
    if let Some((role, hearing_id)) = parsed {
        let held = before
            .iter()
            .any(|r| r.role == role && r.hearing_id == hearing_id);
        if held {
            problems.add("role", |t| t.role_exists());
        }
    }
    problems.check()?;
    let Some((role, hearing_id)) = parsed else {
        return Err(AppError::Internal);
    };
    account_role::ActiveModel {
        account_id: Set(account_id),
        role: Set(role),
        hearing_id: Set(hearing_id),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let change = ("account.role_add", account_id, hearing_id);
    record_roles(&txn, who, change, &before, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Takes a role from an account; not an admin's own last admin role.
pub async fn remove_role(
    db: &DatabaseConnection,
    who: &Principal,
    (account_id, role_id): (i32, i32),
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    who.require(Capability::ManageUsers, None)?;
    let txn = crate::db::begin_write(db).await?;
    let before = roles_of(&txn, account_id).await?;
    let target = before
        .iter()
        .find(|r| r.id == role_id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let global_admin = |r: &account_role::Model| r.role == Role::Admin && r.hearing_id.is_none();
    let last_admin =
        global_admin(&target) && before.iter().filter(|r| global_admin(r)).count() == 1;
    if account_id == who.account_id && last_admin {
        let mut problems = Problems::new(locale);
        problems.add("role", |t| t.cannot_remove_own_admin());
        return problems.check();
    }
    account_role::Entity::delete_by_id(role_id)
        .exec(&txn)
        .await?;
    let change = ("account.role_remove", account_id, target.hearing_id);
    record_roles(&txn, who, change, &before, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Disables (signing out every session) or enables an account; never the admin's own.
pub async fn set_disabled(
    db: &DatabaseConnection,
    who: &Principal,
    (account_id, disabled): (i32, bool),
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    who.require(Capability::ManageUsers, None)?;
    if disabled && account_id == who.account_id {
        let mut problems = Problems::new(locale);
        problems.add("account", |t| t.cannot_disable_self());
        return problems.check();
    }
    let txn = crate::db::begin_write(db).await?;
    let account = account_by_id(&txn, account_id).await?;
    let was = account.disabled;
    let mut update: account::ActiveModel = account.into();
    update.disabled = Set(disabled);
    update.update(&txn).await?;
    let ended = if disabled {
        session::end_all(&txn, account_id).await?
    } else {
        0
    };
    let action = if disabled {
        "account.disable"
    } else {
        "account.enable"
    };
    let change = (
        json!({"disabled": was}),
        json!({"disabled": disabled, "sessions_ended": ended}),
    );
    record(&txn, who, (action, account_id, None), change, now).await?;
    txn.commit().await?;
    Ok(())
}
