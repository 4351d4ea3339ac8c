//! The account list for admins: each account with its roles (and their hearings), its
//! status and its latest sign-in; and the hearings a role can be for.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder, QuerySelect};

use super::{RoleRow, UserRow};
use crate::entities::{account, account_role, hearing, session};
use crate::error::AppError;
use crate::hearing::HearingLink;

/// Every hearing, for the role forms.
pub async fn hearings(db: &impl ConnectionTrait) -> Result<Vec<HearingLink>, AppError> {
    Ok(hearing::Entity::find()
        .order_by_desc(hearing::Column::OpensAt)
        .all(db)
        .await?
        .into_iter()
        .map(|h| HearingLink {
            slug: h.slug,
            title: h.title,
        })
        .collect())
}

/// Every account with its roles, status and latest sign-in, by name.
pub async fn accounts(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Vec<UserRow>, AppError> {
    let names: HashMap<i32, hearing::Model> = hearing::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|h| (h.id, h))
        .collect();
    let mut roles: HashMap<i32, Vec<RoleRow>> = HashMap::new();
    for r in account_role::Entity::find()
        .order_by_asc(account_role::Column::Id)
        .all(db)
        .await?
    {
        let hearing = r.hearing_id.and_then(|id| names.get(&id));
        roles.entry(r.account_id).or_default().push(RoleRow {
            id: r.id,
            role: r.role,
            hearing: hearing.map(|h| h.slug.clone()),
            hearing_title: hearing.map(|h| h.title.clone()),
        });
    }
    let mut last: HashMap<i32, DateTime<Utc>> = HashMap::new();
    let sessions: Vec<(i32, DateTime<Utc>)> = session::Entity::find()
        .select_only()
        .column(session::Column::AccountId)
        .column(session::Column::CreatedAt)
        .into_tuple()
        .all(db)
        .await?;
    for (id, at) in sessions {
        let latest = last.entry(id).or_insert(at);
        *latest = (*latest).max(at);
    }
    let accounts = account::Entity::find()
        .order_by_asc(account::Column::Name)
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?;
    Ok(accounts
        .into_iter()
        .map(|a| UserRow {
            status: status(&a, now).into(),
            roles: roles.remove(&a.id).unwrap_or_default(),
            last_sign_in_at: last.get(&a.id).copied(),
            id: a.id,
            name: a.name,
            email: a.email,
        })
        .collect())
}

fn status(a: &account::Model, now: DateTime<Utc>) -> &'static str {
    if a.disabled {
        "disabled"
    } else if a.locked_until.is_some_and(|until| until > now) {
        "locked"
    } else {
        "active"
    }
}
