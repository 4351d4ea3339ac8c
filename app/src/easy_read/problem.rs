//! Why a section's summaries were refused, and the one `match` that says it in the reader's
//! language.

use crate::i18n::Messages;

/// Why a section's summaries were refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum SummaryProblem {
    /// Longer than [`super::MAX_CHARS`].
    TooLong,
    /// A translation without the Danish summary it is translated from.
    NeedsDanish,
    /// A language the interface does not have (the API).
    UnknownLanguage,
}

impl SummaryProblem {
    /// Explains the refusal.
    pub fn message(self, t: &dyn Messages) -> String {
        match self {
            SummaryProblem::TooLong => t.ha_too_long(super::MAX_CHARS),
            SummaryProblem::NeedsDanish => t.ha_summary_needs_danish().into(),
            SummaryProblem::UnknownLanguage => t.ha_summary_unknown_language().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_summary_problem_says_its_own() {
        each_case_says_its_own(SummaryProblem::iter(), |p, t| p.message(t));
    }
}
