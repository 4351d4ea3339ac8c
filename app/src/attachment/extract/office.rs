//! Text from Word and OpenDocument files ([`crate::office`]): the text runs in document
//! order, with a line break after each paragraph and for each line break, a tab for each
//! tab.

use std::fs::File;
use std::io::BufReader;
use std::ops::ControlFlow;
use std::path::Path;

use super::{ExtractError, MAX_TEXT_CHARS};
use crate::office::{Document, Format, Gap, Item, OfficeError};

/// The text of a Word document.
pub fn docx_text(path: &Path) -> Result<String, ExtractError> {
    text(path, Format::Word)
}

/// The text of an OpenDocument text.
pub fn odt_text(path: &Path) -> Result<String, ExtractError> {
    text(path, Format::OpenDocument)
}

fn text(path: &Path, format: Format) -> Result<String, ExtractError> {
    let file = File::open(path).map_err(|e| ExtractError::Malformed(e.to_string()))?;
    let mut document = Document::open(BufReader::new(file), Some(format)).map_err(error)?;
    let mut out = String::new();
    document
        .walk(|item| {
            match item {
                Item::Close | Item::Blank | Item::Gap(Gap::Line) => out.push('\n'),
                Item::Gap(Gap::Tab) => out.push('\t'),
                Item::Gap(Gap::Space) => out.push(' '),
                Item::Text(text) => out.push_str(text),
                Item::Open(_) | Item::Style(_) | Item::Numbered | Item::ListItem(_) => {}
            }
            if out.len() > MAX_TEXT_CHARS * 4 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .map_err(error)?;
    Ok(out)
}

fn error(error: OfficeError) -> ExtractError {
    match error {
        OfficeError::Encrypted => ExtractError::Encrypted,
        OfficeError::Malformed(reason) => ExtractError::Malformed(reason),
    }
}

#[cfg(test)]
#[path = "office_tests.rs"]
mod tests;
