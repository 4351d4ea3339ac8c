//! The text of a response: kept exactly as written, within limits.

use serde::{Deserialize, Serialize};

/// The most characters a response's text may have.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Why a response's text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextError {
    /// Nothing but whitespace.
    Empty,
    /// Longer than [`MAX_TEXT_CHARS`].
    TooLong {
        /// How many characters were sent.
        chars: usize,
    },
}

/// A response's text, 1 to 20,000 characters, in any language and script. Only line
/// endings are normalised (CRLF → LF) and NUL characters dropped; nothing else is touched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseText(String);

impl ResponseText {
    /// Checks and normalises the text.
    pub fn parse(input: &str) -> Result<Self, TextError> {
        let text = input
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .replace('\0', "");
        if text.trim().is_empty() {
            return Err(TextError::Empty);
        }
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(TextError::TooLong { chars });
        }
        Ok(ResponseText(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, owned.
    pub fn into_inner(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_script_and_emoji_are_kept_as_written() {
        for text in [
            "Jeg er enig 👍",
            "أنا أتفق مع هذا الاقتراح",
            "Katılıyorum.\n\nİkinci paragraf",
            "<b>ikke HTML</b>",
        ] {
            assert_eq!(ResponseText::parse(text).unwrap().as_str(), text);
        }
    }

    #[test]
    fn line_endings_are_normalised() {
        assert_eq!(
            ResponseText::parse("a\r\nb\rc").unwrap().as_str(),
            "a\nb\nc"
        );
    }

    #[test]
    fn empty_and_too_long_texts_are_refused() {
        assert_eq!(ResponseText::parse(" \n\t "), Err(TextError::Empty));
        let long = "æ".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            ResponseText::parse(&long),
            Err(TextError::TooLong {
                chars: MAX_TEXT_CHARS + 1
            })
        );
        assert!(ResponseText::parse(&"æ".repeat(MAX_TEXT_CHARS)).is_ok());
    }
}
