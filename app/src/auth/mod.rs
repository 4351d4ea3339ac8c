//! Officials' sign-in and what each role may do. Residents never need an account.
//!
//! Roles are held globally or for one hearing. Every page and API route of the workspace asks
//! the [`Principal`] (who is signed in) whether it [`Principal::can`] do a [`Capability`] on
//! a hearing; the table in [`Role::allows`] is the whole policy.

#[cfg(feature = "ssr")]
pub mod accounts;
#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod extract;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod links;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod session;
mod view;

#[cfg(feature = "ssr")]
pub use extract::{OfficialCall, OfficialForm, signed_in_or_sign_in};
pub use view::{LinkSignInPage, LoginPage};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Who is signed in, as pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
}

/// The signed-in official, if any.
#[server(prefix = "/sf", endpoint = "current_official")]
pub async fn current_official() -> Result<Option<Official>, AppError> {
    let state = crate::state::app_state()?;
    match extract::current(&state).await {
        Ok(p) => Ok(Some(Official {
            name: p.name,
            email: p.email,
        })),
        Err(AppError::Unauthorized) => Ok(None),
        Err(other) => Err(other),
    }
}

/// A refused sign-in: the address typed (never the password) and the message.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginFormState {
    /// The e-mail address typed.
    pub email: String,
    /// Where to go after signing in.
    pub next: String,
    /// The message.
    pub error: String,
}

/// The refused sign-in the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "login_refused")]
pub async fn login_refused() -> Result<Option<LoginFormState>, AppError> {
    Ok(use_context::<LoginFormState>())
}

pub use crate::vocab::Role;

/// Something a role may be allowed to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Capability {
    /// Read every response, whatever its status, with private fields.
    ReadResponses,
    /// Publish, hold, reject.
    Moderate,
    /// Register a response that came by e-mail, by letter or at a meeting.
    RegisterResponses,
    /// Edit the hearing, its draft and its parties.
    ManageHearing,
    /// Create accounts and give roles.
    ManageUsers,
    /// Read the audit log.
    ReadAudit,
}

impl Role {
    /// The policy: what this role may do.
    pub fn allows(self, capability: Capability) -> bool {
        use Capability::*;
        match self {
            Role::Admin => true,
            Role::Official => matches!(
                capability,
                ReadResponses | Moderate | RegisterResponses | ManageHearing
            ),
            Role::Moderator => matches!(capability, ReadResponses | Moderate | RegisterResponses),
            Role::Reader => matches!(capability, ReadResponses),
        }
    }
}

/// A signed-in official and their roles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    /// The account's id.
    pub account_id: i32,
    /// Their e-mail address.
    pub email: String,
    /// Their name.
    pub name: String,
    /// Roles, each for every hearing (`None`) or for one.
    pub roles: Vec<(Role, Option<i32>)>,
}

impl Principal {
    /// Whether some role of theirs allows `capability` on `hearing_id` (`None`: on
    /// something that belongs to no hearing, which only global roles reach).
    pub fn can(&self, capability: Capability, hearing_id: Option<i32>) -> bool {
        self.roles.iter().any(|(role, scope)| {
            role.allows(capability)
                && (scope.is_none() || (*scope == hearing_id && hearing_id.is_some()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn principal(roles: Vec<(Role, Option<i32>)>) -> Principal {
        Principal {
            account_id: 1,
            email: "a@kk.dk".into(),
            name: "A".into(),
            roles,
        }
    }

    #[test]
    fn a_role_for_one_hearing_reaches_that_hearing_only() {
        let moderator = principal(vec![(Role::Moderator, Some(7))]);
        assert!(moderator.can(Capability::Moderate, Some(7)));
        assert!(!moderator.can(Capability::Moderate, Some(8)));
        assert!(!moderator.can(Capability::Moderate, None));
        assert!(!moderator.can(Capability::ManageHearing, Some(7)));
    }

    #[test]
    fn readers_read_and_admins_do_everything() {
        let reader = principal(vec![(Role::Reader, None)]);
        assert!(reader.can(Capability::ReadResponses, Some(3)));
        assert!(!reader.can(Capability::Moderate, Some(3)));
        assert!(!reader.can(Capability::ReadAudit, None));
        let admin = principal(vec![(Role::Admin, None)]);
        assert!(admin.can(Capability::ManageUsers, None));
        assert!(admin.can(Capability::ReadAudit, None));
    }
}
