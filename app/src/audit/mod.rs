//! The append-only audit log: every official's change (and the system's) is written in the
//! transaction of the change it records, never updated or deleted by the application. An
//! entry as officials see it ([`AuditEntry`]) and, with `ssr`, writing and reading the log
//! (`log.rs`). It imports no domain: every domain records its changes here.

#[cfg(feature = "ssr")]
mod log;

#[cfg(feature = "ssr")]
pub(crate) use log::with_names;
#[cfg(feature = "ssr")]
pub use log::{Entry, PAGE_SIZE, of_entity, page, record};

use serde::{Deserialize, Serialize};

/// An entry of the audit log as officials see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    /// Its id (rising).
    pub id: i64,
    /// When.
    pub at: chrono::DateTime<chrono::Utc>,
    /// Who (account id); absent for the system.
    pub actor_id: Option<i32>,
    /// Their name.
    pub actor_name: Option<String>,
    /// What, e.g. `moderation.hold`.
    pub action: String,
    /// Which kind of row.
    pub entity: String,
    /// Which row.
    pub entity_id: i32,
    /// The reason given.
    pub reason: Option<String>,
    /// The row's fields before.
    pub before: serde_json::Value,
    /// And after.
    pub after: serde_json::Value,
}
