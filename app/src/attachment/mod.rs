//! Files attached to a response (a formal høringssvar is often a PDF letter): what kinds are
//! accepted, how they are checked by content, stored by their SHA-256, have their text
//! extracted in the background and are served back — to the public only once their text was
//! checked for CPR numbers or an official released them ([`crate::disclosure`]).

mod messages;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod extract;
#[cfg(feature = "ssr")]
pub mod intake;
#[cfg(feature = "ssr")]
pub mod sniff;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod worker;

#[cfg(feature = "ssr")]
pub use crate::blob::Limits;
use serde::{Deserialize, Serialize};

/// The kinds of file a response may carry, as found by looking at the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// PDF.
    Pdf,
    /// Word (Office Open XML).
    Docx,
    /// OpenDocument text.
    Odt,
    /// Plain text in UTF-8.
    Txt,
}

impl FileKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Docx => "docx",
            FileKind::Odt => "odt",
            FileKind::Txt => "txt",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<Self> {
        [FileKind::Pdf, FileKind::Docx, FileKind::Odt, FileKind::Txt]
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }

    /// The MIME type the file is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Odt => "application/vnd.oasis.opendocument.text",
            FileKind::Txt => "text/plain; charset=utf-8",
        }
    }

    /// The kind whose MIME type this is (the stored `content_type` column).
    pub fn from_content_type(value: &str) -> Option<Self> {
        [FileKind::Pdf, FileKind::Docx, FileKind::Odt, FileKind::Txt]
            .into_iter()
            .find(|kind| kind.content_type() == value)
    }
}

/// What is wrong with an uploaded file. Every problem names the file, so the person knows
/// which one to change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileProblem {
    /// More files than allowed.
    TooMany {
        /// The most allowed.
        max: usize,
    },
    /// Larger than allowed.
    TooLarge {
        /// The file's name.
        name: String,
        /// The most allowed, in bytes.
        max_bytes: u64,
    },
    /// Nothing in it.
    Empty {
        /// The file's name.
        name: String,
    },
    /// Not a PDF, Word, OpenDocument or UTF-8 text file, whatever its name says.
    Unsupported {
        /// The file's name.
        name: String,
    },
    /// A compressed document that would unpack to far more than it could hold.
    ZipBomb {
        /// The file's name.
        name: String,
    },
}

pub use crate::vocab::Extraction;
