//! The languages of the interface: their codes, the cookie that remembers the reader's
//! choice, and each one's catalogue.

use serde::{Deserialize, Serialize};

use super::{Messages, Translations};

/// Name of the cookie that remembers the reader's language.
pub const LANG_COOKIE: &str = "ordet_lang";

/// A language the UI is available in. Danish is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// Dansk.
    #[default]
    Da,
    /// English.
    En,
}

impl Locale {
    /// Every language, Danish first.
    pub const ALL: &'static [Locale] = &[Locale::Da, Locale::En];

    /// The BCP 47 code used in `lang` attributes and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Da => "da",
            Locale::En => "en",
        }
    }

    /// Parses a language code; anything unknown is `None`.
    pub fn parse(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "da" | "da-dk" => Some(Locale::Da),
            "en" | "en-gb" | "en-us" => Some(Locale::En),
            _ => None,
        }
    }

    /// The other language, which the language switch offers.
    pub fn other(self) -> Self {
        match self {
            Locale::Da => Locale::En,
            Locale::En => Locale::Da,
        }
    }

    /// Reads the language from a `Cookie` header value; Danish when absent or unknown.
    pub fn from_cookie_header(header: &str) -> Self {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .and_then(|(_, value)| Locale::parse(value))
            .unwrap_or_default()
    }

    /// The catalogue for this language.
    pub fn messages(self) -> &'static dyn Messages {
        match self {
            Locale::Da => &Translations(Locale::Da),
            Locale::En => &Translations(Locale::En),
        }
    }
}
