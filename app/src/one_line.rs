//! One line of text: a name, an organisation, a title, a label. Such values land in headings,
//! CSV cells and e-mails ("Kære {name}"), so a line break or a control character in one is a
//! way to write one's own lines into the municipality's text. [`OneLine::parse`] is the only
//! way to make one from what was typed; every one-line field of every form and API goes
//! through it. [`flatten`] is for values read back from older rows when a mail is built.

use serde::{Deserialize, Serialize};

/// Why a typed value is not one line of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OneLineError {
    /// Nothing but white space (only when the field is required).
    Empty,
    /// More characters than the field allows.
    TooLong {
        /// The most allowed.
        max: usize,
    },
    /// A line break, a tab or another control character, or a character that reorders the
    /// text around it (bidirectional override).
    NotOneLine,
}

/// A trimmed, non-empty line of at most the field's length, without line breaks, control
/// characters or bidirectional overrides.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OneLine(String);

impl OneLine {
    /// Parses a required field: trimmed, not empty, at most `max_chars` characters, one line.
    pub fn parse(input: &str, max_chars: usize) -> Result<Self, OneLineError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(OneLineError::Empty);
        }
        if value.chars().any(breaks_the_line) {
            return Err(OneLineError::NotOneLine);
        }
        if value.chars().count() > max_chars {
            return Err(OneLineError::TooLong { max: max_chars });
        }
        Ok(OneLine(value.to_owned()))
    }

    /// Parses an optional field: white space alone is `None`, anything else as [`Self::parse`].
    pub fn parse_optional(input: &str, max_chars: usize) -> Result<Option<Self>, OneLineError> {
        match Self::parse(input, max_chars) {
            Err(OneLineError::Empty) => Ok(None),
            other => other.map(Some),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, owned.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for OneLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for OneLine {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<OneLine> for String {
    fn from(line: OneLine) -> Self {
        line.0
    }
}

impl TryFrom<String> for OneLine {
    type Error = OneLineError;

    /// Any length; the field's own limit is checked by [`OneLine::parse`].
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value, usize::MAX)
    }
}

impl std::fmt::Display for OneLineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OneLineError::Empty => f.write_str("empty"),
            OneLineError::TooLong { max } => write!(f, "longer than {max} characters"),
            OneLineError::NotOneLine => f.write_str("not one line of text"),
        }
    }
}

impl std::error::Error for OneLineError {}

/// Whether `c` breaks a line or is a control character: C0 and C1 controls (line feed,
/// carriage return, tab, NEL, …), the Unicode line and paragraph separators, and the
/// bidirectional embeddings, overrides and isolates that make text read in another order
/// than it was written.
pub fn breaks_the_line(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` as one line: line breaks and control characters become spaces, every run of white
/// space one space, the ends trimmed. For values read back from rows stored before they were parsed, when they
/// are written into a mail's text or subject.
pub fn flatten(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if breaks_the_line(c) { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_kept_as_typed() {
        let name = OneLine::parse("  Fatima Hassan-Østergård  ", 200).unwrap();
        assert_eq!(name.as_str(), "Fatima Hassan-Østergård");
        assert_eq!(
            OneLine::parse("فاطمة حسن", 200).unwrap().as_str(),
            "فاطمة حسن",
            "right-to-left scripts are text, not overrides"
        );
        assert_eq!(
            OneLine::parse("Ole \"Bager\" <Ole & Co>", 200)
                .unwrap()
                .as_str(),
            "Ole \"Bager\" <Ole & Co>",
            "markup characters are text; the pages escape them"
        );
    }

    #[test]
    fn line_breaks_and_control_characters_are_refused() {
        for hostile in [
            "Fatima\nKlik her: https://evil.example",
            "Fatima\r\nBcc: x@evil.example",
            "Fatima\rX",
            "Fatima\tHassan",
            "Fatima\u{0}",
            "Fatima\u{1b}[31m",
            "Fatima\u{7f}",
            "Fatima\u{85}X",
            "Fatima\u{2028}X",
            "Fatima\u{2029}X",
            "Fatima\u{202E}moc.live",
            "Fatima\u{2066}X",
        ] {
            assert_eq!(
                OneLine::parse(hostile, 200),
                Err(OneLineError::NotOneLine),
                "{hostile:?}"
            );
        }
    }

    #[test]
    fn empty_and_too_long_values_are_refused_with_their_reason() {
        assert_eq!(OneLine::parse(" \t ", 200), Err(OneLineError::Empty));
        assert_eq!(OneLine::parse_optional("  ", 200), Ok(None));
        assert_eq!(
            OneLine::parse(&"å".repeat(201), 200),
            Err(OneLineError::TooLong { max: 200 })
        );
        assert!(OneLine::parse(&"å".repeat(200), 200).is_ok());
        assert_eq!(
            OneLine::parse_optional("a\nb", 200),
            Err(OneLineError::NotOneLine)
        );
    }

    #[test]
    fn a_line_from_json_is_parsed_too() {
        assert!(serde_json::from_str::<OneLine>(r#""Fatima\nX""#).is_err());
        let line: OneLine = serde_json::from_str(r#"" Fatima ""#).unwrap();
        assert_eq!(serde_json::to_string(&line).unwrap(), r#""Fatima""#);
    }

    #[test]
    fn flatten_turns_breaks_into_single_spaces() {
        assert_eq!(
            flatten("Fatima\n\nKlik her:\r\nhttps://evil.example\n"),
            "Fatima Klik her: https://evil.example"
        );
        assert_eq!(flatten("a \n b"), "a b");
        assert_eq!(flatten("a\u{202E}b"), "a b");
        assert_eq!(flatten("Fatima Hassan"), "Fatima Hassan");
    }
}
