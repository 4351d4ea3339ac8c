//! The administration's mailbox: e-mailed høringssvar taken straight into a hearing. A mail
//! server hands each message to `ordet ingest-mail --hearing SLUG` (Postfix `pipe`, an alias
//! `|command`); it becomes a response on the e-mail channel that awaits an official's review,
//! its sender gets the usual receipt, and the same message delivered twice is registered
//! once. A message that cannot be read as a response is kept whole (quarantine) and listed on
//! the hearing's inbox for officials, never dropped.

#[cfg(feature = "ssr")]
pub mod ingest;
#[cfg(feature = "ssr")]
pub mod message;
#[cfg(feature = "ssr")]
pub mod quarantine;
#[cfg(feature = "ssr")]
pub mod quarantine_api;
mod quarantine_view;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

pub use quarantine_view::QuarantineNotice;

/// A message kept for officials because it could not be registered as a response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct QuarantinedMail {
    /// Its id (download: `/admin/mail/{id}.eml`).
    pub id: i32,
    /// When it came, on the hearing's wall clock (no offset).
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "2010-11-15T10:12:00"))]
    pub received_local: NaiveDateTime,
    /// The `From` header, when it could be read.
    pub sender: Option<String>,
    /// The subject, when it could be read.
    pub subject: Option<String>,
    /// Why it was not registered.
    pub problem: String,
    /// Its size in bytes.
    pub size_bytes: i64,
}

/// The kept messages of hearing `slug` for the signed-in official's inbox (none for one who
/// may not register responses in it).
#[leptos::server(prefix = "/sf", endpoint = "load_quarantine")]
pub async fn load_quarantine(slug: String) -> Result<Vec<QuarantinedMail>, crate::error::AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    quarantine_api::for_page(&state, &who, &slug).await
}
