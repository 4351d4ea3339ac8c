//! The texts of themes: the officials' theme page, the public hearing page's themes and the
//! errors of officials' edits (every language implements it; `Messages` requires it).

/// Why an official's edit of themes was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeProblem {
    /// The new name is empty.
    NameEmpty,
    /// The new name is longer than the limit.
    NameTooLong,
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

/// Theme texts in one language.
pub trait ThemeMessages: Sync {
    /// Explains a refused edit.
    fn theme_problem(&self, problem: ThemeProblem) -> &'static str;
}
