//! The administrative status flow: draft → published (upcoming, open and closed follow from
//! the dates) → processing → decided. Only these steps forward are allowed, and processing
//! only once the deadline has passed.

use serde::{Deserialize, Serialize};

use crate::hearing::HearingStatus;
use crate::vocab::HearingState;

/// A stored status an official can move a hearing to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// Public: upcoming, open or closed by the dates.
    Published,
    /// The administration processes the responses.
    Processing,
    /// The committee has decided.
    Decided,
}

impl Target {
    /// Every target, in the flow's order.
    pub const ALL: [Target; 3] = [Target::Published, Target::Processing, Target::Decided];

    /// The state stored when a hearing moves here.
    pub fn state(self) -> HearingState {
        match self {
            Target::Published => HearingState::Published,
            Target::Processing => HearingState::Processing,
            Target::Decided => HearingState::Decided,
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        self.state().as_str()
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<Self> {
        Target::ALL.into_iter().find(|t| t.as_str() == value.trim())
    }
}

/// Why a step is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The step does not follow from the current status.
    NotFromHere,
    /// Publishing needs a draft to read.
    NoDraft,
    /// Processing needs the deadline to have passed.
    StillOpen,
}

/// Whether a hearing whose effective status is `now` may move to `target`.
pub fn check(now: HearingStatus, target: Target, has_draft: bool) -> Result<(), Refusal> {
    use HearingStatus::*;
    match (now, target) {
        (Draft, Target::Published) if has_draft => Ok(()),
        (Draft, Target::Published) => Err(Refusal::NoDraft),
        (Closed, Target::Processing) => Ok(()),
        (Upcoming | Open, Target::Processing) => Err(Refusal::StillOpen),
        (Processing, Target::Decided) => Ok(()),
        _ => Err(Refusal::NotFromHere),
    }
}

/// The steps offered as buttons from `now` (those [`check`] allows, ignoring the draft).
pub fn offered(now: HearingStatus) -> Vec<Target> {
    Target::ALL
        .into_iter()
        .filter(|t| check(now, *t, true).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use HearingStatus::*;

    #[test]
    fn the_flow_goes_forward_one_step_at_a_time() {
        assert_eq!(check(Draft, Target::Published, true), Ok(()));
        assert_eq!(check(Closed, Target::Processing, true), Ok(()));
        assert_eq!(check(Processing, Target::Decided, true), Ok(()));
        assert_eq!(offered(Draft), [Target::Published]);
        assert_eq!(offered(Open), []);
        assert_eq!(offered(Closed), [Target::Processing]);
        assert_eq!(offered(Decided), []);
    }

    #[test]
    fn illegal_steps_are_refused_with_their_reason() {
        assert_eq!(
            check(Draft, Target::Published, false),
            Err(Refusal::NoDraft)
        );
        assert_eq!(
            check(Open, Target::Processing, true),
            Err(Refusal::StillOpen)
        );
        assert_eq!(
            check(Draft, Target::Decided, true),
            Err(Refusal::NotFromHere)
        );
        assert_eq!(
            check(Open, Target::Published, true),
            Err(Refusal::NotFromHere)
        );
        assert_eq!(
            check(Decided, Target::Processing, true),
            Err(Refusal::NotFromHere)
        );
        assert_eq!(Target::parse("processing"), Some(Target::Processing));
        assert_eq!(Target::parse("open"), None);
    }
}
