//! Why the outcome's form or its publishing was refused, and the one `match` that says it in
//! the official's language.

use crate::i18n::Messages;

/// Why the outcome's form or its publishing was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum OutcomeProblem {
    /// The date is not a date.
    Date,
    /// The date is before the hearing's deadline.
    DateBeforeDeadline,
    /// No committee.
    Committee,
    /// No decision.
    Decision,
    /// The decision is longer than [`super::MAX_DECISION`].
    DecisionTooLong,
    /// The minutes' address is not an http(s) address.
    Url,
    /// Publishing before the decision was saved.
    NotSaved,
    /// Responses without a remark (how many).
    Remarks(usize),
    /// Parties did not answer and the box was not ticked.
    Parties,
    /// The hearing is not closed and being processed (or decided).
    State,
    /// Already published.
    Published,
}

impl OutcomeProblem {
    /// The form field the message stands next to.
    pub fn field(self) -> &'static str {
        match self {
            OutcomeProblem::Date | OutcomeProblem::DateBeforeDeadline => "decided_on",
            OutcomeProblem::Committee => "committee",
            OutcomeProblem::Decision | OutcomeProblem::DecisionTooLong => "decision",
            OutcomeProblem::Url => "minutes_url",
            OutcomeProblem::NotSaved | OutcomeProblem::State | OutcomeProblem::Published => {
                "publish"
            }
            OutcomeProblem::Remarks(_) => "remarks",
            OutcomeProblem::Parties => "parties_considered",
        }
    }

    /// Explains the refusal.
    pub fn message(self, t: &dyn Messages) -> String {
        match self {
            OutcomeProblem::Date => t.oc_error_date().into(),
            OutcomeProblem::DateBeforeDeadline => t.oc_error_date_early().into(),
            OutcomeProblem::Committee => t.oc_error_committee().into(),
            OutcomeProblem::Decision => t.oc_error_decision().into(),
            OutcomeProblem::DecisionTooLong => t.oc_error_decision_long(super::MAX_DECISION),
            OutcomeProblem::Url => t.oc_error_url().into(),
            OutcomeProblem::NotSaved => t.oc_error_not_saved().into(),
            OutcomeProblem::Remarks(count) => t.oc_error_remarks(count),
            OutcomeProblem::Parties => t.oc_error_parties().into(),
            OutcomeProblem::State => t.oc_error_state().into(),
            OutcomeProblem::Published => t.oc_error_published().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_outcome_problem_says_its_own() {
        each_case_says_its_own(OutcomeProblem::iter(), |p, t| p.message(t));
    }
}
