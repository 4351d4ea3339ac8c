//! English theme texts.

use super::en::En;
use super::themes::{ThemeMessages, ThemeProblem};

impl ThemeMessages for En {
    fn theme_problem(&self, problem: ThemeProblem) -> &'static str {
        match problem {
            ThemeProblem::NameEmpty => "Enter a name for the theme.",
            ThemeProblem::NameTooLong => "The name can be at most 80 characters.",
            ThemeProblem::MergeTargetUnknown => "Choose another theme of the same hearing.",
            ThemeProblem::MergeIntoItself => "A theme cannot be merged with itself.",
            ThemeProblem::TooSmallToSplit => "The theme has too few responses to split.",
            ThemeProblem::MoveTargetUnknown => "Choose a theme of the same hearing.",
            ThemeProblem::Pinned => "The theme is pinned. Unpin it first.",
        }
    }
}
