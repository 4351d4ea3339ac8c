//! The texts of themes: the officials' theme page, the public hearing page's themes and the
//! errors of officials' edits (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::ThemesTexts;

messages! {
    /// Theme texts in one language.
    pub trait ThemeMessages: ThemesTexts;
    keys THEME_KEYS;

    /// "n voices · m responses with the campaigns' signers".
    fn theme_size(voices: usize, responses: usize) -> String;

    /// The drill-down link into the inbox.
    fn theme_drill_down(responses: usize) -> String;

    /// "n signers".
    fn campaign_signers(signers: usize) -> String;

    /// The drill-down link into a campaign's responses.
    fn campaign_drill_down(signers: usize) -> String;

    /// "n voices".
    fn theme_voices(voices: usize) -> String;

    /// "The response is in the theme …".
    fn response_theme_current(label: &str) -> String;

    provided {
        /// The confirmation after an accepted form (`saved=` value), if it is one.
        fn theme_saved_notice(&self, what: &str) -> Option<&'static str> {
            fl::variant_or_none(self.locale(), "theme_saved_notice", what)
        }
    }
}
