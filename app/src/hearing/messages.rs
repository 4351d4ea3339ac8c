//! A hearing's status and countdown in the reader's language: one exhaustive `match` each
//! onto the catalogue's message for the case.

use super::{Countdown, HearingStatus};
use crate::i18n::Messages;

impl HearingStatus {
    /// The status's label.
    pub fn label(self, t: &dyn Messages) -> &'static str {
        match self {
            HearingStatus::Draft => t.hearing_status_draft(),
            HearingStatus::Upcoming => t.hearing_status_upcoming(),
            HearingStatus::Open => t.hearing_status_open(),
            HearingStatus::Closed => t.hearing_status_closed(),
            HearingStatus::Processing => t.hearing_status_processing(),
            HearingStatus::Decided => t.hearing_status_decided(),
        }
    }
}

impl Countdown {
    /// The countdown to (or from) the deadline.
    pub fn message(self, t: &dyn Messages) -> String {
        match self {
            Countdown::OpensIn { days } => t.countdown_opens_in(days),
            Countdown::ClosesIn { days } => t.countdown_closes_in(days),
            Countdown::LastDay => t.countdown_last_day().into(),
            Countdown::Closed => t.countdown_closed().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_status_says_its_own() {
        each_case_says_its_own(HearingStatus::iter(), |s, t| s.label(t).into());
    }

    #[test]
    fn countdowns_count_in_each_language() {
        let (da, en) = (Locale::Da.messages(), Locale::En.messages());
        assert_eq!(Countdown::OpensIn { days: 1 }.message(da), "Åbner i morgen");
        assert_eq!(
            Countdown::OpensIn { days: 3 }.message(da),
            "Åbner om 3 dage"
        );
        assert_eq!(Countdown::ClosesIn { days: 1 }.message(en), "1 day left");
        assert_eq!(Countdown::ClosesIn { days: 12 }.message(en), "12 days left");
        assert_eq!(Countdown::LastDay.message(da), "Sidste dag i dag");
        assert_eq!(Countdown::Closed.message(en), "The deadline has passed");
    }
}
