//! Getting the text out of an attached file, for search and for the personal-data check.
//!
//! These functions trust nothing: unpacked sizes are bounded, and the text kept is bounded.
//! Time and memory are bounded by running them in a child process (`ordet extract-text`,
//! see [`super::worker`]), so a file that makes a parser loop or panic costs that process,
//! never the server.

mod office;
mod pdf;

use std::path::Path;

use super::FileKind;

/// The most text kept from one file (characters).
pub const MAX_TEXT_CHARS: usize = 1_000_000;

/// Why no text came out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// A password protects the content.
    #[error("the file is protected by a password")]
    Encrypted,
    /// The file is damaged or not what it claimed.
    #[error("the file cannot be read: {0}")]
    Malformed(String),
}

impl ExtractError {
    /// The child process's exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            ExtractError::Encrypted => EXIT_ENCRYPTED,
            ExtractError::Malformed(_) => EXIT_MALFORMED,
        }
    }
}

/// Exit code of `ordet extract-text` for a damaged file.
pub const EXIT_MALFORMED: i32 = 2;
/// Exit code of `ordet extract-text` for a password-protected file.
pub const EXIT_ENCRYPTED: i32 = 3;

/// The text of the file at `path`, at most [`MAX_TEXT_CHARS`] characters.
pub fn extract(kind: FileKind, path: &Path) -> Result<String, ExtractError> {
    let text = match kind {
        FileKind::Pdf => pdf::text(path)?,
        FileKind::Docx => office::docx_text(path)?,
        FileKind::Odt => office::odt_text(path)?,
        FileKind::Txt => plain_text(path)?,
    };
    Ok(bounded(text))
}

fn plain_text(path: &Path) -> Result<String, ExtractError> {
    let bytes = std::fs::read(path).map_err(|e| ExtractError::Malformed(e.to_string()))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| ExtractError::Malformed(e.to_string()))
}

fn bounded(text: String) -> String {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((cut, _)) => text[..cut].to_owned(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_lose_their_byte_order_mark_and_long_text_is_cut() {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), "\u{feff}Kære udvalg".as_bytes()).unwrap();
        assert_eq!(extract(FileKind::Txt, file.path()).unwrap(), "Kære udvalg");
        let long = "æ".repeat(MAX_TEXT_CHARS + 10);
        assert_eq!(bounded(long).chars().count(), MAX_TEXT_CHARS);
    }
}
