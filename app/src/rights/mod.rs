//! A resident's rights over the data stored about them (GDPR art. 15, 17 and 20): see
//! everything stored about their e-mail address across hearings, download it as JSON,
//! withdraw a response while its hearing is open, and ask for a response to be erased, which
//! an official carries out.
//!
//! Two ways in, both ending in a short-lived grant held in an `HttpOnly; SameSite=Strict`
//! cookie: the private link in the receipt (its page has a button), or `/my-data`, where a
//! one-time link is mailed to the address typed (said alike whether the address is known).
//! Every form is a plain HTML post, so it all works without JavaScript.

mod admin_view;
mod data_view;
mod link_view;
mod view;

pub use admin_view::ErasureRequestsPage;
pub use link_view::OpenLinkPage;
pub use view::MyDataPage;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod admin_post;
#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod carry_out;
#[cfg(feature = "ssr")]
pub mod erasure;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod gather;
#[cfg(feature = "ssr")]
pub mod grant;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// How long a mailed link works.
pub const LINK_MINUTES: i64 = 60;
/// How long a grant (the cookie) lasts.
pub const GRANT_MINUTES: i64 = 30;

/// Everything stored about one e-mail address: what `/my-data` shows and
/// `/my-data/export.json` hands over. Times are Copenhagen's, with their offset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyData {
    /// The address (as the resident proved it, in lower case).
    pub email: String,
    /// Every respondent row with this address: one per response sent.
    pub identities: Vec<Identity>,
    /// Every response of those respondents.
    pub responses: Vec<MyResponse>,
    /// Every mail queued to the address.
    pub mails: Vec<MyMail>,
    /// Every erasure request about these responses.
    pub erasure_requests: Vec<MyErasure>,
}

/// A respondent as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// The row's id (responses name it).
    pub id: i32,
    /// What kind of respondent.
    pub kind: crate::vocab::RespondentKind,
    /// The name.
    pub name: String,
    /// The organisation.
    pub organisation: Option<String>,
    /// The CVR number.
    pub cvr: Option<String>,
    /// Their role in the organisation.
    pub contact_role: Option<String>,
    /// The address as typed.
    pub email: String,
    /// The postal code.
    pub postal_code: Option<String>,
    /// Whether the name may be published with the response.
    pub publish_name: bool,
    /// When it was stored.
    pub created_at: DateTime<FixedOffset>,
}

/// A response as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyResponse {
    /// Its id (the withdraw and erasure forms name it).
    pub id: i32,
    /// The identity it was sent with.
    pub respondent_id: i32,
    /// The hearing's slug.
    pub hearing_slug: String,
    /// The hearing's title.
    pub hearing_title: String,
    /// Whether the hearing still takes changes (a withdrawal).
    pub hearing_open: bool,
    /// Whether the hearing has been decided (an erasure then keeps the anonymised text).
    pub hearing_decided: bool,
    /// The response's number.
    pub svarnummer: String,
    /// Where it stands.
    pub status: crate::vocab::ResponseStatus,
    /// How it came: `web`, `email`, `letter`, `meeting`.
    pub channel: crate::vocab::Channel,
    /// Its stance.
    pub stance: crate::vocab::Stance,
    /// The section it is about (number and heading).
    pub section: Option<String>,
    /// The paragraph it is about (its number).
    pub paragraph: Option<String>,
    /// The text as sent (or changed).
    pub text: String,
    /// The text as published, where an official edited it.
    pub published_text: Option<String>,
    /// When it was sent.
    pub submitted_at: DateTime<FixedOffset>,
    /// When the address was confirmed.
    pub verified_at: Option<DateTime<FixedOffset>>,
    /// When it was published.
    pub published_at: Option<DateTime<FixedOffset>>,
    /// When it last changed.
    pub updated_at: DateTime<FixedOffset>,
    /// Its files.
    pub files: Vec<MyFile>,
}

