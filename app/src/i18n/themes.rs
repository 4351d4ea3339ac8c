//! The texts of themes: the officials' theme page, the public hearing page's themes and the
//! errors of officials' edits (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;

messages! {
    /// Theme texts in one language.
    pub trait ThemeMessages;
    keys THEME_KEYS;

    /// A refused edit: the new name is empty.
    fn theme_name_empty() -> &'static str;

    /// A refused edit: the new name is longer than the limit.
    fn theme_name_too_long() -> &'static str;

    /// A refused edit: the new name holds a line break or another control character.
    fn theme_name_not_one_line() -> &'static str;

    /// A refused merge: the other theme is missing, retired or of another hearing.
    fn theme_merge_target_unknown() -> &'static str;

    /// A refused merge: a theme cannot be merged into itself.
    fn theme_merge_into_itself() -> &'static str;

    /// A refused split: too few responses to split.
    fn theme_too_small_to_split() -> &'static str;

    /// A refused move: the theme is missing, retired or of another hearing.
    fn theme_move_target_unknown() -> &'static str;

    /// A refused edit: the theme is pinned; unpin it before merging or splitting it.
    fn theme_pinned() -> &'static str;

    /// Heading of the officials' theme page, and the links to it.
    fn themes_title() -> &'static str;

    /// What the page shows and how voices are counted.
    fn themes_intro() -> &'static str;

    /// Shown when the hearing has no themes yet.
    fn no_themes() -> &'static str;

    /// Heading of the list of themes.
    fn themes_by_size() -> &'static str;

    /// Badge of a pinned theme.
    fn pinned_badge() -> &'static str;

    /// "n voices · m responses with the campaigns' signers".
    fn theme_size(voices: usize, responses: usize) -> String;

    /// Label before a theme's distinctive terms.
    fn theme_terms_label() -> &'static str;

    /// Name of the list of voices by respondent kind.
    fn kind_breakdown_label() -> &'static str;

    /// Heading of a theme's quotes.
    fn quotes_heading() -> &'static str;

    /// The drill-down link into the inbox.
    fn theme_drill_down(responses: usize) -> String;

    /// Heading of the campaigns.
    fn campaigns_heading() -> &'static str;

    /// What a campaign is.
    fn campaigns_intro() -> &'static str;

    /// "n signers".
    fn campaign_signers(signers: usize) -> String;

    /// Before the representative response's svarnummer.
    fn campaign_representative() -> &'static str;

    /// The drill-down link into a campaign's responses.
    fn campaign_drill_down(signers: usize) -> String;

    /// Heading of the heat-map.
    fn heatmap_heading() -> &'static str;

    /// How to read the heat-map.
    fn heatmap_explained() -> &'static str;

    /// The heat-map's first column.
    fn heatmap_theme_column() -> &'static str;

    /// The heat-map's column of voices on no section.
    fn heatmap_elsewhere() -> &'static str;

    /// The list of the sections' numbers and headings.
    fn heatmap_sections_key() -> &'static str;

    /// Next to "compute now".
    fn refresh_hint() -> &'static str;

    /// "Compute now".
    fn refresh_button() -> &'static str;

    /// The fold with a theme's edit forms.
    fn edit_theme_summary() -> &'static str;

    /// Label: the theme's name.
    fn rename_label() -> &'static str;

    /// Hint under the name.
    fn rename_hint() -> &'static str;

    /// Saves the name.
    fn rename_button() -> &'static str;

    /// Clears the name.
    fn unname_button() -> &'static str;

    /// Pins.
    fn pin_button() -> &'static str;

    /// Unpins.
    fn unpin_button() -> &'static str;

    /// What pinning does.
    fn pin_hint() -> &'static str;

    /// Label: the theme to merge into.
    fn merge_label() -> &'static str;

    /// What merging does.
    fn merge_hint() -> &'static str;

    /// The select's empty choice.
    fn merge_choose() -> &'static str;

    /// Merges.
    fn merge_button() -> &'static str;

    /// What splitting does.
    fn split_hint() -> &'static str;

    /// Splits.
    fn split_button() -> &'static str;

    /// Heading of the themes on the public hearing page.
    fn public_themes_heading() -> &'static str;

    /// What the public themes are.
    fn public_themes_intro() -> &'static str;

    /// "n voices".
    fn theme_voices(voices: usize) -> String;

    /// Heading of the theme section on a response's page.
    fn response_theme_heading() -> &'static str;

    /// "The response is in the theme …".
    fn response_theme_current(label: &str) -> String;

    /// The response is in no theme.
    fn response_theme_none() -> &'static str;

    /// Label: the theme to move the response to.
    fn move_theme_label() -> &'static str;

    /// Moves the response.
    fn move_theme_button() -> &'static str;

    provided {
        /// The confirmation after an accepted form (`saved=` value), if it is one.
        fn theme_saved_notice(&self, what: &str) -> Option<&'static str> {
            fl::variant_or_none(self.locale(), "theme_saved_notice", what)
        }
    }
}
