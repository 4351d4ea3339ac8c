//! The texts of themes: the officials' theme page, the public hearing page's themes and the
//! errors of officials' edits (every language implements it; `Messages` requires it).

/// Theme texts in one language.
pub trait ThemeMessages: Sync {
    /// A refused edit: the new name is empty.
    fn theme_name_empty(&self) -> &'static str;
    /// A refused edit: the new name is longer than the limit.
    fn theme_name_too_long(&self) -> &'static str;
    /// A refused edit: the new name holds a line break or another control character.
    fn theme_name_not_one_line(&self) -> &'static str;
    /// A refused merge: the other theme is missing, retired or of another hearing.
    fn theme_merge_target_unknown(&self) -> &'static str;
    /// A refused merge: a theme cannot be merged into itself.
    fn theme_merge_into_itself(&self) -> &'static str;
    /// A refused split: too few responses to split.
    fn theme_too_small_to_split(&self) -> &'static str;
    /// A refused move: the theme is missing, retired or of another hearing.
    fn theme_move_target_unknown(&self) -> &'static str;
    /// A refused edit: the theme is pinned; unpin it before merging or splitting it.
    fn theme_pinned(&self) -> &'static str;
    /// Heading of the officials' theme page, and the links to it.
    fn themes_title(&self) -> &'static str;
    /// What the page shows and how voices are counted.
    fn themes_intro(&self) -> &'static str;
    /// Shown when the hearing has no themes yet.
    fn no_themes(&self) -> &'static str;
    /// Heading of the list of themes.
    fn themes_by_size(&self) -> &'static str;
    /// The confirmation after an accepted form (`saved=` value), if it is one.
    fn theme_saved_notice(&self, what: &str) -> Option<&'static str>;
    /// Badge of a pinned theme.
    fn pinned_badge(&self) -> &'static str;
    /// "n voices · m responses with the campaigns' signers".
    fn theme_size(&self, voices: usize, responses: usize) -> String;
    /// Label before a theme's distinctive terms.
    fn theme_terms_label(&self) -> &'static str;
    /// Name of the list of voices by respondent kind.
    fn kind_breakdown_label(&self) -> &'static str;
    /// Heading of a theme's quotes.
    fn quotes_heading(&self) -> &'static str;
    /// The drill-down link into the inbox.
    fn theme_drill_down(&self, responses: usize) -> String;
    /// Heading of the campaigns.
    fn campaigns_heading(&self) -> &'static str;
    /// What a campaign is.
    fn campaigns_intro(&self) -> &'static str;
    /// "n signers".
    fn campaign_signers(&self, signers: usize) -> String;
    /// Before the representative response's svarnummer.
    fn campaign_representative(&self) -> &'static str;
    /// The drill-down link into a campaign's responses.
    fn campaign_drill_down(&self, signers: usize) -> String;
    /// Heading of the heat-map.
    fn heatmap_heading(&self) -> &'static str;
    /// How to read the heat-map.
    fn heatmap_explained(&self) -> &'static str;
    /// The heat-map's first column.
    fn heatmap_theme_column(&self) -> &'static str;
    /// The heat-map's column of voices on no section.
    fn heatmap_elsewhere(&self) -> &'static str;
    /// The list of the sections' numbers and headings.
    fn heatmap_sections_key(&self) -> &'static str;
    /// Next to "compute now".
    fn refresh_hint(&self) -> &'static str;
    /// "Compute now".
    fn refresh_button(&self) -> &'static str;
    /// The fold with a theme's edit forms.
    fn edit_theme_summary(&self) -> &'static str;
    /// Label: the theme's name.
    fn rename_label(&self) -> &'static str;
    /// Hint under the name.
    fn rename_hint(&self) -> &'static str;
    /// Saves the name.
    fn rename_button(&self) -> &'static str;
    /// Clears the name.
    fn unname_button(&self) -> &'static str;
    /// Pins.
    fn pin_button(&self) -> &'static str;
    /// Unpins.
    fn unpin_button(&self) -> &'static str;
    /// What pinning does.
    fn pin_hint(&self) -> &'static str;
    /// Label: the theme to merge into.
    fn merge_label(&self) -> &'static str;
    /// What merging does.
    fn merge_hint(&self) -> &'static str;
    /// The select's empty choice.
    fn merge_choose(&self) -> &'static str;
    /// Merges.
    fn merge_button(&self) -> &'static str;
    /// What splitting does.
    fn split_hint(&self) -> &'static str;
    /// Splits.
    fn split_button(&self) -> &'static str;
    /// Heading of the themes on the public hearing page.
    fn public_themes_heading(&self) -> &'static str;
    /// What the public themes are.
    fn public_themes_intro(&self) -> &'static str;
    /// "n voices".
    fn theme_voices(&self, voices: usize) -> String;
    /// Heading of the theme section on a response's page.
    fn response_theme_heading(&self) -> &'static str;
    /// "The response is in the theme …".
    fn response_theme_current(&self, label: &str) -> String;
    /// The response is in no theme.
    fn response_theme_none(&self) -> &'static str;
    /// Label: the theme to move the response to.
    fn move_theme_label(&self) -> &'static str;
    /// Moves the response.
    fn move_theme_button(&self) -> &'static str;
}
