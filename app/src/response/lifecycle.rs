//! Where a response stands and who may move it: the status rules in one place. The
//! respondent confirms a response (`awaiting_verification` → verified, published or held),
//! changes it or withdraws it; officials publish, hold or reject it
//! (`moderation::actions`). What an official decided — rejected, or held for a reason of
//! their own — the author's side never moves: a change of text leaves the response where the
//! official put it (the change is recorded and the officials are told, `manage::store`).

use chrono::{DateTime, Utc};

use super::Standing;
use crate::vocab::{PublicationPolicy, ResponseStatus};

/// The held reason for a suspected CPR number (the personal-data guard's, [`super::personal_data`]).
pub const PERSONAL_DATA: &str = "personal_data";

/// The held reason for a redacted response whose author changed the text afterwards.
pub const CHANGED_AFTER_REDACTION: &str = "changed_after_redaction";

/// A response's stored status and held reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The status.
    pub status: ResponseStatus,
    /// Why it is held (or, when rejected, the official's reason).
    pub held_reason: Option<String>,
}

impl Placement {
    /// The placement of a stored response.
    pub fn of(status: ResponseStatus, held_reason: Option<&str>) -> Self {
        Placement {
            status,
            held_reason: held_reason.map(str::to_owned),
        }
    }

    /// Whether an official put the response here: rejected, or held for a reason an
    /// official gave (not the personal-data guard's, not the wait after a redaction).
    pub fn is_official_decision(&self) -> bool {
        match self.status {
            ResponseStatus::Rejected => true,
            ResponseStatus::Held => !matches!(
                self.held_reason.as_deref(),
                Some(PERSONAL_DATA | CHANGED_AFTER_REDACTION)
            ),
            _ => false,
        }
    }

    /// When it was published, given when it was before: kept while it stays published.
    pub fn published_at(
        &self,
        before: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        (self.status == ResponseStatus::Published).then(|| before.unwrap_or(now))
    }
}

/// The standing of a response its respondent has just confirmed (or an official registered):
/// held when it seems to hold personal data, else as the hearing's policy says.
pub fn confirmed(personal_data: bool, policy: PublicationPolicy) -> (Standing, Placement) {
    let standing = Standing::decide(personal_data, policy);
    let placement = Placement {
        status: standing.status(),
        held_reason: personal_data.then(|| PERSONAL_DATA.to_owned()),
    };
    (standing, placement)
}

/// What the author's new text is found to hold.
#[derive(Clone, Copy, Debug)]
pub struct AuthorChange {
    /// The text or a file seems to hold a CPR number.
    pub personal_data: bool,
    /// An official had redacted the old text.
    pub redacted: bool,
    /// The hearing's publication policy.
    pub policy: PublicationPolicy,
}

/// Where a response goes when its author changes it. An official's decision stays as it is;
/// so does anything not confirmed, and a mailed response still awaiting an official's review. Otherwise the new text is placed afresh: held for
/// personal data, held for an official to look again after a redaction (until they do), or
/// as the hearing's policy says.
pub fn after_author_change(current: &Placement, change: AuthorChange) -> Placement {
    let movable = current.status.is_in(&ResponseStatus::COUNTED);
    if !movable || current.is_official_decision() {
        return current.clone();
    }
    let awaits_official =
        change.redacted || current.held_reason.as_deref() == Some(CHANGED_AFTER_REDACTION);
    let held_reason = if change.personal_data {
        Some(PERSONAL_DATA)
    } else if awaits_official {
        Some(CHANGED_AFTER_REDACTION)
    } else {
        None
    };
    let standing = Standing::decide(held_reason.is_some(), change.policy);
    Placement {
        status: standing.status(),
        held_reason: held_reason.map(str::to_owned),
    }
}

/// Where a response goes when its author withdraws it: withdrawn, from any status.
pub fn after_withdrawal(current: &Placement) -> Placement {
    Placement {
        status: ResponseStatus::Withdrawn,
        held_reason: current.held_reason.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(personal_data: bool, redacted: bool) -> AuthorChange {
        AuthorChange {
            personal_data,
            redacted,
            policy: PublicationPolicy::AfterVerification,
        }
    }

    #[test]
    fn an_officials_decision_stays_whatever_the_author_writes() {
        for current in [
            Placement::of(ResponseStatus::Rejected, Some("Spam")),
            Placement::of(ResponseStatus::Rejected, None),
            Placement::of(ResponseStatus::Held, Some("Truende sprog")),
            Placement::of(ResponseStatus::Held, None),
        ] {
            for (personal_data, redacted) in [(false, false), (true, false), (false, true)] {
                let next = after_author_change(&current, change(personal_data, redacted));
                assert_eq!(next, current, "{current:?}");
            }
            assert!(current.is_official_decision());
        }
    }

    #[test]
    fn nothing_unconfirmed_or_withdrawn_moves() {
        for status in [
            ResponseStatus::AwaitingVerification,
            ResponseStatus::AwaitingReview,
            ResponseStatus::Withdrawn,
        ] {
            let current = Placement::of(status, None);
            assert_eq!(after_author_change(&current, change(false, false)), current);
        }
    }

    #[test]
    fn the_guards_holds_are_placed_afresh() {
        let cpr_removed = Placement::of(ResponseStatus::Held, Some(PERSONAL_DATA));
        assert_eq!(
            after_author_change(&cpr_removed, change(false, false)),
            Placement::of(ResponseStatus::Published, None)
        );
        let published = Placement::of(ResponseStatus::Published, None);
        assert_eq!(
            after_author_change(&published, change(true, false)),
            Placement::of(ResponseStatus::Held, Some(PERSONAL_DATA))
        );
        assert_eq!(
            after_author_change(&published, change(false, true)),
            Placement::of(ResponseStatus::Held, Some(CHANGED_AFTER_REDACTION))
        );
    }

    #[test]
    fn after_a_redaction_every_later_change_waits_for_an_official() {
        let waiting = Placement::of(ResponseStatus::Held, Some(CHANGED_AFTER_REDACTION));
        assert!(!waiting.is_official_decision());
        assert_eq!(after_author_change(&waiting, change(false, false)), waiting);
    }

    #[test]
    fn under_moderation_a_change_goes_back_to_review() {
        let published = Placement::of(ResponseStatus::Published, None);
        let review = AuthorChange {
            personal_data: false,
            redacted: false,
            policy: PublicationPolicy::AfterModeration,
        };
        assert_eq!(
            after_author_change(&published, review),
            Placement::of(ResponseStatus::Verified, None)
        );
    }

    #[test]
    fn publication_time_is_kept_while_published() {
        let now = Utc::now();
        let before = now - chrono::Duration::days(2);
        let published = Placement::of(ResponseStatus::Published, None);
        assert_eq!(published.published_at(Some(before), now), Some(before));
        assert_eq!(published.published_at(None, now), Some(now));
        assert_eq!(
            Placement::of(ResponseStatus::Held, None).published_at(Some(before), now),
            None
        );
    }
}
