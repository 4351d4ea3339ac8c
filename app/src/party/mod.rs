//! The høringsliste: the parties a hearing is sent to (councils, local committees,
//! associations, unions, employers' organisations …), the høringsbrev that invites them,
//! reminders before their deadline, and whether each has answered — matched with the
//! responses by CVR number, e-mail address or organisation name, adjustable by hand. The
//! høringsnotat reads the same list through [`store::answered_list`].

#[cfg(feature = "ssr")]
pub mod answered;
#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod edit;
#[cfg(feature = "ssr")]
pub mod form_post;
pub mod input;
#[cfg(feature = "ssr")]
pub mod invite;
#[cfg(feature = "ssr")]
pub(crate) mod letter;
pub mod matching;
mod messages;
#[cfg(feature = "ssr")]
pub mod remind;
#[cfg(feature = "ssr")]
pub mod store;
mod view;
mod view_forms;

pub use input::{PartyError, PartyInput};
pub use view::PartiesPage;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::hearing::HearingLink;

/// Reminders this many days before a party's deadline unless the hearing says otherwise.
pub const DEFAULT_REMIND_DAYS: i32 = 7;

pub use crate::vocab::PartyKind;

/// A party on the list, with whether it has answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Party {
    /// Its id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Kind (`council`, `public_body`, `association`, `union`, `employers`, `company`).
    pub kind: PartyKind,
    /// Where the høringsbrev goes.
    pub email: String,
    /// CVR number.
    pub cvr: Option<String>,
    /// Contact person.
    pub contact_person: Option<String>,
    /// Its deadline: its own, or the hearing's.
    pub deadline: DateTime<Utc>,
    /// Whether the deadline is the party's own.
    pub own_deadline: bool,
    /// When the høringsbrev was queued.
    pub invited_at: Option<DateTime<Utc>>,
    /// When the reminder was queued.
    pub reminded_at: Option<DateTime<Utc>>,
    /// Whether it counts as having answered.
    pub answered: bool,
    /// `auto` (matched), `yes` or `no` (an official decided).
    pub answered_by: String,
    /// How sure the answer is: `email` (from the party's address) or `official` (a verdict or
    /// a response linked by hand) are sure; `cvr` or `name` are probable, since anyone may
    /// write them. `null`: no response matched and no official decided.
    pub matched_by: Option<String>,
    /// The numbers of its responses (matched, or linked by an official).
    pub svarnumre: Vec<String>,
}

/// A party with its times on Copenhagen's wall clock, for the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyRow {
    /// The party.
    pub party: Party,
    /// Its deadline, local.
    pub deadline: NaiveDateTime,
    /// When invited, local.
    pub invited: Option<NaiveDateTime>,
    /// When reminded, local.
    pub reminded: Option<NaiveDateTime>,
}

/// The page `/admin/hearings/{slug}/parties`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartiesView {
    /// The hearing.
    pub hearing: HearingLink,
    /// Whether the official may change the list and send.
    pub can_manage: bool,
    /// Remind this many days before the deadline (0: off).
    pub remind_days: i32,
    /// How many parties have not been invited yet.
    pub not_invited: usize,
    /// The parties, by name.
    pub rows: Vec<PartyRow>,
}

/// The høringsliste of a hearing for the signed-in official.
#[server(prefix = "/sf", endpoint = "load_parties")]
pub async fn load_parties(slug: String) -> Result<PartiesView, AppError> {
    let state = crate::state::app_state()?;
    let who = crate::auth::extract::current(&state).await?;
    store::view(&state.db, &who, &slug).await
}

/// A refused form of the page: which form, its values, and the messages by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyFormState {
    /// `add`, `update`, `answered`, `invite`, `settings` or `import`.
    pub intent: String,
    /// The party the form was about (`update`, `answered`).
    pub party_id: i32,
    /// The party's fields as typed.
    pub input: PartyInput,
    /// Other fields as typed (`answered`, `svarnummer`, `remind_days`, `lines`).
    pub extra: BTreeMap<String, String>,
    /// Field → message.
    pub errors: BTreeMap<String, String>,
}

/// The refused form the server is rendering again, if any.
#[server(prefix = "/sf", endpoint = "party_form_refused")]
pub async fn party_form_refused() -> Result<Option<PartyFormState>, AppError> {
    Ok(use_context::<PartyFormState>())
}
