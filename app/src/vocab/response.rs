//! A response's words: its status and the named sets of statuses, its stance, the channel it
//! came by, and where reading its files stands.

use super::vocabulary;

vocabulary! {
    /// Where a response stands (`response.status`), in the order officials' filters list them.
    pub enum ResponseStatus {
        /// Submitted; the respondent has not yet followed the link in the e-mail.
        AwaitingVerification,
        /// Confirmed, not (yet) public.
        Verified,
        /// Public.
        Published,
        /// Held back by an official.
        Held,
        /// Rejected by an official.
        Rejected,
        /// Withdrawn by the respondent.
        Withdrawn,
        /// Arrived by e-mail straight into the hearing (`ordet ingest-mail`): nobody has
        /// vouched for it yet; an official publishes, holds or rejects it.
        AwaitingReview,
    }
}

impl ResponseStatus {
    /// Confirmed and standing: counted in the hearing's figures, its themes and its digest.
    pub const COUNTED: [Self; 3] = [Self::Verified, Self::Published, Self::Held];

    /// Confirmed, whatever an official decided: what officials decide on, edit and search.
    /// A message that came by e-mail is among them: it waits for an official's decision.
    pub const CONFIRMED: [Self; 5] = [
        Self::Verified,
        Self::Published,
        Self::Held,
        Self::Rejected,
        Self::AwaitingReview,
    ];

    /// Whether this status is one of `set`.
    pub fn is_in(self, set: &[Self]) -> bool {
        set.contains(&self)
    }
}

vocabulary! {
    /// A response's stance on the draft (`response.stance`).
    pub enum Stance {
        /// For.
        Support,
        /// Against.
        Oppose,
        /// Partly for, partly against.
        Mixed,
        /// Not given.
        None,
    }
}

impl Stance {
    /// A stance as a form sends it: empty or missing means [`Stance::None`], spaces around it
    /// do not count.
    pub fn from_form(value: Option<&str>) -> Option<Self> {
        match value.map(str::trim).unwrap_or("") {
            "" => Some(Stance::None),
            name => Self::parse(name),
        }
    }
}

vocabulary! {
    /// How a response reached the hearing (`response.channel`).
    pub enum Channel {
        /// The public form or the API.
        Web,
        /// An e-mail an official registered.
        Email,
        /// A letter an official registered.
        Letter,
        /// Said at a meeting and written down by an official.
        Meeting,
    }
}

impl Channel {
    /// The channels an official registers a response from.
    pub const REGISTERED: [Self; 3] = [Self::Email, Self::Letter, Self::Meeting];
}

vocabulary! {
    /// Where reading a file's text stands (`attachment.extraction_state`).
    pub enum Extraction {
        /// Waiting for the background job.
        Pending,
        /// Text found and stored.
        Extracted,
        /// Read, but it holds no text (e.g. a scanned letter).
        NoText,
        /// Protected by a password: kept, but its text cannot be read.
        Encrypted,
        /// Damaged or not readable: kept and flagged.
        Failed,
        /// Took longer than allowed: kept and flagged.
        TimedOut,
    }
}
