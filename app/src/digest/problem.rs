//! Why a digest form or a hvidbog remark was refused (the hvidbog's forms share it), and the
//! one `match` that says it in the reader's language.

use crate::i18n::Messages;

/// Why a digest form or a hvidbog remark was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum DigestProblem {
    /// The weekday is not 1–7.
    Weekday,
    /// The hour is not 0–23.
    Hour,
    /// The lead time is not 0–60 days.
    LeadDays,
    /// Send now: the hearing has no recipients.
    NoRecipients,
    /// A remark longer than the limit.
    RemarkTooLong,
    /// The response or theme is not in this hearing.
    UnknownTarget,
    /// "Gives rise to a change" is not yes, no or undecided.
    ChangeChoice,
}

impl DigestProblem {
    /// Explains the refused form.
    pub fn message(self, t: &dyn Messages) -> &'static str {
        match self {
            DigestProblem::Weekday => t.digest_weekday_invalid(),
            DigestProblem::Hour => t.digest_hour_invalid(),
            DigestProblem::LeadDays => t.digest_lead_days_invalid(),
            DigestProblem::NoRecipients => t.digest_no_recipients(),
            DigestProblem::RemarkTooLong => t.digest_remark_too_long(),
            DigestProblem::UnknownTarget => t.digest_unknown_target(),
            DigestProblem::ChangeChoice => t.digest_change_choice_invalid(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_digest_problem_says_its_own() {
        each_case_says_its_own(DigestProblem::iter(), |p, t| p.message(t).into());
    }
}
