//! The languages of the interface: their codes, the cookie that remembers the reader's
//! choice, and each one's catalogue.

use serde::{Deserialize, Serialize};

use super::{Messages, Translations};

/// Name of the cookie that remembers the reader's language.
pub const LANG_COOKIE: &str = "ordet_lang";

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left: the page is mirrored (`dir="rtl"`).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The interface's languages, one line each: the variant, its BCP 47 code (the folder
/// `app/locales/{code}/`, the `lang` attribute, the cookie's value), its direction, and which
/// of the translation files it has (`ALL`, or `RESIDENTS`: a language without the officials'
/// files shows officials' pages in Danish; see `fluent::files!`).
macro_rules! languages {
    ($($(#[$attr:meta])* $variant:ident = $code:literal, $direction:ident, $files:ident;)+) => {
        /// A language the UI is available in. Danish is the default.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Locale {
            $($(#[$attr])* $variant,)+
        }

        impl Locale {
            /// Every language, Danish first, in the order the language switch lists them.
            pub const ALL: &'static [Locale] = &[$(Locale::$variant),+];

            /// The BCP 47 code used in `lang` attributes and the cookie.
            pub fn code(self) -> &'static str {
                match self {
                    $(Locale::$variant => $code,)+
                }
            }

            /// Which way the language is written.
            pub fn direction(self) -> Direction {
                match self {
                    $(Locale::$variant => Direction::$direction,)+
                }
            }

            /// The catalogue for this language.
            pub fn messages(self) -> &'static dyn Messages {
                match self {
                    $(Locale::$variant => &Translations(Locale::$variant),)+
                }
            }

            /// The language's translation files: (path under `app/locales`, contents).
            pub(crate) fn sources(self) -> &'static [(&'static str, &'static str)] {
                match self {
                    $(Locale::$variant => super::fluent::files!($files $code),)+
                }
            }
        }
    };
}

languages! {
    /// Dansk: every text, the language the others are translated from.
    #[default]
    Da = "da", Ltr, ALL;
    /// English: every text.
    En = "en", Ltr, ALL;
    /// العربية (Arabic): the residents' pages and e-mails.
    Ar = "ar", Rtl, RESIDENTS;
    /// Türkçe (Turkish): the residents' pages and e-mails.
    Tr = "tr", Ltr, RESIDENTS;
    /// اردو (Urdu): the residents' pages and e-mails.
    Ur = "ur", Rtl, RESIDENTS;
    /// Soomaali (Somali): the residents' pages and e-mails.
    So = "so", Ltr, RESIDENTS;
}

impl Locale {
    /// The language whose code is exactly `code` (as stored: `ar`, not `ar-IQ` or `AR`).
    pub fn from_code(code: &str) -> Option<Self> {
        Locale::ALL.iter().copied().find(|l| l.code() == code)
    }

    /// Where the language with code `code` stands in [`Locale::ALL`] (Danish first); a code the
    /// interface does not have comes last.
    pub fn order_of(code: &str) -> usize {
        let place = Locale::ALL.iter().position(|l| l.code() == code);
        place.unwrap_or(Locale::ALL.len())
    }

    /// Parses a language code (`ar`, `ar-IQ`, `EN-gb`); anything unknown is `None`.
    pub fn parse(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// Whether officials' pages are written in this language too (else they show in Danish).
    pub fn has_officials_pages(self) -> bool {
        self.sources().len() == Locale::Da.sources().len()
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
}
