//! Why an official's edit of themes was refused, and the one `match` that says it in the
//! reader's language.

use crate::i18n::Messages;

/// Why an official's edit of themes was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum ThemeProblem {
    /// The new name is empty.
    NameEmpty,
    /// The new name is longer than the limit.
    NameTooLong,
    /// The new name holds a line break or another control character.
    NameNotOneLine,
    /// Merge: the other theme is missing, retired or of another hearing.
    MergeTargetUnknown,
    /// Merge: a theme cannot be merged into itself.
    MergeIntoItself,
    /// Split: too few responses to split.
    TooSmallToSplit,
    /// Move: the theme is missing, retired or of another hearing.
    MoveTargetUnknown,
    /// The theme is pinned: unpin it before merging or splitting it.
    Pinned,
}

impl ThemeProblem {
    /// Explains the refused edit.
    pub fn message(self, t: &dyn Messages) -> &'static str {
        match self {
            ThemeProblem::NameEmpty => t.theme_name_empty(),
            ThemeProblem::NameTooLong => t.theme_name_too_long(),
            ThemeProblem::NameNotOneLine => t.theme_name_not_one_line(),
            ThemeProblem::MergeTargetUnknown => t.theme_merge_target_unknown(),
            ThemeProblem::MergeIntoItself => t.theme_merge_into_itself(),
            ThemeProblem::TooSmallToSplit => t.theme_too_small_to_split(),
            ThemeProblem::MoveTargetUnknown => t.theme_move_target_unknown(),
            ThemeProblem::Pinned => t.theme_pinned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::each_case_says_its_own;
    use strum::IntoEnumIterator;

    #[test]
    fn each_theme_problem_says_its_own() {
        each_case_says_its_own(ThemeProblem::iter(), |p, t| p.message(t).into());
    }
}
