//! Why a hearing's retention (months) was refused, and the one `match` that says it in the
//! reader's language.

use crate::i18n::Messages;

/// Why a hearing's retention (months) was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum RetentionProblem {
    /// Not a whole number.
    NotWholeNumber,
    /// Zero or less.
    TooFew,
    /// More than the most allowed.
    TooMany {
        /// The most months allowed.
        max: i32,
    },
}

impl RetentionProblem {
    /// What is wrong with the months typed.
    pub fn message(self, t: &dyn Messages) -> String {
        match self {
            RetentionProblem::NotWholeNumber => t.retention_not_whole_number().into(),
            RetentionProblem::TooFew => t.retention_too_few().into(),
            RetentionProblem::TooMany { max } => t.retention_too_many(max),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_retention_problem_says_its_own() {
        let max = RetentionProblem::TooMany { max: 120 };
        assert_eq!(
            max.message(crate::i18n::Locale::Da.messages()),
            "Persondata kan højst gemmes i 120 måneder."
        );
        each_case_says_its_own(RetentionProblem::iter(), |p, t| p.message(t));
    }
}
