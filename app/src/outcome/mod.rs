//! Closing the loop (issue 23): officials write the committee's decision, go through a
//! checklist (every response answered by a remark, directly or through its theme; the
//! consulted parties that did not answer considered) and publish the outcome once. Publishing
//! marks the hearing decided, makes the remarks public (`crate::disclosure::remarks`), freezes
//! what changed between the consulted draft and the adopted text, and queues one e-mail to
//! every respondent with an address, in their language, through the outbox; respondents without
//! one are listed for a letter.
//!
//! Pages: `/hearings/{slug}/outcome` (the public outcome and høringsnotat, view.rs) and
//! `/admin/hearings/{slug}/outcome` (the officials' form, checklist and previews,
//! admin_view.rs). ssr: the decision as typed (input.rs), reading and saving it (store.rs),
//! the changes between the versions (changes.rs), the checklist (checklist.rs), the
//! respondents' e-mails (letter.rs), publishing (publish.rs), the form posts (form_post.rs),
//! the JSON API and the downloads (api.rs).

mod admin_view;
mod problem;
mod view;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod changes;
#[cfg(feature = "ssr")]
pub mod checklist;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "ssr")]
pub mod input;
#[cfg(feature = "ssr")]
pub mod letter;
#[cfg(feature = "ssr")]
pub mod publish;
#[cfg(feature = "ssr")]
pub mod store;

pub use admin_view::OutcomeAdminPage;
pub use problem::OutcomeProblem;
pub use view::OutcomePage;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::hearing::HearingLink;
use crate::hearing::outcome::HearingOutcome;
use crate::hvidbog::Hvidbog;
use crate::vocab::Channel;

/// The longest decision text, in characters.
pub const MAX_DECISION: usize = 5_000;

/// The decision's fields as typed or stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OutcomeFields {
    /// The day the committee decided, `YYYY-MM-DD`.
    pub decided_on: String,
    /// The committee that decided.
    pub committee: String,
    /// Where the minutes can be read (empty: none).
    #[serde(default)]
    pub minutes_url: String,
    /// What was decided, in plain words.
    pub decision: String,
}

/// A response as the checklist lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Listed {
    /// The response's id (its officials' page is `/admin/responses/{id}`).
    pub response_id: i32,
    /// Its svarnummer.
    pub svarnummer: String,
    /// Who sent it (the name officials see).
    pub respondent: String,
    /// How it came in.
    pub channel: Channel,
}

/// What officials check before publishing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Checklist {
    /// The decision is saved.
    pub decision_saved: bool,
    /// The responses counted (confirmed, not rejected or withdrawn).
    pub responses: usize,
    /// Those without a remark, directly or through their theme.
    pub without_remark: Vec<Listed>,
    /// The consulted parties (høringsliste) that did not answer.
    pub silent_parties: Vec<String>,
    /// How many e-mails publishing queues (one per address).
    pub mails: usize,
    /// The respondents without an e-mail address: they need a letter.
    pub letters: Vec<Listed>,
    /// The draft version consulted on and the one adopted, when a later one was loaded.
    #[cfg_attr(feature = "ssr", schema(value_type = Option<Vec<i32>>))]
    pub versions: Option<(i32, i32)>,
}

/// One respondent's e-mail as it would go out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MailPreview {
    /// The address.
    pub to: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub text: String,
}

/// The officials' outcome page (and `GET /api/v1/admin/hearings/{slug}/outcome`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OutcomeAdmin {
    /// The hearing.
    pub hearing: HearingLink,
    /// The decision as stored (empty fields before it is saved; the committee prefilled).
    pub fields: OutcomeFields,
    /// When it was published (`null`: not yet).
    pub published_at: Option<DateTime<Utc>>,
    /// `published_at` on Copenhagen's wall clock.
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>, example = "2010-11-17T10:30:00"))]
    pub published_local: Option<NaiveDateTime>,
    /// Whether the hearing's status allows publishing (closed and being processed, or decided).
    pub may_publish: bool,
    /// The checklist.
    pub checklist: Checklist,
    /// The outcome as the public would read it (once the decision is saved).
    pub preview: Option<HearingOutcome>,
    /// One respondent's e-mail (the first with an address).
    pub mail: Option<MailPreview>,
}

/// A refused form: what was typed and the messages by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeFormState {
    /// The fields as typed.
    pub fields: OutcomeFields,
    /// Whether the silent parties' box was ticked.
    pub considered: bool,
    /// Field → message.
    pub errors: BTreeMap<String, String>,
}

/// The public outcome page: the outcome and the høringsnotat (published responses only).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OutcomeView {
    /// The outcome.
    pub outcome: HearingOutcome,
    /// The høringsnotat: published responses with their remarks.
    pub notat: Hvidbog,
}

/// The public outcome of hearing `slug`; `None` when there is no such public hearing or its
/// outcome is not published.
#[server(prefix = "/sf", endpoint = "get_outcome")]
pub async fn get_outcome(slug: String) -> Result<Option<OutcomeView>, AppError> {
    let state = crate::state::app_state()?;
    store::public_view(&state.db, &slug, state.clock.now()).await
}

/// The officials' page of hearing `slug` (ManageHearing on it).
#[server(prefix = "/sf", endpoint = "load_outcome_admin")]
pub async fn load_outcome_admin(slug: String) -> Result<OutcomeAdmin, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    store::admin_view(&state, &who, &slug).await
}

/// The refused form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "outcome_posted")]
pub async fn outcome_posted() -> Result<Option<OutcomeFormState>, AppError> {
    Ok(use_context::<OutcomeFormState>())
}
