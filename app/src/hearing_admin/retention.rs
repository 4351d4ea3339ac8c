//! Why a hearing's retention (months) was refused, and the one `match` that says it in the
//! reader's language.

use crate::i18n::Messages;

/// Why a hearing's retention (months) was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    use crate::i18n::Locale;

    #[test]
    fn retention_problems_read_as_before() {
        let (da, en) = (Locale::Da.messages(), Locale::En.messages());
        assert_eq!(
            RetentionProblem::TooMany { max: 120 }.message(da),
            "Persondata kan højst gemmes i 120 måneder."
        );
        assert_eq!(
            RetentionProblem::TooFew.message(en),
            "Personal data must be kept for at least 1 month."
        );
    }
}
