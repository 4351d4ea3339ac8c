//! Officials' records: the audit log's page (`/admin/audit`, admins) and as files, the audit
//! log as CSV or JSON (admins) and every attachment of a hearing as one ZIP named by
//! svarnummer (readers of the hearing). Both files are written as they are read, so neither
//! holds the whole record in memory.

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod attachments_zip;
#[cfg(feature = "ssr")]
pub mod audit_out;
mod audit_view;
mod view;

pub use audit_view::AuditPage;
use view::AuditExport;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A page of the audit log for the page `/admin/audit`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditView {
    /// Entries in all.
    pub total: u64,
    /// This page, newest first, each with its time on Copenhagen's wall clock.
    pub items: Vec<(chrono::NaiveDateTime, crate::audit::AuditEntry)>,
}

/// A page of the audit log (admins).
#[server(prefix = "/sf", endpoint = "load_audit")]
pub async fn load_audit(page: u64) -> Result<AuditView, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    who.require(crate::auth::Capability::ReadAudit, None)?;
    let paging = crate::paging::Paging::new(Some(page), None, crate::audit::PAGE_SIZE);
    let (total, entries) = crate::audit::page(&state.db, paging).await?;
    let items = entries
        .into_iter()
        .map(|e| {
            (
                crate::hearing::store::local(e.at, chrono_tz::Europe::Copenhagen),
                e,
            )
        })
        .collect();
    Ok(AuditView { total, items })
}
