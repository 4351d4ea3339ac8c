//! Danish theme texts.

use super::da::Da;
use super::themes::{ThemeMessages, ThemeProblem};

impl ThemeMessages for Da {
    fn theme_problem(&self, problem: ThemeProblem) -> &'static str {
        match problem {
            ThemeProblem::NameEmpty => "Skriv et navn til temaet.",
            ThemeProblem::NameTooLong => "Navnet må højst være 80 tegn.",
            ThemeProblem::MergeTargetUnknown => "Vælg et andet tema i samme høring.",
            ThemeProblem::MergeIntoItself => "Et tema kan ikke lægges sammen med sig selv.",
            ThemeProblem::TooSmallToSplit => "Temaet har for få svar til at blive delt.",
            ThemeProblem::MoveTargetUnknown => "Vælg et tema i samme høring.",
            ThemeProblem::Pinned => "Temaet er fastlåst. Lås det op først.",
        }
    }
}
