//! What a verification link leads to: the page's two states and what confirming did,
//! shared by the server and the page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::Standing;
use crate::error::AppError;

/// What following a verification link did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VerifyOutcome {
    /// The response is verified (and, by the hearing's policy, maybe published).
    Verified {
        /// The response's number.
        svarnummer: String,
        /// The hearing's slug.
        hearing_slug: String,
        /// Where it stands now (published, or waiting for review or the deadline).
        standing: Standing,
    },
    /// Verified, but held back from publication: the text seems to hold a CPR number. An
    /// official will look at it first.
    HeldForPersonalData {
        /// The response's number.
        svarnummer: String,
    },
    /// The link was followed before; nothing changed.
    AlreadyVerified {
        /// The response's number.
        svarnummer: String,
    },
    /// No such link.
    Unknown,
    /// The link is older than seven days.
    Expired,
    /// The hearing's deadline has passed.
    Closed,
}

/// What the verification page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VerifyLink {
    /// The link is live: a button confirms the response.
    Confirm {
        /// The response's number.
        svarnummer: String,
        /// The hearing's title.
        hearing_title: String,
    },
    /// The button was pressed, or the link cannot confirm anything (any more).
    Done(VerifyOutcome),
}

/// What pressing the button did, for the page the confirmation renders
/// (`verify_post::post_confirm` puts it in the context).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirmed(pub VerifyOutcome);

/// Looks a verification link up while the page renders; writes nothing.
#[server(prefix = "/sf", endpoint = "verification_link")]
pub async fn verification_link(token: String) -> Result<VerifyLink, AppError> {
    if let Some(Confirmed(outcome)) = use_context::<Confirmed>() {
        return Ok(VerifyLink::Done(outcome));
    }
    let state = crate::state::app_state()?;
    super::verify::link(&state.db, &token, state.clock.now()).await
}
