//! What an admin types about an account: a new user and a role to give, checked field by
//! field with every refusal in the reader's language.

use std::collections::BTreeMap;

use sea_orm::ConnectionTrait;

use crate::auth::Role;
use crate::error::AppError;
use crate::i18n::{Locale, Messages};

/// A new account as an admin types it.
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct NewUser {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// `admin`, `official`, `moderator` or `reader`.
    pub role: String,
    /// The hearing the role is for (slug); empty or absent for every hearing.
    pub hearing: Option<String>,
}

/// A role to give.
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct Grant {
    /// `admin`, `official`, `moderator` or `reader`.
    pub role: String,
    /// The hearing it is for (slug); empty or absent for every hearing.
    pub hearing: Option<String>,
}

/// Refusals by field, in the reader's language.
pub(super) struct Problems(BTreeMap<String, String>, &'static dyn Messages);

impl Problems {
    pub(super) fn new(locale: Locale) -> Self {
        Problems(BTreeMap::new(), locale.messages())
    }
    pub(super) fn add(&mut self, field: &str, message: fn(&dyn Messages) -> &'static str) {
        self.0
            .entry(field.into())
            .or_insert_with(|| message(self.1).into());
    }
    pub(super) fn insert(&mut self, field: &str, message: String) {
        self.0.entry(field.into()).or_insert(message);
    }
    pub(super) fn check(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.0))
        }
    }
}

/// A role and its hearing's id from what was typed; problems noted.
pub(super) async fn parse_grant(
    db: &impl ConnectionTrait,
    grant: &Grant,
    problems: &mut Problems,
) -> Result<Option<(Role, Option<i32>)>, AppError> {
    let role = Role::parse(grant.role.trim());
    if role.is_none() {
        problems.add("role", |t| t.role_invalid());
    }
    let hearing_id = match grant
        .hearing
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => Some(None),
        Some(slug) => crate::hearing::store::find_by_slug(db, slug)
            .await?
            .map(|h| Some(h.id)),
    };
    if hearing_id.is_none() {
        problems.add("hearing", |t| t.hearing_invalid());
    }
    Ok(role.zip(hearing_id))
}
