//! English theme texts.

use super::en::En;
use super::themes::ThemeMessages;

impl ThemeMessages for En {
    fn theme_name_empty(&self) -> &'static str {
        "Enter a name for the theme."
    }
    fn theme_name_too_long(&self) -> &'static str {
        "The name can be at most 80 characters."
    }
    fn theme_name_not_one_line(&self) -> &'static str {
        "Write the name on one line, without line breaks, tabs or other control characters."
    }
    fn theme_merge_target_unknown(&self) -> &'static str {
        "Choose another theme of the same hearing."
    }
    fn theme_merge_into_itself(&self) -> &'static str {
        "A theme cannot be merged with itself."
    }
    fn theme_too_small_to_split(&self) -> &'static str {
        "The theme has too few responses to split."
    }
    fn theme_move_target_unknown(&self) -> &'static str {
        "Choose a theme of the same hearing."
    }
    fn theme_pinned(&self) -> &'static str {
        "The theme is pinned. Unpin it first."
    }
    fn themes_title(&self) -> &'static str {
        "Themes"
    }
    fn themes_intro(&self) -> &'static str {
        "The responses are grouped into themes by what they are about. The size is the number \
         of voices: a campaign (near-identical responses) and a response with its duplicates \
         count as one voice."
    }
    fn no_themes(&self) -> &'static str {
        "There are no themes yet. Themes are computed shortly after responses arrive – or at \
         once when you press \"Compute themes now\"."
    }
    fn themes_by_size(&self) -> &'static str {
        "Themes by size"
    }
    fn theme_saved_notice(&self, what: &str) -> Option<&'static str> {
        Some(match what {
            "rename" => "The theme has its new name.",
            "unname" => "The name is cleared. The theme shows its distinctive words.",
            "pin" => "The theme is pinned.",
            "unpin" => "The theme is unpinned.",
            "merge" => "The themes are merged.",
            "split" => "The theme is split.",
            "refresh" => "The themes are computed.",
            _ => return None,
        })
    }
    fn pinned_badge(&self) -> &'static str {
        "Pinned"
    }
    fn theme_size(&self, voices: usize, responses: usize) -> String {
        let noun = if voices == 1 { "voice" } else { "voices" };
        let answers = if responses == 1 {
            "response"
        } else {
            "responses"
        };
        format!("{voices} {noun} · {responses} {answers} with the campaigns' signers")
    }
    fn theme_terms_label(&self) -> &'static str {
        "Distinctive words"
    }
    fn kind_breakdown_label(&self) -> &'static str {
        "Voices by sender"
    }
    fn quotes_heading(&self) -> &'static str {
        "Typical responses"
    }
    fn theme_drill_down(&self, responses: usize) -> String {
        format!("See the theme's {responses} responses in the inbox")
    }
    fn campaigns_heading(&self) -> &'static str {
        "Campaigns"
    }
    fn campaigns_intro(&self) -> &'static str {
        "A campaign is responses with (nearly) the same text. It counts as one voice in the \
         themes."
    }
    fn campaign_signers(&self, signers: usize) -> String {
        if signers == 1 {
            "1 signer".to_owned()
        } else {
            format!("{signers} signers")
        }
    }
    fn campaign_representative(&self) -> &'static str {
        "The text is in response"
    }
    fn campaign_drill_down(&self, signers: usize) -> String {
        format!("See the campaign's {signers} responses")
    }
    fn heatmap_heading(&self) -> &'static str {
        "Comments per section"
    }
    fn heatmap_explained(&self) -> &'static str {
        "The numbers are the voices in each theme that comment on a section of the draft. \
         The darker the cell, the more."
    }
    fn heatmap_theme_column(&self) -> &'static str {
        "Theme"
    }
    fn heatmap_elsewhere(&self) -> &'static str {
        "The whole draft"
    }
    fn heatmap_sections_key(&self) -> &'static str {
        "The sections' numbers and headings"
    }
    fn refresh_hint(&self) -> &'static str {
        "Otherwise the themes are computed automatically shortly after new responses arrive."
    }
    fn refresh_button(&self) -> &'static str {
        "Compute themes now"
    }
    fn edit_theme_summary(&self) -> &'static str {
        "Edit the theme"
    }
    fn rename_label(&self) -> &'static str {
        "The theme's name"
    }
    fn rename_hint(&self) -> &'static str {
        "At most 80 characters. The name stays when the themes are computed again."
    }
    fn rename_button(&self) -> &'static str {
        "Save the name"
    }
    fn unname_button(&self) -> &'static str {
        "Clear the name"
    }
    fn pin_button(&self) -> &'static str {
        "Pin the theme"
    }
    fn unpin_button(&self) -> &'static str {
        "Unpin the theme"
    }
    fn pin_hint(&self) -> &'static str {
        "A pinned theme is not changed when the themes are computed again."
    }
    fn merge_label(&self) -> &'static str {
        "Merge into"
    }
    fn merge_hint(&self) -> &'static str {
        "Every response in this theme moves to the theme you choose."
    }
    fn merge_choose(&self) -> &'static str {
        "Choose a theme"
    }
    fn merge_button(&self) -> &'static str {
        "Merge the themes"
    }
    fn split_hint(&self) -> &'static str {
        "The theme's responses are grouped again on their own, into at least two themes."
    }
    fn split_button(&self) -> &'static str {
        "Split the theme"
    }
    fn public_themes_heading(&self) -> &'static str {
        "Themes in the responses"
    }
    fn public_themes_intro(&self) -> &'static str {
        "The published responses grouped by what they are about. The number is the voices: \
         near-identical responses count once."
    }
    fn theme_voices(&self, voices: usize) -> String {
        if voices == 1 {
            "(1 voice)".to_owned()
        } else {
            format!("({voices} voices)")
        }
    }
    fn response_theme_heading(&self) -> &'static str {
        "Theme"
    }
    fn response_theme_current(&self, label: &str) -> String {
        format!("The response is in the theme \"{label}\".")
    }
    fn response_theme_none(&self) -> &'static str {
        "The response is in no theme yet."
    }
    fn move_theme_label(&self) -> &'static str {
        "Move the response to the theme"
    }
    fn move_theme_button(&self) -> &'static str {
        "Move the response"
    }
}