/// A file of a response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyFile {
    /// Its name.
    pub name: String,
    /// Its size in bytes.
    pub size_bytes: i64,
    /// Its SHA-256, as the receipt gave it.
    pub sha256: String,
    /// Whether the public may have it (checked for personal data, or released).
    pub released: bool,
}

/// A mail queued to the address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyMail {
    /// Its subject.
    pub subject: String,
    /// When it was queued.
    pub created_at: DateTime<FixedOffset>,
    /// When it was sent.
    pub sent_at: Option<DateTime<FixedOffset>>,
    /// `pending`, `sent` or `failed`.
    pub status: crate::vocab::MailStatus,
}

/// A request to erase a response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MyErasure {
    /// The request's id.
    pub id: i32,
    /// The response (none once it was erased entirely).
    pub response_id: Option<i32>,
    /// The response's number.
    pub svarnummer: String,
    /// When it was asked for.
    pub requested_at: DateTime<FixedOffset>,
    /// Whether an official has carried it out.
    pub status: crate::vocab::ErasureStatus,
    /// When an official carried it out.
    pub carried_out_at: Option<DateTime<FixedOffset>>,
}

/// What the data page shows: the data, and until when the access lasts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyDataView {
    /// The data.
    pub data: MyData,
    /// When the grant ends.
    pub until: DateTime<FixedOffset>,
}

/// A refused form of `/my-data`: what was typed and a message per field (`email`,
/// `withdraw-{id}`, `erase-{id}`, `erase-all`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RightsFormState {
    /// The address typed.
    pub email: String,
    /// Field → message.
    pub errors: BTreeMap<String, String>,
}

/// Where a mailed link stands (read without spending it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkState {
    /// It opens the data when its button is pressed.
    Live,
    /// It was used.
    Used,
    /// It is too old.
    Expired,
    /// No such link.
    Unknown,
}

/// One erasure request as officials see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ErasureRow {
    /// The request's id.
    pub id: i32,
    /// The response (none once it was erased entirely).
    pub response_id: Option<i32>,
    /// The response's number.
    pub svarnummer: String,
    /// When it was asked for.
    pub requested_at: DateTime<FixedOffset>,
    /// Whether an official has carried it out.
    pub status: crate::vocab::ErasureStatus,
    /// When it was carried out.
    pub carried_out_at: Option<DateTime<FixedOffset>>,
    /// The official who carried it out.
    pub carried_out_by: Option<String>,
}

/// A hearing's erasure requests.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ErasureList {
    /// The hearing's slug.
    pub hearing_slug: String,
    /// Its title.
    pub hearing_title: String,
    /// Whether it has been decided: erasure then keeps the anonymised text.
    pub decided: bool,
    /// Pending requests first, then the carried out, oldest first.
    pub items: Vec<ErasureRow>,
}

/// The data behind this browser's grant, or `None` without a live one.
#[server(prefix = "/sf", endpoint = "load_my_data")]
pub async fn load_my_data() -> Result<Option<MyDataView>, AppError> {
    let state = crate::state::app_state()?;
    let Some(parts) = use_context::<http::request::Parts>() else {
        return Ok(None);
    };
    grant::view(&state, &parts.headers).await
}

/// The refused `/my-data` form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "my_data_refused")]
pub async fn my_data_refused() -> Result<Option<RightsFormState>, AppError> {
    Ok(use_context::<RightsFormState>())
}

/// Where a mailed link stands; nothing is written.
#[server(prefix = "/sf", endpoint = "data_link_state")]
pub async fn data_link_state(token: String) -> Result<LinkState, AppError> {
    let state = crate::state::app_state()?;
    access::link_state(&state.db, &token, state.clock.now()).await
}

/// A hearing's erasure requests, for an official who may moderate it.
#[server(prefix = "/sf", endpoint = "load_erasure_requests")]
pub async fn load_erasure_requests(slug: String) -> Result<ErasureList, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    erasure::list(&state.db, &who, &slug).await
}
