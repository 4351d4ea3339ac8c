//! Word (`.docx`) and OpenDocument (`.odt`) text documents, read once for every use: the
//! body part of the archive walked as a stream of [`Item`]s (paragraphs opening and closing,
//! their text, breaks, styles and list marks) that each reader turns into what it needs —
//! the plain text of an attached file, the Markdown of an uploaded draft. What is unpacked
//! is bounded by [`MAX_XML_BYTES`] whatever the archive declares. Imports no domain.

mod walk;

#[cfg(test)]
pub mod fixtures;

use std::io::{BufReader, Read, Seek};
use std::ops::ControlFlow;

use quick_xml::events::BytesStart;

pub use walk::Item;

/// The most bytes unpacked from the body part of a document.
pub const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// Which kind of document, and so which part holds the body and how it marks its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Word: `word/document.xml`.
    Word,
    /// OpenDocument text: `content.xml`.
    OpenDocument,
}

impl Format {
    /// The archive entry holding the body text.
    pub fn part(self) -> &'static str {
        match self {
            Format::Word => "word/document.xml",
            Format::OpenDocument => "content.xml",
        }
    }
}

/// Why a document cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfficeError {
    /// A password protects the body.
    Encrypted,
    /// The archive or its XML is damaged, or the body part is missing; the reason.
    Malformed(String),
}

fn malformed(error: impl std::fmt::Display) -> OfficeError {
    OfficeError::Malformed(error.to_string())
}

/// What a break-like empty element stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// A line break (`w:br`, `w:cr`, `text:line-break`).
    Line,
    /// A tab (`w:tab`, `text:tab`).
    Tab,
    /// A space (`text:s`).
    Space,
}

/// The start of a paragraph, with what its attributes say.
pub struct Opening<'a>(&'a BytesStart<'a>);

impl Opening<'_> {
    /// Whether it is an OpenDocument heading (`text:h`).
    pub fn is_heading(&self) -> bool {
        self.0.name().0 == "text:h"
    }

    /// The value of attribute `name`.
    fn attribute(&self, name: &str) -> Option<String> {
        let a = self.0.try_get_attribute(name).ok()??;
        Some(a.value.into_owned())
    }

    /// An OpenDocument heading's outline level (`text:outline-level`).
    pub fn outline_level(&self) -> Option<usize> {
        self.attribute("text:outline-level")?.parse().ok()
    }

    /// An OpenDocument paragraph's style name (`text:style-name`).
    pub fn style(&self) -> Option<String> {
        self.attribute("text:style-name")
    }
}

/// An opened document: its archive and its format.
pub struct Document<R> {
    archive: zip::ZipArchive<R>,
    format: Format,
}

impl<R: Read + Seek> Document<R> {
    /// Opens the archive in `file` as `format`, or, with `None`, as Word when it has a
    /// readable `word/document.xml` and as OpenDocument otherwise.
    pub fn open(file: R, format: Option<Format>) -> Result<Self, OfficeError> {
        let mut archive = zip::ZipArchive::new(file).map_err(malformed)?;
        let format = format.unwrap_or_else(|| {
            if archive.by_name(Format::Word.part()).is_ok() {
                Format::Word
            } else {
                Format::OpenDocument
            }
        });
        Ok(Document { archive, format })
    }

    /// The format it is read as.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Walks the body in document order, handing each item to `visit` until the end or
    /// until `visit` breaks.
    pub fn walk(
        &mut self,
        visit: impl FnMut(Item<'_>) -> ControlFlow<()>,
    ) -> Result<(), OfficeError> {
        let entry = self
            .archive
            .by_name(self.format.part())
            .map_err(malformed)?;
        if entry.encrypted() {
            return Err(OfficeError::Encrypted);
        }
        let xml = BufReader::new(entry.take(MAX_XML_BYTES));
        walk::walk(xml, walk::Markup::of(self.format), visit)
    }
}
